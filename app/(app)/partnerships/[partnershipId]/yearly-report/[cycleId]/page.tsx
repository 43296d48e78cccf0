import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotShared } from "@/components/yearly-report/not-shared";
import { SectionHeader, yearlyBase } from "@/components/yearly-report/section-header";
import { SectionLinks } from "@/components/yearly-report/section-links";
import { SectionSummary } from "@/components/yearly-report/section-summary";
import { SectionTaskList } from "@/components/yearly-report/section-task-list";
import { StartSectionForm } from "@/components/yearly-report/start-section-form";
import { Notice } from "@/components/ui/notice";
import { requirePageAccess } from "@/lib/authz/guard";
import { getYearlyReportPage } from "@/lib/data/yearly-report";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Yearly report: scrutiny section" };

/** One cycle's scrutiny section of the yearly report: its parts as a task list, status, links. */
export default async function YearlySectionPage({
  params,
}: {
  params: Promise<{ partnershipId: string; cycleId: string }>;
}) {
  const { partnershipId, cycleId } = await params;
  if (!isUuid(cycleId)) notFound();
  await requirePageAccess(partnershipId, "yearly-report.view");
  const facts = await getYearlyReportPage(partnershipId, cycleId);
  if (!facts) return <NotShared partnershipId={partnershipId} />;
  const base = `${yearlyBase(partnershipId)}/${cycleId}`;
  return (
    <>
      <SectionHeader
        back={{ href: yearlyBase(partnershipId), label: "Back to the yearly reports" }}
        cycleName={facts.cycle.name}
      >
        Scrutiny section for {facts.cycle.name}
      </SectionHeader>
      <div className="space-y-10">
        {facts.scrutiny ? null : (
          <Notice title="No finalised independent scrutiny yet">
            <p>
              This cycle has no signed-off independent scrutiny, so there are no agreed ratings to
              suggest text from. You can still write the section.
            </p>
          </Notice>
        )}
        <SectionSummary facts={facts} />
        {facts.section ? null : facts.viewer.canEdit ? (
          <section aria-labelledby="start-heading" className="max-w-3xl space-y-3">
            <h2 id="start-heading" className="text-2xl font-bold">
              Start the section
            </h2>
            <p>
              The app suggests text for each part from this cycle&apos;s data. You decide what the
              section says: nothing is used until you save it.
            </p>
            <StartSectionForm partnershipId={partnershipId} cycleId={cycleId} />
          </section>
        ) : (
          <p className="max-w-3xl text-lg">
            The business manager has not started this section yet.
          </p>
        )}
        <section aria-labelledby="parts-heading" className="space-y-3">
          <h2 id="parts-heading" className="text-2xl font-bold">
            Parts of the section
          </h2>
          <SectionTaskList facts={facts} base={base} />
        </section>
        <SectionLinks facts={facts} base={base} />
        <p className="max-w-3xl text-muted">
          {facts.framework.adaptationAttribution ?? facts.framework.citation}
        </p>
      </div>
    </>
  );
}
