import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FrameworkSource } from "@/components/framework/framework-source";
import { HeatmapCounts } from "@/components/report/heatmap-counts";
import { HeatmapTable } from "@/components/report/heatmap-table";
import { PrintButton } from "@/components/report/print-button";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getSelfAssessmentHeatmap } from "@/lib/data/report-heatmap";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Ratings by organisation" };

export default async function HeatmapPage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
}) {
  const { partnershipId, assessmentId } = await params;
  if (!isUuid(assessmentId)) notFound();
  await requirePageAccess(partnershipId, "report.view");
  const heatmap = await getSelfAssessmentHeatmap(partnershipId, assessmentId);
  const back = `/partnerships/${partnershipId}/assessments/${assessmentId}`;
  return (
    // Ratings keep their colours on paper (the letter and word carry the meaning either way).
    <div className="[-webkit-print-color-adjust:exact] [print-color-adjust:exact]">
      <p className="mb-4 print:hidden">
        <Link href={back} className="text-brand underline">
          Back to {heatmap.assessment.title}
        </Link>
      </p>
      <PageHeading caption={`${heatmap.assessment.cycleName} · ${heatmap.assessment.title}`}>
        Ratings by organisation
      </PageHeading>
      <div className="mb-6 max-w-3xl space-y-2 text-lg">
        <p>
          Each organisation&apos;s rating of each question it was asked. Select a rating to read the
          answers to that question and their history.
        </p>
        {heatmap.assessment.status === "FINALISED" ? null : (
          <p>This self-assessment is not finalised yet, so its ratings may still change.</p>
        )}
      </div>
      <p className="mb-8">
        <PrintButton>Print this page</PrintButton>
      </p>
      {heatmap.organisations.length === 0 ? (
        <p className="text-lg">No organisations are taking part in this self-assessment.</p>
      ) : (
        <div className="space-y-10">
          <HeatmapTable heatmap={heatmap} />
          <HeatmapCounts heatmap={heatmap} />
        </div>
      )}
      <FrameworkSource framework={heatmap.framework} />
    </div>
  );
}
