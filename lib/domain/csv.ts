/** One record of a CSV file and the line it starts on (1-based, as a spreadsheet numbers rows). */
export type CsvRecord = { line: number; cells: string[] };

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = "CsvError";
  }
}

/**
 * Parses CSV as spreadsheets write it (RFC 4180): quoted values may hold commas, line breaks and
 * doubled quotes; lines end in CRLF, LF or CR; a leading byte-order mark is dropped. Lines with
 * nothing but separators are skipped, so a trailing blank row from Excel is not an error.
 */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteOpenedOn = 0;

  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  const endRecord = () => {
    endCell();
    if (cells.some((value) => value.trim() !== "")) records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < input.length; i += 1) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n" || (char === "\r" && input[i + 1] !== "\n")) line += 1;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      // Spaces before an opening quote are dropped, as spreadsheets do.
      cell = "";
      quoted = true;
      quoteOpenedOn = line;
    } else if (char === ",") {
      endCell();
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && input[i + 1] === "\n") i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) throw new CsvError("a quoted value is not closed", quoteOpenedOn);
  endRecord();
  return records;
}

/** A heading or a name as compared in a file: trimmed, lower case, spaces, "_" and "-" alike. */
export const csvWords = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");

export type CsvTable =
  { ok: true; rows: Array<{ line: number; cells: string[] }> } | { ok: false; problems: string[] };

/**
 * A file's data rows with their cells in the order of `headings` (the first row names them, in any
 * order), or the one problem with its shape: unreadable, a heading missing, no rows, too many.
 */
export function readCsvTable(
  text: string,
  headings: readonly string[],
  limit: { max: number; noun: string },
): CsvTable {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError)
      return { ok: false, problems: [`Row ${error.line}: ${error.message}`] };
    throw error;
  }
  const [header, ...rows] = records;
  const found = header?.cells.map(csvWords) ?? [];
  const columns = headings.map((heading) => found.indexOf(heading));
  if (columns.some((index) => index < 0))
    return { ok: false, problems: [`The first row must be the headings ${headings.join(",")}`] };
  if (rows.length === 0) return { ok: false, problems: [`The file has no ${limit.noun} in it`] };
  if (rows.length > limit.max)
    return {
      ok: false,
      problems: [
        `The file has ${rows.length} ${limit.noun}; split it into files of ${limit.max} or fewer`,
      ],
    };
  return {
    ok: true,
    rows: rows.map(({ line, cells }) => ({
      line,
      cells: columns.map((index) => cells[index] ?? ""),
    })),
  };
}
