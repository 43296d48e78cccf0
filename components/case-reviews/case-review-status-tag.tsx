import { CASE_REVIEW_STATUS_LABELS, type CaseReviewStatusValue } from "@/lib/domain/case-reviews";

const STYLES: Record<CaseReviewStatusValue, string> = {
  OPEN: "bg-[#f3f2f1] text-[#383f43]",
  IN_PROGRESS: "bg-[#d2e2f1] text-[#0c2d4a]",
  COMPLETED: "bg-[#cce2d8] text-[#005a30]",
  PUBLISHED: "bg-[#e9d1e8] text-[#3d1c3a]",
};

/** A review's status in words; the colour only supports them. */
export function CaseReviewStatusTag({ status }: { status: CaseReviewStatusValue }) {
  return (
    <strong className={`inline-block px-2 py-0.5 font-bold whitespace-nowrap ${STYLES[status]}`}>
      {CASE_REVIEW_STATUS_LABELS[status]}
    </strong>
  );
}
