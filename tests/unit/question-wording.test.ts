import { describe, expect, it } from "vitest";
import {
  originalWordingLabel,
  removeQuestionWordingSchema,
  sameWording,
  saveQuestionWordingSchema,
  WORDING_MESSAGES,
  wordingForAudience,
} from "../../lib/domain/question-wording";

const PARTNERSHIP = "6f1c2a1e-0000-4000-8000-000000000001";

describe("wordingForAudience", () => {
  it("shows relevant agencies the wider-partner wording, with the original alongside", () => {
    expect(
      wordingForAudience(
        "WIDER_PARTNER_SELF_ASSESSMENT",
        "Do the three partners…?",
        "Does your school…?",
      ),
    ).toEqual({ text: "Does your school…?", original: "Do the three partners…?" });
  });

  it("keeps the original for scrutiny and core-partner assessments, and when there is none", () => {
    expect(wordingForAudience("INDEPENDENT_SCRUTINY", "Original", "Wider")).toEqual({
      text: "Original",
      original: null,
    });
    expect(wordingForAudience("CORE_PARTNER_SELF_ASSESSMENT", "Original", "Wider")).toEqual({
      text: "Original",
      original: null,
    });
    expect(wordingForAudience("WIDER_PARTNER_SELF_ASSESSMENT", "Original", null)).toEqual({
      text: "Original",
      original: null,
    });
  });

  it("credits the original paper, or the partnership's own framework when adapted", () => {
    expect(originalWordingLabel({ isAdapted: false })).toBe("Original wording (Pearce 2019)");
    expect(originalWordingLabel({ isAdapted: true })).toBe(
      "Original wording (your partnership's framework)",
    );
  });
});

describe("saveQuestionWordingSchema", () => {
  const base = { partnershipId: PARTNERSHIP, lineageKey: "six-steps:1.1", version: "0" };

  it("trims the wording and keeps line breaks as typed", () => {
    const parsed = saveQuestionWordingSchema.parse({ ...base, text: "  Line one\r\nLine two  " });
    expect(parsed.text).toBe("Line one\nLine two");
    expect(parsed.version).toBe(0);
  });

  it("refuses empty or over-long wording with a message a person can act on", () => {
    const empty = saveQuestionWordingSchema.safeParse({ ...base, text: "   " });
    expect(empty.error?.issues[0]?.message).toBe(WORDING_MESSAGES.text);
    const long = saveQuestionWordingSchema.safeParse({ ...base, text: "x".repeat(2001) });
    expect(long.error?.issues[0]?.message).toBe(WORDING_MESSAGES.textLength);
  });

  it("needs the version of an existing wording to remove it", () => {
    expect(removeQuestionWordingSchema.safeParse({ ...base, version: "0" }).success).toBe(false);
    expect(removeQuestionWordingSchema.safeParse({ ...base, version: "2" }).success).toBe(true);
  });
});

describe("sameWording", () => {
  it("ignores spacing and case", () => {
    expect(sameWording("Do the  partners\nagree?", "do the partners agree? ")).toBe(true);
    expect(sameWording("Do the partners agree?", "Does your school agree?")).toBe(false);
  });
});
