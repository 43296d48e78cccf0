import {
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";

/**
 * Small building blocks for Word exports: real headings (Word's Heading styles, so the navigation
 * pane and screen readers see the structure), paragraphs from typed text, and tables whose first
 * row is a header row repeated on every page.
 */

export function heading(text: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({
    text,
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
  });
}

/** Typed text as paragraphs: a blank line starts a new paragraph, a line break stays one. */
export function paragraphs(text: string | null | undefined, empty: string): Paragraph[] {
  const blocks = (text ?? "")
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  if (blocks.length === 0) {
    return [new Paragraph({ children: [new TextRun({ text: empty, italics: true })] })];
  }
  return blocks.map(
    (block) =>
      new Paragraph({
        children: block
          .split("\n")
          .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0 })),
      }),
  );
}

export function paragraph(...children: Array<string | ParagraphChild>): Paragraph {
  return new Paragraph({
    children: children.map((child) => (typeof child === "string" ? new TextRun(child) : child)),
  });
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({
    children: text
      .split("\n")
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })),
  });
}

/** A full-width table; the header row repeats on each page and is marked as a header for Word. */
export function table(headers: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
    ],
  });
}

const longDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2026-07-01" → "1 July 2026". */
export function formatDateStamp(stamp: string): string {
  return longDate.format(new Date(`${stamp}T00:00:00Z`));
}
