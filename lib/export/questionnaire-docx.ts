import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import type { Paragraph as DocxParagraph, Table } from "docx";
import {
  QUESTIONNAIRE_INSTRUCTIONS,
  RATING_CHOICES,
  type Questionnaire,
} from "@/lib/domain/return-form";
import { formatDateStamp, heading, paragraph, table } from "./docx-blocks";

/**
 * An organisation's blank questionnaire as a Word document, for drafting and internal sign-off
 * before the answers are entered online or in the Excel return: real headings, the RAG
 * definitions, and one table per step with a row per assigned question.
 */

export const QUESTIONNAIRE_DOCX_COLUMNS = [
  "Question",
  "Rating (Red, Amber, Green or Not in scope)",
  "Evidence and narrative",
  "Remaining work",
] as const;

export function questionnaireTitle(questionnaire: Questionnaire): string {
  return `${questionnaire.assessmentTitle}: questionnaire for ${questionnaire.organisationName}`;
}

function stepBlocks(questionnaire: Questionnaire): Array<DocxParagraph | Table> {
  return questionnaire.steps.flatMap((step) => [
    heading(`Step ${step.number}: ${step.title}`, 2),
    table(
      QUESTIONNAIRE_DOCX_COLUMNS,
      step.questions.map((q) => [`${q.code} ${q.text}`, "", "", ""]),
    ),
  ]);
}

export async function questionnaireDocx(questionnaire: Questionnaire): Promise<Buffer> {
  const title = questionnaireTitle(questionnaire);
  const deadline = questionnaire.dueOn
    ? `Please return your answers by ${formatDateStamp(questionnaire.dueOn)}.`
    : "No deadline has been set.";
  const document = new Document({
    title,
    creator: "Six Steps",
    styles: { default: { document: { run: { language: { value: "en-GB" } } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
          paragraph(
            `${questionnaire.partnershipName}. Organisation: ${questionnaire.organisationName}.`,
          ),
          paragraph(deadline),
          heading("How to answer"),
          paragraph(
            `For each question choose a rating (${RATING_CHOICES}) and write the evidence and narrative behind it.`,
          ),
          ...QUESTIONNAIRE_INSTRUCTIONS.slice(1, 2).map((line) => paragraph(line)),
          paragraph(
            "This document is for drafting and sign-off: enter the answers in Six Steps, or in the Excel questionnaire and upload it there.",
          ),
          heading("What the ratings mean", 2),
          table(
            ["Rating", "Meaning"],
            [
              ["Green", questionnaire.rag.green],
              ["Amber", questionnaire.rag.amber],
              ["Red", questionnaire.rag.red],
              ["Not in scope", "The question is not in scope this cycle: give the reason."],
            ],
          ),
          heading("Questions"),
          ...stepBlocks(questionnaire),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
