import ExcelJS from "exceljs";
import { RETURN_COLUMNS, RETURN_SHEET, type AnswerColumn } from "../../lib/domain/return-form";

export type Filled = Partial<Record<AnswerColumn, ExcelJS.CellValue>>;

const column = (key: string) => RETURN_COLUMNS.findIndex((c) => c.key === key) + 1;

/**
 * Fills a downloaded Excel questionnaire the way a respondent would: finds each question's row by
 * its code and types into the answer cells. `edit` may change anything else in the workbook.
 */
export async function fillReturn(
  blank: Uint8Array | Buffer,
  answers: Record<string, Filled>,
  edit?: (workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(blank as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(RETURN_SHEET)!;
  sheet.eachRow((row) => {
    const code = row.getCell(column("code")).value;
    const filled = typeof code === "string" ? answers[code] : undefined;
    for (const [key, value] of Object.entries(filled ?? {}))
      row.getCell(column(key)).value = value ?? null;
  });
  edit?.(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
