/**
 * CSV for spreadsheets (RFC 4180, CRLF line ends). A cell that a spreadsheet would read as a
 * formula (=, +, -, @, or a leading tab or carriage return) gets a leading apostrophe: an export
 * must never run a formula that someone typed into a name or a note (CSV injection, OWASP).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvCell = string | number | boolean | Date | null | undefined;

export function csvEscape(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvEscape).join(",")}\r\n`;
}

export function toCsv(rows: ReadonlyArray<readonly CsvCell[]>): string {
  return rows.map(csvLine).join("");
}

/** Excel opens UTF-8 CSV correctly only when the file starts with a byte-order mark. */
export const CSV_BOM = "\uFEFF";
