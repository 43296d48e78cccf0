import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ParticipationTag } from "@/components/home/participation-tag";
import { cell, DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getAssignmentOverview } from "@/lib/data/participant-questions";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Which questions each organisation answers" };

export default async function AssignmentOverviewPage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
}) {
  const { partnershipId, assessmentId } = await params;
  if (!isUuid(assessmentId)) notFound();
  await requirePageAccess(partnershipId, "assessment.manage");
  const { assessment, questionCount, organisations } = await getAssignmentOverview(
    partnershipId,
    assessmentId,
  );
  const base = `/partnerships/${partnershipId}/assessments/${assessmentId}`;
  return (
    <>
      <p className="mb-4">
        <Link href={base} className="text-brand underline">
          Back to {assessment.title}
        </Link>
      </p>
      <PageHeading caption={`${assessment.title} · ${assessment.cycleName}`}>
        Which questions each organisation answers
      </PageHeading>
      {assessment.kind === "INDEPENDENT_SCRUTINY" ? (
        <p className="max-w-3xl">
          This is an independent scrutiny: every independent scrutineer answers every question.
        </p>
      ) : (
        <>
          <p className="mb-6 max-w-3xl">
            Every organisation answers all {questionCount} questions unless you choose fewer. A
            question an organisation has started answering cannot be taken away.
          </p>
          {assessment.status === "FINALISED" ? (
            <Notice title="Read only">
              <p>This assessment is finalised, so its questions cannot be changed.</p>
            </Notice>
          ) : null}
          {organisations.length === 0 ? (
            <p>No organisation is taking part in this assessment.</p>
          ) : (
            <DataTable
              caption="Organisations taking part"
              headings={["Organisation", "Questions", "Status", "Change"]}
            >
              {organisations.map((organisation) => (
                <tr key={organisation.participantId}>
                  <th scope="row" className={`${cell} font-bold`}>
                    {organisation.name}
                  </th>
                  <td className={cell}>
                    {organisation.assigned} of {questionCount}
                  </td>
                  <td className={cell}>
                    <ParticipationTag status={organisation.status} />
                  </td>
                  <td className={cell}>
                    <Link
                      href={`${base}/questions/organisations/${organisation.participantId}`}
                      className="text-brand underline"
                    >
                      Choose questions<span className="sr-only"> for {organisation.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </>
      )}
    </>
  );
}
