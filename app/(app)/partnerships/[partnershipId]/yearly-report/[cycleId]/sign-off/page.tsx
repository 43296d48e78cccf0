import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotShared } from "@/components/yearly-report/not-shared";
import { SignOffForm } from "@/components/yearly-report/publication-sign-off-form";
import { SignOffTable } from "@/components/yearly-report/publication-sign-off-table";
import { SectionStatusTag } from "@/components/yearly-report/publication-tags";
import { SectionHeader, yearlyBase } from "@/components/yearly-report/section-header";
import { requirePageAccess } from "@/lib/authz/guard";
import { getSignOffView } from "@/lib/data/yearly-report-sign-off";
import { sectionVisibleTo } from "@/lib/domain/yearly-report-drafting";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Yearly report: sign-off by the statutory partners" };

/** Each statutory partner's sign-off of the section, and (for the business manager) a form. */
export default async function SignOffPage({
  params,
}: {
  params: Promise<{ partnershipId: string; cycleId: string }>;
}) {
  const { partnershipId, cycleId } = await params;
  if (!isUuid(cycleId)) notFound();
  const { membership } = await requirePageAccess(partnershipId, "yearly-report.view");
  const view = await getSignOffView(partnershipId, cycleId);
  if (!view) notFound();
  if (!sectionVisibleTo(membership.role, view.status))
    return <NotShared partnershipId={partnershipId} />;
  const base = `${yearlyBase(partnershipId)}/${cycleId}`;
  const open = view.status === "SHARED" || view.status === "SIGNED_OFF";
  const unsigned = view.partners
    .filter((p) => p.isStatutoryPartner && !p.signOff)
    .map((p) => ({ id: p.organisationId, name: p.name }));
  return (
    <>
      <SectionHeader
        back={{ href: base, label: "Back to the section" }}
        cycleName={view.cycle.name}
      >
        Sign-off by the statutory partners
      </SectionHeader>
      <div className="max-w-4xl space-y-8">
        <p className="text-lg">
          Every statutory partner signs off the scrutiny section, as the lead or a delegated
          safeguarding partner, usually at a meeting. The business manager records each sign-off
          here.
        </p>
        <p>
          Status: <SectionStatusTag status={view.status} />
        </p>
        {view.status === null ? (
          <p>
            The section for {view.cycle.name} has not been started.{" "}
            <Link href={base} className="text-brand underline">
              Go to the section
            </Link>
          </p>
        ) : (
          <>
            {view.status === "DRAFT" ? (
              <p>
                The statutory partners sign off once the section has been shared with the
                independent scrutineer.{" "}
                <Link href={`${base}/check`} className="text-brand underline">
                  Check the section and share it
                </Link>
              </p>
            ) : null}
            <SignOffTable
              partnershipId={partnershipId}
              view={view}
              canRemove={view.canSignOff && open}
            />
            {view.stillToSign.length === 0 ? (
              <p>
                Every statutory partner has signed off.{" "}
                {view.status === "SIGNED_OFF" ? (
                  <Link href={`${base}/publication`} className="text-brand underline">
                    Record the publication
                  </Link>
                ) : null}
              </p>
            ) : (
              <p>Still to sign off: {view.stillToSign.join(", ")}.</p>
            )}
            {view.canSignOff && open && unsigned.length > 0 ? (
              <section aria-labelledby="record-heading" className="space-y-4">
                <h2 id="record-heading" className="text-2xl font-bold">
                  Record a sign-off
                </h2>
                <SignOffForm partnershipId={partnershipId} cycleId={cycleId} partners={unsigned} />
              </section>
            ) : null}
            {view.status === "PUBLISHED" ? (
              <p>The section has been published, so its sign-offs can no longer change.</p>
            ) : null}
          </>
        )}
      </div>
    </>
  );
}
