import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";
import type { ReportAssessment } from "@/lib/data/report-authoring";

/** "Back to the report" and the page's heading, captioned with the cycle and the assessment. */
export function ReportPageHeader({
  partnershipId,
  assessment,
  children,
}: {
  partnershipId: string;
  assessment: ReportAssessment;
  children: ReactNode;
}) {
  return (
    <>
      <p className="mb-4">
        <Link
          href={`/partnerships/${partnershipId}/assessments/${assessment.id}/report`}
          className="text-brand underline"
        >
          Back to the report
        </Link>
      </p>
      <PageHeading caption={`${assessment.cycleName} · ${assessment.title} · Scrutiny report`}>
        {children}
      </PageHeading>
    </>
  );
}
