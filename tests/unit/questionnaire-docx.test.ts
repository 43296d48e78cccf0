import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { questionnaireDocx } from "../../lib/export/questionnaire-docx";
import { questionnaireFixture as fixture } from "../support/questionnaire-fixture";

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join("")
    .replace(/&amp;/g, "&");

async function open() {
  const body = strFromU8(
    unzipSync(new Uint8Array(await questionnaireDocx(fixture)))["word/document.xml"]!,
  );
  const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null,
    text: textOf(p),
  }));
  const tables = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) =>
    [...t.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
      [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => textOf(cell)),
    ),
  );
  return { body, paragraphs, tables };
}

describe("the blank questionnaire as a Word document", () => {
  it("names the organisation and the deadline under a title", async () => {
    const { paragraphs } = await open();
    expect(paragraphs[0]).toEqual({
      style: "Title",
      text: "Relevant agencies self-assessment 2026–27: questionnaire for Northshire Academy Trust",
    });
    expect(paragraphs.map((p) => p.text)).toContain("Please return your answers by 1 July 2026.");
  });

  it("has each step as a real heading and a table per step with the four columns", async () => {
    const { paragraphs, tables } = await open();
    expect(paragraphs.filter((p) => p.style === "Heading2").map((p) => p.text)).toEqual([
      "What the ratings mean",
      "Step 1: Leadership",
      "Step 3: Voice of the child",
    ]);
    const [ratings, step1, step3] = tables;
    expect(ratings?.[3]).toEqual(["Red", "Little or no evidence of progress"]);
    expect(step1?.[0]).toEqual([
      "Question",
      "Rating (Red, Amber, Green or Not in scope)",
      "Evidence and narrative",
      "Remaining work",
    ]);
    expect(step1?.slice(1).map((row) => row[0])).toEqual([
      "1.1 Do leaders know the arrangements?",
      "1.2 Is there a shared vision?",
    ]);
    expect(step3?.slice(1)).toEqual([["3.2 Are children heard?", "", "", ""]]);
  });
});
