import ExcelJS from "exceljs";
import {
  ABOUT_LABELS,
  ABOUT_SHEET,
  ANSWER_COLUMNS,
  QUESTIONNAIRE_INSTRUCTIONS,
  RATING_CHOICES,
  RATING_WORDS,
  RETURN_COLUMNS,
  RETURN_SHEET,
  type Questionnaire,
} from "@/lib/domain/return-form";
import { formatDateStamp } from "./docx-blocks";

/**
 * An organisation's blank questionnaire as an Excel workbook. "Return" has one row per question
 * assigned to it: a hidden, locked key (the question's lineage key) that the import matches on, the
 * question, and four cells to fill in, the Rating one with a list to choose from. "About" says how
 * to fill it in, the RAG definitions, and whose return it is (the import refuses a file made for
 * another organisation). Every cell is text ("@"), so nothing typed is read as a number or date.
 */

const textCell = (cell: ExcelJS.Cell, value: string) => {
  cell.numFmt = "@";
  cell.value = value;
  cell.alignment = { wrapText: true, vertical: "top" };
};

function returnSheet(workbook: ExcelJS.Workbook, questionnaire: Questionnaire) {
  const sheet = workbook.addWorksheet(RETURN_SHEET, {
    views: [{ state: "frozen", ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = RETURN_COLUMNS.map((column) => ({ width: column.width }));
  sheet.getColumn(1).hidden = true;
  const header = sheet.getRow(1);
  RETURN_COLUMNS.forEach((column, index) => textCell(header.getCell(index + 1), column.heading));
  header.font = { bold: true };
  const answerColumns = new Set<string>(ANSWER_COLUMNS);
  let rowNumber = 2;
  for (const step of questionnaire.steps) {
    for (const question of step.questions) {
      const row = sheet.getRow(rowNumber++);
      const values: Record<string, string> = {
        key: question.lineageKey,
        step: `Step ${step.number}: ${step.title}`,
        code: question.code,
        text: question.text,
      };
      RETURN_COLUMNS.forEach((column, index) => {
        const cell = row.getCell(index + 1);
        textCell(cell, values[column.key] ?? "");
        if (answerColumns.has(column.key)) cell.protection = { locked: false };
        if (column.key === "rating")
          cell.dataValidation = {
            type: "list",
            allowBlank: true,
            formulae: [`"${RATING_WORDS.map((r) => r.word).join(",")}"`],
            showErrorMessage: true,
            errorTitle: "Choose a rating",
            error: `Choose ${RATING_CHOICES}`,
          };
      });
    }
  }
  return sheet;
}

function aboutSheet(workbook: ExcelJS.Workbook, questionnaire: Questionnaire) {
  const sheet = workbook.addWorksheet(ABOUT_SHEET);
  sheet.columns = [{ width: 26 }, { width: 100 }];
  const rows: Array<[string, string]> = [
    ["Questionnaire", `${questionnaire.assessmentTitle}: ${questionnaire.partnershipName}`],
    ["Organisation", questionnaire.organisationName],
    ["Deadline", questionnaire.dueOn ? formatDateStamp(questionnaire.dueOn) : "No deadline set"],
    ...QUESTIONNAIRE_INSTRUCTIONS.map((line, index): [string, string] => [
      index === 0 ? "How to fill it in" : "",
      line,
    ]),
    ["Green", questionnaire.rag.green],
    ["Amber", questionnaire.rag.amber],
    ["Red", questionnaire.rag.red],
    ["Not in scope", "The question is not in scope this cycle: say why."],
    [ABOUT_LABELS.organisationId, questionnaire.organisationId],
    [ABOUT_LABELS.assessmentId, questionnaire.assessmentId],
  ];
  rows.forEach(([label, value], index) => {
    const row = sheet.getRow(index + 1);
    textCell(row.getCell(1), label);
    textCell(row.getCell(2), value);
    row.getCell(1).font = { bold: true };
  });
  return sheet;
}

/** The workbook as bytes; protection (no password) keeps the key and questions from edits. */
export async function questionnaireXlsx(
  questionnaire: Questionnaire,
  now = new Date(),
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Six Steps";
  workbook.created = now;
  const sheet = returnSheet(workbook, questionnaire);
  const about = aboutSheet(workbook, questionnaire);
  await sheet.protect("", {
    formatColumns: true,
    formatRows: true,
    selectLockedCells: true,
    selectUnlockedCells: true,
  });
  await about.protect("", { selectLockedCells: true, selectUnlockedCells: true });
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export const XLSX_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
