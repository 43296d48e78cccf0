import { COUNT_LABELS } from "@/lib/domain/report";
import { describeChange, YEARLY_REPORT_PARTS } from "@/lib/domain/yearly-report";
import { formatDateStamp } from "./docx-blocks";
import { yearlyReportTitle, type YearlyReportDocxInput } from "./yearly-report-docx";

/**
 * The yearly report's scrutiny section as an ordered list of plain blocks (headings, the partners'
 * text, tables), in the Word document's order and words, so the PDF and the print page render the
 * same content: the title, each required part with its supporting tables, and the framework.
 * Headings are one level below the Word document's (the title is the only level 1).
 */

export type SectionBlock =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "text"; text: string | null | undefined; empty: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; headers: string[]; rows: string[][]; widths?: Array<number | string> };

export type SectionPart = { heading: string; blocks: SectionBlock[] };

const COUNT_COLUMNS = ["RED", "AMBER", "GREEN", "NOT_IN_SCOPE"] as const;

const heading3 = (text: string): SectionBlock => ({ kind: "heading", level: 3, text });
const paragraph = (text: string): SectionBlock => ({ kind: "paragraph", text });

function ratingsByStep(input: YearlyReportDocxInput): SectionBlock[] {
  return [
    heading3("Ratings by step"),
    {
      kind: "table",
      headers: [
        "Step",
        ...COUNT_COLUMNS.map((key) => COUNT_LABELS[key]),
        "Change since last cycle",
      ],
      rows: input.steps.map((step) => [
        `Step ${step.number}: ${step.title}`,
        ...COUNT_COLUMNS.map((key) => String(step.counts[key])),
        describeChange(step),
      ]),
      widths: ["*", 42, 46, 44, 52, "*"],
    },
  ];
}

function littleProgress(input: YearlyReportDocxInput): SectionBlock[] {
  return [
    heading3("Questions rated Red or Amber"),
    input.redAmber.length === 0
      ? paragraph("No question was rated Red or Amber this cycle.")
      : {
          kind: "table",
          headers: ["Question", "Rating", "What the question asks"],
          rows: input.redAmber.map((q) => [q.code, COUNT_LABELS[q.rating], q.text]),
          widths: [60, 60, "*"],
        },
    heading3("Overdue actions"),
    input.overdueActions.length === 0
      ? paragraph("No action is overdue.")
      : {
          kind: "table",
          headers: ["Action", "Owner", "Due", "Days overdue"],
          rows: input.overdueActions.map((a) => [
            a.description,
            a.owner ?? "No owner",
            formatDateStamp(a.dueOn),
            String(a.daysOverdue),
          ]),
          widths: ["*", 110, 90, 60],
        },
  ];
}

function caseReviews(input: YearlyReportDocxInput): SectionBlock[] {
  if (input.caseReviews.length === 0) return [paragraph("No case review is recorded.")];
  return input.caseReviews.flatMap((review) => [
    heading3(review.identifier),
    {
      kind: "table",
      headers: ["Recommendation", "Partnership response", "Actions"],
      rows: review.recommendations.map((r) => [
        `${r.number}. ${r.text}`,
        r.partnershipResponse ?? "No response recorded",
        r.actions.length === 0
          ? "No action raised"
          : r.actions
              .map((a) => `${a.description} (${a.owner ?? "No owner"}; ${a.status})`)
              .join("\n"),
      ]),
    },
  ]);
}

const SUPPORTING: Partial<
  Record<(typeof YEARLY_REPORT_PARTS)[number]["key"], (i: YearlyReportDocxInput) => SectionBlock[]>
> = {
  whatWasDone: ratingsByStep,
  littleProgress,
  caseReviewActions: caseReviews,
};

/** The title, the status line, then each part and the framework, each with its blocks. */
export function yearlyReportSection(input: YearlyReportDocxInput): {
  title: string;
  status: string;
  parts: SectionPart[];
} {
  const parts = YEARLY_REPORT_PARTS.map((part) => ({
    heading: part.heading,
    blocks: [
      { kind: "text", text: input.texts[part.key], empty: "Not written yet." } as SectionBlock,
      ...(SUPPORTING[part.key]?.(input) ?? []),
    ],
  }));
  return {
    title: yearlyReportTitle(input),
    status: `Status: ${input.statusLabel}. Prepared on ${formatDateStamp(input.preparedOn)}.`,
    parts: [
      ...parts,
      {
        heading: "About the framework",
        blocks: [paragraph(input.framework.adaptationAttribution ?? input.framework.citation)],
      },
    ],
  };
}
