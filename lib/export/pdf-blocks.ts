import PDFDocument from "pdfkit";

/**
 * Small building blocks for tagged (accessible) PDF exports with pdfkit: every piece of text is
 * structure content under a heading, paragraph or table element, so a screen reader gets the
 * headings, reading order and table headers; decoration and page numbers are artifacts. Only the
 * standard Helvetica fonts, so nothing is downloaded or embedded.
 */

export type Pdf = PDFKit.PDFDocument;
export type PdfStruct = PDFKit.PDFStructureElement;

export const PDF_CONTENT_TYPE = "application/pdf";

const FONT = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" };
const SIZE = { 1: 20, 2: 15, 3: 12.5, body: 11, table: 9.5, footer: 9 } as const;
const MARGIN = 56;

/** An A4, tagged, British English document whose viewer shows the title, not the file name. */
export function createPdf(info: { title: string; author: string; subject?: string }): Pdf {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    tagged: true,
    lang: "en-GB",
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: "Six Steps" },
  });
  doc.font(FONT.regular).fontSize(SIZE.body);
  return doc;
}

/** A grouping element ("Document", "Sect") added to a parent, or to the document's root. */
export function group(doc: Pdf, parent: PdfStruct | null, type: "Document" | "Sect"): PdfStruct {
  const element = doc.struct(type);
  if (parent) parent.add(element);
  else doc.addStructure(element);
  return element;
}

// Text is drawn inside a structure element's closure, so a paragraph that runs onto the next page
// stays one element with its content on both pages (text()'s own structParent option would tag
// only the first page's part).

export function pdfHeading(doc: Pdf, parent: PdfStruct, text: string, level: 1 | 2 | 3) {
  doc.moveDown(level === 1 ? 0 : 0.8);
  doc.font(FONT.bold).fontSize(SIZE[level]);
  parent.add(doc.struct(`H${level}`, {}, [() => doc.text(text)]));
  doc.font(FONT.regular).fontSize(SIZE.body).moveDown(0.3);
}

export function pdfParagraph(doc: Pdf, parent: PdfStruct, text: string, italic = false) {
  doc.font(italic ? FONT.italic : FONT.regular).fontSize(SIZE.body);
  parent.add(doc.struct("P", {}, [() => doc.text(text, { paragraphGap: 6 })]));
  doc.font(FONT.regular);
}

/** Typed text as paragraphs: a blank line starts a new paragraph, a line break stays one. */
export function pdfParagraphs(
  doc: Pdf,
  parent: PdfStruct,
  text: string | null | undefined,
  empty: string,
) {
  const blocks = (text ?? "")
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  if (blocks.length === 0) pdfParagraph(doc, parent, empty, true);
  for (const block of blocks) pdfParagraph(doc, parent, block);
}

type HeaderCell = { text: string; type: "TH"; scope: "column"; font: { src: string } };

/**
 * A full-width table tagged Table/TR/TH/TD, its first row header cells scoped to their columns.
 * `widths` are pdfkit column widths ("*" shares what is left).
 */
export function pdfTable(
  doc: Pdf,
  parent: PdfStruct,
  headers: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  widths?: ReadonlyArray<number | string>,
) {
  const head: HeaderCell[] = headers.map((text) => ({
    text,
    type: "TH",
    scope: "column",
    font: { src: FONT.bold },
  }));
  doc.font(FONT.regular).fontSize(SIZE.table).moveDown(0.2);
  const options = {
    structParent: parent,
    columnStyles: widths ? [...widths] : undefined,
    defaultStyle: { border: 0.5, borderColor: "#505a5f", padding: 4 },
    data: [head, ...rows.map((row) => [...row])],
  };
  // pdfkit's types omit the table's structParent and a cell's scope, which tag it for readers.
  doc.table(options as unknown as PDFKit.Mixins.TableOptionsWithData);
  doc.fontSize(SIZE.body).moveDown(0.5);
}

/** "Page 1 of 3" at the foot of every page, marked as a pagination artifact (not content). */
export function pdfPageNumbers(doc: Pdf) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN / 2 - SIZE.footer;
    doc.markContent("Artifact", { type: "Pagination", attached: ["Bottom"] });
    doc.font(FONT.regular).fontSize(SIZE.footer);
    doc.text(`Page ${index + 1} of ${count}`, MARGIN, y, {
      width: doc.page.width - MARGIN * 2,
      align: "center",
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

/** Ends the document and collects it. */
export function pdfBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}
