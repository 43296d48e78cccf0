import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import type { Paragraph as DocxParagraph, Table } from "docx";
import { COUNT_LABELS, type RagCounts } from "@/lib/domain/report";
import {
  describeChange,
  YEARLY_REPORT_PARTS,
  type StepEffectiveness,
  type YearlyReportPartKey,
} from "@/lib/domain/yearly-report";
import { formatDateStamp, heading, paragraph, paragraphs, table } from "./docx-blocks";

/**
 * The yearly report's scrutiny section as a Word document, from plain data (no database, no clock):
 * each required part as a Heading 1 with the partners' text, the data that supports it as tables,
 * RAG always written as words, and the framework's citation (or, when adapted, its attribution).
 */

export type YearlyReportDocxInput = {
  partnershipName: string;
  cycleName: string;
  statusLabel: string;
  /** The UK calendar date the document was made, "YYYY-MM-DD". */
  preparedOn: string;
  texts: Partial<Record<YearlyReportPartKey, string | null>>;
  steps: ReadonlyArray<StepEffectiveness>;
  redAmber: ReadonlyArray<{ code: string; text: string; rating: "RED" | "AMBER" }>;
  overdueActions: ReadonlyArray<{
    description: string;
    owner: string | null;
    dueOn: string;
    daysOverdue: number;
  }>;
  caseReviews: ReadonlyArray<{
    identifier: string;
    recommendations: ReadonlyArray<{
      number: number;
      text: string;
      partnershipResponse: string | null;
      actions: ReadonlyArray<{ description: string; owner: string | null; status: string }>;
    }>;
  }>;
  /** The citation; for an adapted framework, the attribution ("Adapted from …") instead. */
  framework: { citation: string; adaptationAttribution: string | null };
};

export const DOCX_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const COUNT_COLUMNS = ["RED", "AMBER", "GREEN", "NOT_IN_SCOPE"] as const;

const countCells = (counts: RagCounts) => COUNT_COLUMNS.map((key) => String(counts[key]));

function stepsTable(input: YearlyReportDocxInput): Table {
  return table(
    ["Step", ...COUNT_COLUMNS.map((key) => COUNT_LABELS[key]), "Change since last cycle"],
    input.steps.map((step) => [
      `Step ${step.number}: ${step.title}`,
      ...countCells(step.counts),
      describeChange(step),
    ]),
  );
}

function littleProgressBlocks(input: YearlyReportDocxInput): Array<DocxParagraph | Table> {
  return [
    heading("Questions rated Red or Amber", 2),
    input.redAmber.length === 0
      ? paragraph("No question was rated Red or Amber this cycle.")
      : table(
          ["Question", "Rating", "What the question asks"],
          input.redAmber.map((q) => [q.code, COUNT_LABELS[q.rating], q.text]),
        ),
    heading("Overdue actions", 2),
    input.overdueActions.length === 0
      ? paragraph("No action is overdue.")
      : table(
          ["Action", "Owner", "Due", "Days overdue"],
          input.overdueActions.map((a) => [
            a.description,
            a.owner ?? "No owner",
            formatDateStamp(a.dueOn),
            String(a.daysOverdue),
          ]),
        ),
  ];
}

function caseReviewBlocks(input: YearlyReportDocxInput): Array<DocxParagraph | Table> {
  if (input.caseReviews.length === 0) return [paragraph("No case review is recorded.")];
  return input.caseReviews.flatMap((review) => [
    heading(review.identifier, 2),
    table(
      ["Recommendation", "Partnership response", "Actions"],
      review.recommendations.map((r) => [
        `${r.number}. ${r.text}`,
        r.partnershipResponse ?? "No response recorded",
        r.actions.length === 0
          ? "No action raised"
          : r.actions
              .map((a) => `${a.description} (${a.owner ?? "No owner"}; ${a.status})`)
              .join("\n"),
      ]),
    ),
  ]);
}

const SUPPORTING: Partial<
  Record<YearlyReportPartKey, (input: YearlyReportDocxInput) => Array<DocxParagraph | Table>>
> = {
  whatWasDone: (input) => [heading("Ratings by step", 2), stepsTable(input)],
  littleProgress: littleProgressBlocks,
  caseReviewActions: caseReviewBlocks,
};

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

export function yearlyReportTitle(
  input: Pick<YearlyReportDocxInput, "partnershipName" | "cycleName">,
) {
  return `${input.partnershipName}: independent scrutiny section of the yearly report ${input.cycleName}`;
}

/** The section as a .docx file. */
export async function yearlyReportDocx(input: YearlyReportDocxInput): Promise<Buffer> {
  const title = yearlyReportTitle(input);
  const body = YEARLY_REPORT_PARTS.flatMap((part) => [
    heading(part.heading),
    ...paragraphs(input.texts[part.key], "Not written yet."),
    ...(SUPPORTING[part.key]?.(input) ?? []),
  ]);
  const document = new Document({
    title,
    creator: "Six Steps",
    description: `Status: ${input.statusLabel}`,
    styles: { default: { document: { run: { language: { value: "en-GB" } } } } },
    sections: [
      {
        footers: { default: pageFooter() },
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
          paragraph(
            `Status: ${input.statusLabel}. Prepared on ${formatDateStamp(input.preparedOn)}.`,
          ),
          ...body,
          heading("About the framework"),
          paragraph(input.framework.adaptationAttribution ?? input.framework.citation),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
