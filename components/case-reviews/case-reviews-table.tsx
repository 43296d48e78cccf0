import Link from "next/link";
import { cell, DataTable } from "@/components/ui/data-table";
import type { CaseReviewRow } from "@/lib/data/case-reviews";
import { CASE_REVIEW_TYPE_LABELS, keyDates } from "@/lib/domain/case-reviews";
import { CaseReviewStatusTag } from "./case-review-status-tag";
import { formatShortDate } from "./format";

/** The register: one row per review, with what is still to do on its recommendations. */
export function CaseReviewsTable({
  partnershipId,
  reviews,
}: {
  partnershipId: string;
  reviews: CaseReviewRow[];
}) {
  return (
    <DataTable
      caption="Case reviews"
      captionHidden
      headings={[
        "Identifier",
        "Type",
        "Status",
        "Key dates",
        "Recommendations",
        "Open actions",
        "Overdue actions",
      ]}
    >
      {reviews.map((review) => {
        const dates = keyDates(review);
        return (
          <tr key={review.id}>
            <th scope="row" className={`${cell} font-normal`}>
              <Link
                href={`/partnerships/${partnershipId}/case-reviews/${review.id}`}
                className="font-bold text-brand underline"
              >
                {review.identifier}
              </Link>
            </th>
            <td className={cell}>{CASE_REVIEW_TYPE_LABELS[review.type]}</td>
            <td className={cell}>
              <CaseReviewStatusTag status={review.status} />
            </td>
            <td className={cell}>
              {dates.length === 0 ? (
                "None recorded"
              ) : (
                <ul className="space-y-1">
                  {dates.map((entry) => (
                    <li key={entry.field}>
                      {entry.label}: {formatShortDate(entry.date)}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className={cell}>{review.recommendationCount}</td>
            <td className={cell}>{review.openActions}</td>
            <td className={cell}>
              {review.overdueActions > 0 ? (
                <strong>{review.overdueActions} overdue</strong>
              ) : (
                "None"
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
