import {
  createPdf,
  group,
  pdfBuffer,
  pdfHeading,
  pdfPageNumbers,
  pdfParagraph,
  pdfParagraphs,
  pdfTable,
  type Pdf,
  type PdfStruct,
} from "./pdf-blocks";
import { yearlyReportSection, type SectionBlock } from "./yearly-report-blocks";
import type { YearlyReportDocxInput } from "./yearly-report-docx";

/**
 * The yearly report's scrutiny section as an accessible PDF, from the same plain data as the Word
 * document (no database, no clock): tagged (PDF 1.7, en-GB, the title shown by the viewer), the
 * title as the only H1, each required part a section with an H2, supporting tables tagged with
 * header cells, RAG written as words, and "Page X of Y" on every page.
 */

export { PDF_CONTENT_TYPE } from "./pdf-blocks";

function render(doc: Pdf, parent: PdfStruct, block: SectionBlock) {
  switch (block.kind) {
    case "heading":
      return pdfHeading(doc, parent, block.text, block.level);
    case "text":
      return pdfParagraphs(doc, parent, block.text, block.empty);
    case "paragraph":
      return pdfParagraph(doc, parent, block.text);
    case "table":
      return pdfTable(doc, parent, block.headers, block.rows, block.widths);
  }
}

/** The section as a .pdf file. */
export async function yearlyReportPdf(input: YearlyReportDocxInput): Promise<Buffer> {
  const section = yearlyReportSection(input);
  const doc = createPdf({
    title: section.title,
    author: input.partnershipName,
    subject: "Independent scrutiny section of the yearly report",
  });
  const root = group(doc, null, "Document");
  pdfHeading(doc, root, section.title, 1);
  pdfParagraph(doc, root, section.status);
  for (const part of section.parts) {
    const sect = group(doc, root, "Sect");
    pdfHeading(doc, sect, part.heading, 2);
    for (const block of part.blocks) render(doc, sect, block);
    sect.end();
  }
  root.end();
  pdfPageNumbers(doc);
  return pdfBuffer(doc);
}
