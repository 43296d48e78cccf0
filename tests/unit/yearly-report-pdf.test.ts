import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ExportSection } from "../../components/yearly-report/export-section";
import { yearlyReportSection } from "../../lib/export/yearly-report-blocks";
import { ADAPTATION_ATTRIBUTION, FRAMEWORK_CITATION } from "../../lib/framework/six-steps";
import { YEARLY_REPORT_PARTS } from "../../lib/domain/yearly-report";
import { yearlyReportPdf } from "../../lib/export/yearly-report-pdf";
import { pdfInfo, pdfTags, pdfText, tableRows, withRole, type Tagged } from "../support/pdf-read";
import { yearlyReportFixture as fixture } from "../support/yearly-report-fixture";

const TITLE =
  "North Shire Safeguarding Children Partnership: independent scrutiny section of the yearly report 2025–26";
const folded = (text: string) => text.replace(/\s+/g, " ");

describe("the yearly report's scrutiny section as an accessible PDF", () => {
  let bytes: Buffer;
  let raw: string;
  let text: string;
  let tags: Tagged[];
  let info: Record<string, unknown>;
  beforeAll(async () => {
    bytes = await yearlyReportPdf(fixture);
    raw = bytes.toString("latin1");
    text = await pdfText(bytes);
    tags = await pdfTags(bytes);
    info = await pdfInfo(bytes);
  });

  it("is a tagged PDF 1.7 in British English that shows its title", () => {
    expect(raw.startsWith("%PDF-1.7")).toBe(true);
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toMatch(/\/MarkInfo/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain("/Lang (en-GB)");
    expect(raw).toContain("/DisplayDocTitle true");
    expect(info).toMatchObject({
      Title: TITLE,
      Author: "North Shire Safeguarding Children Partnership",
    });
  });

  it("tags the title as the one H1 and every required part as an H2, in the Word order", () => {
    expect(withRole(tags, "H1").map((h) => h.text)).toEqual([TITLE]);
    expect(withRole(tags, "H2").map((h) => h.text)).toEqual([
      ...YEARLY_REPORT_PARTS.map((p) => p.heading),
      "About the framework",
    ]);
    expect(withRole(tags, "H3").map((h) => h.text)).toEqual([
      "Ratings by step",
      "Questions rated Red or Amber",
      "Overdue actions",
      "LCSPR 2026/03",
    ]);
    const positions = YEARLY_REPORT_PARTS.map((p) => text.indexOf(p.heading));
    expect(positions.every((at, i) => at > 0 && (i === 0 || at > positions[i - 1]!))).toBe(true);
  });

  it("keeps the partners' paragraphs and says which parts are not written", () => {
    const paragraphs = withRole(tags, "P").map((p) => p.text);
    expect(paragraphs).toContain("We met monthly.");
    expect(paragraphs).toContain("The scrutineer attended two executives & a case review panel.");
    expect(paragraphs.filter((p) => p === "Not written yet.")).toHaveLength(5);
    expect(text).toContain("Status: Draft. Prepared on 7 December 2026.");
  });

  it("gives the RAG counts per step in words in a table with header cells", () => {
    const rows = tableRows(tags);
    expect(rows).toContainEqual([
      "Step",
      "Red",
      "Amber",
      "Green",
      "Not in scope",
      "Change since last cycle",
    ]);
    expect(rows).toContainEqual([
      "Step 1: Leadership",
      "0",
      "1",
      "1",
      "0",
      "1 improved, 1 the same",
    ]);
    expect(rows).toContainEqual(["Step 2: Thresholds", "1", "0", "0", "0", "1 declined"]);
    expect(withRole(tags, "TH").length).toBe(6 + 3 + 4 + 3);
    expect(raw).toContain("/Scope /Column");
  });

  it("lists the Red and Amber questions by word and the overdue actions only", () => {
    const rows = tableRows(tags);
    expect(rows).toContainEqual(["2.1", "Red", "Are thresholds understood?"]);
    expect(rows).toContainEqual(["1.2", "Amber", "Is the voice of the child heard?"]);
    expect(rows).toContainEqual([
      "Refresh the threshold document",
      "County Council",
      "30 September 2026",
      "68",
    ]);
    expect(text).not.toContain("Publish the training evaluation");
  });

  it("records the case review's recommendation and actions, the citation and page numbers", () => {
    expect(tableRows(tags)).toContainEqual([
      "1. Strengthen information sharing at the front door.",
      "Agreed.",
      "Joint MASH protocol (Police; On track)",
    ]);
    expect(text).toContain(folded(FRAMEWORK_CITATION));
    expect(text).toMatch(/Page 1 of \d/);
    // Page numbers are pagination artifacts, not content a screen reader reads as text.
    expect(JSON.stringify(tags)).not.toContain("Page 1 of");
  });

  it("keeps a paragraph that runs onto the next page as one tagged paragraph", async () => {
    const long = Array.from({ length: 700 }, (_, i) => `word${i}`).join(" ");
    const pdf = await yearlyReportPdf({ ...fixture, texts: { whatWasDone: long } });
    const pages = await pdfTags(pdf);
    expect(pages.length).toBeGreaterThan(1);
    const parts = withRole(pages, "P").filter((p) => p.text.includes("word"));
    expect(parts.map((p) => p.text).join(" ")).toBe(long);
    expect(await pdfText(pdf)).toMatch(new RegExp(`Page ${pages.length} of ${pages.length}`));
  });

  it("carries the attribution, not the bare citation, for an adapted framework", async () => {
    const adapted = await pdfText(
      await yearlyReportPdf({
        ...fixture,
        framework: { citation: FRAMEWORK_CITATION, adaptationAttribution: ADAPTATION_ATTRIBUTION },
      }),
    );
    expect(adapted).toContain(folded(ADAPTATION_ATTRIBUTION));
    expect(adapted).not.toContain(folded(FRAMEWORK_CITATION));
  });

  it("says the same as the print page: its h2 and h3 headings and its table rows", () => {
    const html = renderToStaticMarkup(
      createElement(ExportSection, { parts: yearlyReportSection(fixture).parts }),
    );
    const decode = (t: string) =>
      t
        .replace(/<[^>]+>/g, "")
        .replace(/&amp;/g, "&")
        .replace(/&#x27;/g, "'")
        .trim();
    const all = (tag: string, from = html) =>
      [...from.matchAll(new RegExp(`<${tag}[ >][\\s\\S]*?</${tag}>`, "g"))].map(([m]) => m);
    expect(all("h2").map(decode)).toEqual(withRole(tags, "H2").map((h) => h.text));
    expect(all("h3").map(decode)).toEqual(withRole(tags, "H3").map((h) => h.text));
    const rows = all("tr").map((row) =>
      all("t[hd]", row).map((cell) => decode(cell).replace(/\s+/g, " ")),
    );
    expect(rows).toHaveLength(10);
    expect(rows).toEqual(tableRows(tags));
    expect(html).toContain('<th scope="col"');
  });
});
