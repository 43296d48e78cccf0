import ExcelJS from "exceljs";
import {
  TRACKER_COLUMNS,
  TRACKER_HEADINGS,
  trackerRowCells,
  type TrackerRow,
} from "@/lib/domain/action-filters";
import { ukDateStamp } from "@/lib/domain/london-time";
import { CSV_BOM, csvLine, toCsv } from "./csv";

/**
 * The action tracker as a CSV or Excel file: the page's columns (lib/domain/action-filters.ts
 * `TRACKER_COLUMNS`), in the same order and the same words.
 */

export type ExportFormat = "csv" | "xlsx";

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export const ACTIONS_SHEET_NAME = "Actions";

/** "actions-north-shire-2026-11-22.csv", dated in UK time. */
export function actionsFileName(
  partnershipSlug: string,
  format: ExportFormat,
  now = new Date(),
): string {
  const slug = partnershipSlug.replace(/[^a-z0-9-]+/gi, "-").toLowerCase() || "partnership";
  return `actions-${slug}-${ukDateStamp(now)}.${format}`;
}

/** CSV with a byte-order mark for Excel; a cell that looks like a formula is made harmless. */
export function actionsCsv(rows: readonly TrackerRow[]): string {
  return CSV_BOM + csvLine(TRACKER_HEADINGS) + toCsv(rows.map(trackerRowCells));
}

/**
 * One sheet, "Actions": a bold, frozen header row, then one row per action. Every cell is a text
 * cell holding a string (format "@"), so nothing typed into an action is ever read as a formula,
 * a number or a date: "=cmd|' /C calc'!A0" stays those characters.
 */
export async function actionsXlsx(rows: readonly TrackerRow[], now = new Date()): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Six Steps";
  workbook.created = now;
  const sheet = workbook.addWorksheet(ACTIONS_SHEET_NAME, {
    views: [{ state: "frozen", ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = TRACKER_COLUMNS.map((column) => ({ key: column.key, width: column.width }));
  const write = (rowNumber: number, values: readonly string[]) => {
    const row = sheet.getRow(rowNumber);
    values.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      cell.numFmt = "@";
      // A plain string: exceljs writes a formula only from a { formula } object, never from text.
      cell.value = String(value);
      cell.alignment = { wrapText: true, vertical: "top" };
    });
    return row;
  };
  write(1, TRACKER_HEADINGS).font = { bold: true };
  rows.forEach((row, index) => write(index + 2, trackerRowCells(row)));
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer);
}
