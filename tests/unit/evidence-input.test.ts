import { afterEach, describe, expect, it, vi } from "vitest";
import { addEvidenceSchema, removeEvidenceFileSchema } from "../../lib/domain/evidence-input";
import { MAX_UPLOAD_BYTES } from "../../lib/domain/uploads";

const partnershipId = "5f0c3a52-1111-4c2e-9a55-0d7a3c8f9e01";
const link = {
  partnershipId,
  title: "  Annual report 2025  ",
  nature: "OUTCOME",
  kind: "LINK",
  url: "https://example.org/annual-report",
  evidenceDate: "2025-03-31",
  description: "",
};

function errors(input: unknown): Record<string, string[]> {
  const result = addEvidenceSchema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

afterEach(() => vi.useRealTimers());

describe("addEvidenceSchema", () => {
  it("takes a link with a trimmed title and leaves out a blank description", () => {
    expect(addEvidenceSchema.parse(link)).toEqual({
      partnershipId,
      title: "Annual report 2025",
      nature: "OUTCOME",
      kind: "LINK",
      url: "https://example.org/annual-report",
      evidenceDate: "2025-03-31",
    });
  });

  it("takes the GOV.UK day, month and year fields as one date", () => {
    const { evidenceDate: _omit, ...rest } = link;
    const parsed = addEvidenceSchema.parse({
      ...rest,
      "evidenceDate-day": "7",
      "evidenceDate-month": "4",
      "evidenceDate-year": "2025",
    });
    expect(parsed.evidenceDate).toBe("2025-04-07");
  });

  it("lists every problem at once, in plain sentences", () => {
    expect(errors({ partnershipId, kind: "LINK", url: "" })).toEqual({
      title: ["Enter a title for the evidence"],
      nature: ["Select whether this is evidence of outcomes for children or of process"],
      evidenceDate: ["Enter the date of the evidence"],
      url: ["Enter the link to the evidence"],
    });
    expect(errors({ ...link, kind: undefined })).toEqual({
      kind: ["Select whether you are adding a link or uploading a file"],
    });
  });

  it.each([
    ["javascript:alert(1)"],
    ["data:text/html,hi"],
    ["file:///etc/passwd"],
    ["www.example.org"],
    ["https://"],
  ])("refuses the link %j", (url) => {
    expect(errors({ ...link, url }).url).toEqual([
      "Enter a link that starts with https:// or http://, like https://www.example.org/report",
    ]);
  });

  it("limits the lengths", () => {
    expect(errors({ ...link, title: "x".repeat(201) }).title).toEqual([
      "The title must be 200 characters or fewer",
    ]);
    expect(errors({ ...link, url: `https://example.org/${"x".repeat(2000)}` }).url).toEqual([
      "The link must be 2,000 characters or fewer",
    ]);
    expect(errors({ ...link, description: "x".repeat(2001) }).description).toEqual([
      "The description must be 2,000 characters or fewer",
    ]);
  });

  it("wants a real date that is not in the future (UK time)", () => {
    vi.useFakeTimers({ now: new Date("2026-06-30T23:30:00Z"), toFake: ["Date"] });
    // 00:30 on 1 July in London (BST): 1 July is today, not the future.
    expect(addEvidenceSchema.parse({ ...link, evidenceDate: "2026-07-01" }).evidenceDate).toBe(
      "2026-07-01",
    );
    expect(errors({ ...link, evidenceDate: "2026-07-02" }).evidenceDate).toEqual([
      "The date of the evidence must be today or in the past",
    ]);
    expect(errors({ ...link, evidenceDate: "2025-02-29" }).evidenceDate).toEqual([
      "The date of the evidence must be a real date",
    ]);
    const { evidenceDate: _omit, ...rest } = link;
    expect(
      errors({
        ...rest,
        "evidenceDate-day": "31",
        "evidenceDate-month": "",
        "evidenceDate-year": "",
      }).evidenceDate,
    ).toEqual(["The date of the evidence must include a month and year"]);
    expect(
      errors({
        ...rest,
        "evidenceDate-day": "1",
        "evidenceDate-month": "Jan",
        "evidenceDate-year": "2025",
      }).evidenceDate,
    ).toEqual(["The date of the evidence must be a real date"]);
  });

  it("needs a chosen file for an upload; an empty file input is not one", () => {
    const upload = { ...link, kind: "DOCUMENT", url: undefined };
    expect(errors({ ...upload, file: new File([], "") }).file).toEqual(["Select a file to upload"]);
    expect(errors(upload).file).toEqual(["Select a file to upload"]);
    expect(errors({ ...upload, file: new File([], "blank.pdf") }).file).toEqual([
      "The selected file is empty",
    ]);
    const file = new File(["%PDF-1.7"], "report.pdf", { type: "application/pdf" });
    const parsed = addEvidenceSchema.parse({ ...upload, url: "ignored", file });
    expect(parsed).toMatchObject({ kind: "DOCUMENT", file });
    expect(parsed).not.toHaveProperty("url");
  });

  it("refuses a file over 10 MB from its size, before it is read", () => {
    const big = new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], "big.pdf");
    expect(errors({ ...link, kind: "DOCUMENT", file: big }).file).toEqual([
      "The selected file must be smaller than 10 MB",
    ]);
  });
});

describe("removeEvidenceFileSchema", () => {
  it("needs a reason of up to 500 characters", () => {
    const evidenceId = "0b7e7f1c-2222-4a57-8f0e-6a3b2c1d0e9f";
    expect(
      removeEvidenceFileSchema.parse({ partnershipId, evidenceId, reason: " Wrong file " }),
    ).toEqual({ partnershipId, evidenceId, reason: "Wrong file" });
    const blank = removeEvidenceFileSchema.safeParse({ partnershipId, evidenceId, reason: "  " });
    expect(blank.error?.issues[0]?.message).toBe("Enter why the file is being removed");
    const long = removeEvidenceFileSchema.safeParse({
      partnershipId,
      evidenceId,
      reason: "x".repeat(501),
    });
    expect(long.error?.issues[0]?.message).toBe("The reason must be 500 characters or fewer");
  });
});
