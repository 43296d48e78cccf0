import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { ADAPTATION_ATTRIBUTION, FRAMEWORK_CITATION } from "../../lib/framework/six-steps";
import { YEARLY_REPORT_PARTS } from "../../lib/domain/yearly-report";
import { yearlyReportDocx, type YearlyReportDocxInput } from "../../lib/export/yearly-report-docx";

import { yearlyReportFixture as fixture } from "../support/yearly-report-fixture";

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const textOf = (xml: string) =>
  decode([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""));

async function open(input: YearlyReportDocxInput) {
  const files = unzipSync(new Uint8Array(await yearlyReportDocx(input)));
  const read = (name: string) => strFromU8(files[name]!);
  const body = read("word/document.xml");
  const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null,
    text: textOf(p),
  }));
  const rows = [...body.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
    [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => textOf(cell)),
  );
  return { files, read, body, paragraphs, rows };
}

describe("the yearly report's scrutiny section as a Word document", () => {
  let doc: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    doc = await open(fixture);
  });

  it("has every required part as a Word Heading 1, in order, then the framework", () => {
    const headings = doc.paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(headings).toEqual([...YEARLY_REPORT_PARTS.map((p) => p.heading), "About the framework"]);
    expect(headings).toContain("Areas with little or no evidence of progress");
    expect(headings).toContain("Statement of assurance");
    const title = doc.paragraphs.find((p) => p.style === "Title");
    expect(title?.text).toBe(
      "North Shire Safeguarding Children Partnership: independent scrutiny section of the yearly report 2025–26",
    );
  });

  it("keeps the partners' text, paragraph by paragraph, and says which parts are not written", () => {
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toContain("We met monthly.");
    expect(texts).toContain("The scrutineer attended two executives & a case review panel.");
    expect(texts).toContain("The safeguarding partners are assured that children's needs are met.");
    expect(texts.filter((t) => t === "Not written yet.")).toHaveLength(5);
  });

  it("gives the RAG counts per step in words, with the change since last cycle", () => {
    expect(doc.rows).toContainEqual([
      "Step",
      "Red",
      "Amber",
      "Green",
      "Not in scope",
      "Change since last cycle",
    ]);
    expect(doc.rows).toContainEqual([
      "Step 1: Leadership",
      "0",
      "1",
      "1",
      "0",
      "1 improved, 1 the same",
    ]);
    expect(doc.rows).toContainEqual(["Step 2: Thresholds", "1", "0", "0", "0", "1 declined"]);
    expect(doc.body).toContain("<w:tblHeader/>");
  });

  it("lists the Red and Amber questions by word and the overdue actions only", () => {
    expect(doc.rows).toContainEqual(["2.1", "Red", "Are thresholds understood?"]);
    expect(doc.rows).toContainEqual(["1.2", "Amber", "Is the voice of the child heard?"]);
    expect(doc.rows).toContainEqual([
      "Refresh the threshold document",
      "County Council",
      "30 September 2026",
      "68",
    ]);
    expect(doc.body).not.toContain("Publish the training evaluation");
  });

  it("records case-review recommendations with their actions, and the citation", () => {
    expect(doc.paragraphs).toContainEqual({ style: "Heading2", text: "LCSPR 2026/03" });
    expect(doc.rows).toContainEqual([
      "1. Strengthen information sharing at the front door.",
      "Agreed.",
      "Joint MASH protocol (Police; On track)",
    ]);
    expect(textOf(doc.body)).toContain(FRAMEWORK_CITATION);
  });

  it("numbers its pages in the footer and is titled and set to British English", () => {
    const footer = Object.keys(doc.files).find((name) => /^word\/footer\d*\.xml$/.test(name));
    const footerXml = doc.read(footer!);
    expect(textOf(footerXml)).toBe("Page  of ");
    expect(footerXml).toMatch(/>Page <\/w:t>[\s\S]*>PAGE<\/w:instrText>[\s\S]*> of <\/w:t>/);
    expect(footerXml).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(doc.read("docProps/core.xml")).toContain(
      "<dc:title>North Shire Safeguarding Children Partnership: independent scrutiny section",
    );
    expect(doc.read("word/styles.xml")).toMatch(/<w:lang w:val="en-GB"/);
  });

  it("carries the attribution, not the bare citation, for an adapted framework", async () => {
    const adapted = await open({
      ...fixture,
      framework: { citation: FRAMEWORK_CITATION, adaptationAttribution: ADAPTATION_ATTRIBUTION },
    });
    expect(textOf(adapted.body)).toContain(ADAPTATION_ATTRIBUTION);
    expect(textOf(adapted.body)).not.toContain(FRAMEWORK_CITATION);
    expect(textOf(doc.body)).not.toContain("Adapted from");
  });
});
