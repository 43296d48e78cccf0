import type { Metadata } from "next";
import Link from "next/link";
import { PublicationDueSummary } from "@/components/yearly-report/publication-due-summary";
import { PublicationTrackerTable } from "@/components/yearly-report/publication-tracker-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getPublicationTracker } from "@/lib/data/yearly-report-publication";

export const metadata: Metadata = { title: "Yearly report" };

/** The publication tracker: when the yearly report is due, and each cycle's scrutiny section. */
export default async function YearlyReportTrackerPage({
  params,
}: {
  params: Promise<{ partnershipId: string }>;
}) {
  const { partnershipId } = await params;
  const { membership } = await requirePageAccess(partnershipId, "yearly-report.view");
  const tracker = await getPublicationTracker(partnershipId);
  return (
    <div className="space-y-10">
      <div>
        <PageHeading caption={membership.partnershipName}>Yearly report</PageHeading>
        <PublicationDueSummary tracker={tracker} />
        {tracker.canPublish ? (
          <p className="mt-4">
            <Link
              href={`/partnerships/${partnershipId}/yearly-report/recipients`}
              className="text-brand underline"
            >
              Change who the yearly report is sent to
            </Link>
          </p>
        ) : null}
      </div>
      <section aria-labelledby="cycles-heading" className="space-y-3">
        <h2 id="cycles-heading" className="text-2xl font-bold">
          The scrutiny section, cycle by cycle
        </h2>
        <p className="max-w-3xl">
          The app drafts the yearly report&apos;s scrutiny section from each cycle&apos;s
          assessments. Each is shared with the independent scrutineer, signed off by every statutory
          partner, then published and sent to each recipient within 7 days.
        </p>
        {tracker.cycles.length === 0 ? (
          <p>There are no cycles yet. Start an assessment to begin the first cycle.</p>
        ) : (
          <PublicationTrackerTable partnershipId={partnershipId} tracker={tracker} />
        )}
      </section>
    </div>
  );
}
