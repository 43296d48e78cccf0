import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AreaList } from "@/components/report/authoring-area-list";
import { ReportPageHeader } from "@/components/report/authoring-report-header";
import { SummaryForm } from "@/components/report/authoring-summary-form";
import { requirePageAccess } from "@/lib/authz/guard";
import { getReportSummaryForm } from "@/lib/data/report-authoring";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Write the overall summary" };

/** The scrutineers write the report's strengths and its areas for development; others get 403. */
export default async function ReportSummaryPage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
}) {
  const { partnershipId, assessmentId } = await params;
  if (!isUuid(assessmentId)) notFound();
  await requirePageAccess(partnershipId, "report.write");
  const view = await getReportSummaryForm(partnershipId, assessmentId);
  return (
    <>
      <ReportPageHeader partnershipId={partnershipId} assessment={view.assessment}>
        Overall summary
      </ReportPageHeader>
      <p className="mb-10 max-w-3xl text-lg">
        The overall summary opens the report: what the partnership does well and what it should
        develop. The statutory partners record a management response to each area for development,
        and can raise actions from it.
      </p>
      <div className="max-w-3xl space-y-14">
        <section aria-labelledby="strengths-heading" className="space-y-4">
          <h2 id="strengths-heading" className="text-3xl font-bold">
            Strengths
          </h2>
          <SummaryForm
            partnershipId={partnershipId}
            assessmentId={assessmentId}
            strengths={view.strengths}
            version={view.version}
          />
        </section>
        <section aria-labelledby="areas-heading" className="space-y-4">
          <h2 id="areas-heading" className="text-3xl font-bold">
            Areas for development
          </h2>
          <p>
            Each area is saved on its own. Once the statutory partners have responded to an area, or
            an action was raised from it, it can be reworded but not removed.
          </p>
          <AreaList partnershipId={partnershipId} assessmentId={assessmentId} areas={view.areas} />
        </section>
      </div>
    </>
  );
}
