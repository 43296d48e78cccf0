import type { CaseReviewDto } from "@/lib/data/case-reviews";
import {
  CASE_REVIEW_FIELD_LABELS,
  CASE_REVIEW_TYPE_LABELS,
  CASE_REVIEW_DATE_FIELDS,
} from "@/lib/domain/case-reviews";
import type { ReactNode } from "react";
import { CaseReviewStatusTag } from "./case-review-status-tag";
import { formatShortDate } from "./format";

/** GOV.UK summary list of one review. */
export function CaseReviewSummary({ review }: { review: CaseReviewDto }) {
  const rows: Array<[string, ReactNode]> = [
    [CASE_REVIEW_FIELD_LABELS.type, CASE_REVIEW_TYPE_LABELS[review.type]],
    [CASE_REVIEW_FIELD_LABELS.identifier, review.identifier],
    [CASE_REVIEW_FIELD_LABELS.status, <CaseReviewStatusTag key="s" status={review.status} />],
    ...CASE_REVIEW_DATE_FIELDS.map((field): [string, ReactNode] => [
      CASE_REVIEW_FIELD_LABELS[field],
      review[field] ? formatShortDate(review[field]) : "Not recorded",
    ]),
    [
      CASE_REVIEW_FIELD_LABELS.publicationUrl,
      review.publicationUrl ? (
        <a
          key="u"
          href={review.publicationUrl}
          rel="noopener noreferrer"
          className="break-all text-brand underline"
        >
          {review.publicationUrl}
        </a>
      ) : (
        "None"
      ),
    ],
    [
      CASE_REVIEW_FIELD_LABELS.summary,
      review.summary ? <span className="whitespace-pre-line">{review.summary}</span> : "None",
    ],
  ];
  return (
    <dl className="max-w-3xl border-t border-[#b1b4b6]">
      {rows.map(([key, value]) => (
        <div
          key={key}
          className="grid gap-1 border-b border-[#b1b4b6] py-3 sm:grid-cols-[18rem_1fr]"
        >
          <dt className="font-bold">{key}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
