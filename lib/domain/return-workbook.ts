import ExcelJS from "exceljs";
import {
  ABOUT_LABELS,
  ABOUT_SHEET,
  ANSWER_COLUMNS,
  ANSWER_LABELS,
  MAX_RETURN_ROWS,
  RETURN_COLUMNS,
  RETURN_SHEET,
  type AnswerColumn,
} from "./return-form";

/**
 * Reads an uploaded Excel return into plain text per row, without judging the answers (that is
 * lib/domain/return-import.ts). A cell is read as the text a person typed: a formula, a date or an
 * error value is reported, never evaluated. Problems name the row as Excel numbers it.
 */

export type RawReturnRow = {
  row: number;
  key: string;
  code: string;
  answers: Record<AnswerColumn, string>;
  problems: string[];
};

export type RawReturn =
  | {
      ok: true;
      organisationId: string | null;
      assessmentId: string | null;
      rows: RawReturnRow[];
    }
  | { ok: false; problems: string[] };

type CellText = { text: string } | { problem: string };

/** What a cell holds, as text, or why it cannot be taken as text. */
export function cellText(value: ExcelJS.CellValue): CellText {
  if (value === null || value === undefined) return { text: "" };
  if (typeof value === "string") return { text: value };
  if (typeof value === "number" || typeof value === "boolean") return { text: String(value) };
  if (value instanceof Date) return { problem: "holds a date" };
  if ("formula" in value || "sharedFormula" in value) return { problem: "holds a formula" };
  if ("error" in value) return { problem: "holds an error value" };
  if ("richText" in value) return { text: value.richText.map((part) => part.text).join("") };
  if ("text" in value && typeof value.text === "string") return { text: value.text };
  return { problem: "holds something other than text" };
}

const columnNumber = (key: string) => RETURN_COLUMNS.findIndex((c) => c.key === key) + 1;

function readAbout(sheet: ExcelJS.Worksheet | undefined) {
  const found: Record<keyof typeof ABOUT_LABELS, string | null> = {
    organisationId: null,
    assessmentId: null,
  };
  sheet?.eachRow((row) => {
    const label = cellText(row.getCell(1).value);
    const value = cellText(row.getCell(2).value);
    if (!("text" in label) || !("text" in value)) return;
    for (const [field, wanted] of Object.entries(ABOUT_LABELS)) {
      if (label.text.trim() === wanted) found[field as keyof typeof found] = value.text.trim();
    }
  });
  return found;
}

function readRow(row: ExcelJS.Row): RawReturnRow {
  const problems: string[] = [];
  const text = (key: string, label: string) => {
    const read = cellText(row.getCell(columnNumber(key)).value);
    if ("problem" in read) {
      problems.push(`Row ${row.number}: the ${label} cell ${read.problem}: type words instead`);
      return "";
    }
    return read.text.replace(/\r\n?/g, "\n").trim();
  };
  const answers = Object.fromEntries(
    ANSWER_COLUMNS.map((key) => [key, text(key, ANSWER_LABELS[key])]),
  ) as Record<AnswerColumn, string>;
  return {
    row: row.number,
    key: text("key", "question key"),
    code: text("code", "question"),
    answers,
    problems,
  };
}

/** The workbook's bytes → its identity (from the About sheet) and each question row's text. */
export async function readReturnWorkbook(bytes: Uint8Array): Promise<RawReturn> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problems: ["The file could not be read as an Excel spreadsheet"] };
  }
  const sheet = workbook.getWorksheet(RETURN_SHEET);
  if (!sheet)
    return {
      ok: false,
      problems: [
        `The file has no sheet called ${RETURN_SHEET}: use the questionnaire downloaded from Six Steps`,
      ],
    };
  const header = sheet.getRow(1);
  const moved = RETURN_COLUMNS.filter((column, index) => {
    const read = cellText(header.getCell(index + 1).value);
    return !("text" in read) || read.text.trim() !== column.heading;
  });
  if (moved.length > 0)
    return {
      ok: false,
      problems: [
        `The columns of the ${RETURN_SHEET} sheet have been moved or renamed (${moved.map((c) => `"${c.heading}"`).join(", ")}): copy your answers into a freshly downloaded questionnaire`,
      ],
    };
  if (sheet.actualRowCount - 1 > MAX_RETURN_ROWS)
    return { ok: false, problems: [`The ${RETURN_SHEET} sheet has too many rows`] };
  const rows: RawReturnRow[] = [];
  sheet.eachRow((row) => {
    if (row.number > 1) rows.push(readRow(row));
  });
  return { ok: true, ...readAbout(workbook.getWorksheet(ABOUT_SHEET)), rows };
}
