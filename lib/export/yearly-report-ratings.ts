import ExcelJS from "exceljs";
import { COUNT_LABELS, movement } from "@/lib/domain/report";
import type { RatingValue } from "@/lib/domain/rating";
import { CSV_BOM, csvLine, toCsv } from "./csv";

/**
 * A cycle's agreed ratings as a CSV or Excel file, one row per question: the columns are defined
 * once (below) and both formats write the same words. Ratings are words, never colours; the change
 * is against the previous cycle's rating of the same question (by identity).
 */

export type RatingRow = {
  stepNumber: number;
  stepTitle: string;
  code: string;
  text: string;
  rating: RatingValue | null;
  previousRating: RatingValue | null;
};

const word = (rating: RatingValue | null) => COUNT_LABELS[rating ?? "UNRATED"];

/** "Improved (was Amber)", "Same as last cycle", "Not rated last cycle", … */
export function ratingChange(row: RatingRow, hasPreviousCycle: boolean): string {
  if (!hasPreviousCycle) return "No previous cycle to compare";
  if (!row.previousRating) return "Not rated last cycle";
  const moved = movement([{ rating: row.previousRating }, { rating: row.rating }]);
  const was = `(was ${word(row.previousRating)})`;
  if (moved === "IMPROVED") return `Improved ${was}`;
  if (moved === "DECLINED") return `Declined ${was}`;
  if (moved === "SAME") return "Same as last cycle";
  return `Not compared ${was}`;
}

type Column = {
  heading: string;
  width: number;
  cell: (row: RatingRow, previous: boolean) => string;
};

export const RATING_COLUMNS: ReadonlyArray<Column> = [
  { heading: "Step", width: 34, cell: (r) => `Step ${r.stepNumber}: ${r.stepTitle}` },
  { heading: "Question", width: 10, cell: (r) => r.code },
  { heading: "What the question asks", width: 70, cell: (r) => r.text },
  { heading: "Rating", width: 16, cell: (r) => word(r.rating) },
  {
    heading: "Change since last cycle",
    width: 28,
    cell: (r, previous) => ratingChange(r, previous),
  },
];

export const RATINGS_SHEET_NAME = "Ratings";

export function ratingCells(rows: ReadonlyArray<RatingRow>, hasPreviousCycle: boolean) {
  return rows.map((row) => RATING_COLUMNS.map((column) => column.cell(row, hasPreviousCycle)));
}

/** CSV with a byte-order mark for Excel; a cell that looks like a formula is made harmless. */
export function ratingsCsv(rows: ReadonlyArray<RatingRow>, hasPreviousCycle: boolean): string {
  return (
    CSV_BOM +
    csvLine(RATING_COLUMNS.map((c) => c.heading)) +
    toCsv(ratingCells(rows, hasPreviousCycle))
  );
}

/**
 * One sheet, "Ratings": a bold, frozen header row, then one row per question. Every cell is a text
 * cell holding a string (format "@"), as in the action tracker's export, so nothing is read as a
 * formula, a number or a date ("1.10" stays "1.10").
 */
export async function ratingsXlsx(
  rows: ReadonlyArray<RatingRow>,
  hasPreviousCycle: boolean,
  now = new Date(),
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Six Steps";
  workbook.created = now;
  const sheet = workbook.addWorksheet(RATINGS_SHEET_NAME, {
    views: [{ state: "frozen", ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = RATING_COLUMNS.map((column) => ({ width: column.width }));
  const write = (rowNumber: number, values: readonly string[]) => {
    const row = sheet.getRow(rowNumber);
    values.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      cell.numFmt = "@";
      cell.value = String(value);
      cell.alignment = { wrapText: true, vertical: "top" };
    });
    return row;
  };
  write(
    1,
    RATING_COLUMNS.map((c) => c.heading),
  ).font = { bold: true };
  ratingCells(rows, hasPreviousCycle).forEach((cells, index) => write(index + 2, cells));
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
