import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FinaliseForm } from "@/components/agreement/finalise-form";
import { ParticipantStatusTag } from "@/components/agreement/workflow-tags";
import { formatDate } from "@/components/members/format";
import { cell, DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getFinaliseView } from "@/lib/data/agreement";
import { ukDateStamp } from "@/lib/domain/london-time";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Finalise the self-assessment" };

export default async function FinalisePage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
}) {
  const { partnershipId, assessmentId } = await params;
  if (!isUuid(assessmentId)) notFound();
  await requirePageAccess(partnershipId, "assessment.finalise");
  const view = await getFinaliseView(partnershipId, assessmentId);
  const back = `/partnerships/${partnershipId}/assessments/${assessmentId}`;
  return (
    <>
      <p className="mb-4">
        <Link href={back} className="text-brand underline">
          Back to {view.assessment.title}
        </Link>
      </p>
      <PageHeading caption={`${view.assessment.cycleName} · ${view.assessment.title}`}>
        Finalise the self-assessment
      </PageHeading>

      {view.canFinalise ? (
        <p className="mb-8 max-w-3xl text-lg">
          Finalise once every organisation has submitted. For each safeguarding partner organisation
          taking part, record who agreed the self-assessment: its lead or delegated safeguarding
          partner. Finalising locks the answers, ratings and evidence.
        </p>
      ) : (
        <Notice title="Finalised">
          <p>
            This self-assessment was finalised
            {view.assessment.finalisedAt
              ? ` on ${formatDate(new Date(view.assessment.finalisedAt))}`
              : ""}
            . It is locked: its answers, ratings and evidence cannot be changed. A business manager
            can reopen it from the assessment page.
          </p>
        </Notice>
      )}

      <section
        id="organisations"
        aria-label="Organisations taking part"
        className="mb-10 max-w-3xl"
      >
        <DataTable
          caption="Organisations taking part"
          headings={["Organisation", "Status", "Submitted"]}
        >
          {view.organisations.map((o) => (
            <tr key={o.organisationId} id={`organisation-${o.organisationId}`} tabIndex={-1}>
              <th scope="row" className={`${cell} font-bold`}>
                {o.name}
                {o.isStatutoryPartner ? (
                  <span className="block font-normal text-muted">Safeguarding partner</span>
                ) : null}
              </th>
              <td className={cell}>
                <ParticipantStatusTag status={o.status} />
              </td>
              <td className={cell}>{o.submittedAt ? formatDate(new Date(o.submittedAt)) : "—"}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      {view.canFinalise ? (
        <>
          {view.problems.length > 0 ? (
            <Notice title="Not ready to finalise">
              <ul className="list-disc space-y-1 pl-6">
                {view.problems.map((problem) => (
                  <li key={problem.key}>
                    <a href={`#${problem.key}`} className="text-brand underline">
                      {problem.message}
                    </a>
                  </li>
                ))}
              </ul>
            </Notice>
          ) : null}
          <FinaliseForm
            partnershipId={partnershipId}
            assessmentId={assessmentId}
            partners={view.partners}
            today={ukDateStamp(new Date())}
          />
        </>
      ) : view.partners.some((p) => p.recorded) ? (
        <section aria-label="Agreements recorded" className="max-w-3xl">
          <DataTable
            caption="Agreed by"
            headings={["Safeguarding partner", "Agreed by", "Role", "Date"]}
          >
            {view.partners.map((p) => (
              <tr key={p.organisationId}>
                <th scope="row" className={`${cell} font-bold`}>
                  {p.name}
                </th>
                <td className={cell}>{p.recorded?.name ?? "—"}</td>
                <td className={cell}>{p.recorded?.roleLabel ?? "—"}</td>
                <td className={cell}>
                  {p.recorded ? formatDate(new Date(`${p.recorded.agreedOn}T12:00:00Z`)) : "—"}
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
    </>
  );
}
