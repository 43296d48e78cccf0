import { describe, expect, it } from "vitest";
import {
  answerChangeTitle,
  arrangementQuestion,
  byKindThenName,
  describeAnswerChange,
  parseAreas,
  parseQuestionNumber,
  personLabel,
  saveArrangementAnswerSchema,
  updateProfileSchema,
} from "../../lib/domain/arrangements";
import { SECTION_SIX_QUESTIONS } from "../../lib/framework/six-steps";

const partnershipId = "5f0c3a52-1111-4c2e-9a55-0d7a3c8f9e01";
const agencyId = "6a1d4b63-2222-4d3f-8b66-1e8b4d9f0a12";
const otherAgencyId = "7b2e5c74-3333-4e4a-9c77-2f9c5eaf1b23";
const version = "2026-05-01T09:30:00.123Z";

function errorsOf(schema: { safeParse: (v: unknown) => unknown }, input: unknown) {
  const result = schema.safeParse(input) as
    | { success: true }
    | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("the questions", () => {
  it("knows the 18 questions by number and refuses anything else from a link", () => {
    expect(arrangementQuestion(1)?.text).toBe(SECTION_SIX_QUESTIONS[0]?.text);
    expect(arrangementQuestion(18)?.number).toBe(18);
    expect(arrangementQuestion(19)).toBeNull();
    expect(parseQuestionNumber("7")).toBe(7);
    expect(parseQuestionNumber("18")).toBe(18);
    for (const raw of ["0", "19", "07", "1.5", "-1", "", "abc", "1e1", " 3"])
      expect(parseQuestionNumber(raw), raw).toBeNull();
  });
});

describe("saveArrangementAnswerSchema", () => {
  const answer = { partnershipId, questionNumber: "3", answer: "  Quarterly.  ", version: "0" };

  it("takes a form post: the number and version as numbers, the answer trimmed", () => {
    expect(saveArrangementAnswerSchema.parse(answer)).toEqual({
      partnershipId,
      questionNumber: 3,
      answer: "Quarterly.",
      version: 0,
    });
  });

  it('says "Enter an answer" for a blank answer', () => {
    expect(errorsOf(saveArrangementAnswerSchema, { ...answer, answer: "  \r\n " })).toEqual({
      answer: ["Enter an answer"],
    });
    expect(errorsOf(saveArrangementAnswerSchema, { ...answer, answer: undefined })).toEqual({
      answer: ["Enter an answer"],
    });
  });

  it("allows 4,000 characters, counting a line break as one character", () => {
    // 4,000 characters as typed (three line breaks); a browser sends 4,003 (CRLF line breaks).
    const typed = `${Array(4).fill("a".repeat(999)).join("\r\n")}a`;
    expect(typed).toHaveLength(4_003);
    expect(saveArrangementAnswerSchema.parse({ ...answer, answer: typed }).answer).toHaveLength(
      4_000,
    );
    expect(errorsOf(saveArrangementAnswerSchema, { ...answer, answer: "a".repeat(4_001) })).toEqual(
      { answer: ["The answer must be 4,000 characters or fewer"] },
    );
    expect(
      saveArrangementAnswerSchema.safeParse({ ...answer, answer: "a".repeat(4_000) }).success,
    ).toBe(true);
  });

  it("refuses a question that is not one of the 18, and a version that is not a number", () => {
    for (const questionNumber of ["0", "19", "2.5", "x"])
      expect(errorsOf(saveArrangementAnswerSchema, { ...answer, questionNumber })).toEqual({
        questionNumber: ["Choose one of the 18 questions about the scrutiny arrangements"],
      });
    expect(errorsOf(saveArrangementAnswerSchema, { ...answer, version: "-1" })).toEqual({
      version: ["Reload the page and try again"],
    });
  });
});

describe("parseAreas", () => {
  it("takes one area a line, tidied, without blanks or repeats", () => {
    expect(parseAreas("Northshire\r\n\r\n  South   Vale \nnorthshire\nEast Riding\n")).toEqual([
      "Northshire",
      "South Vale",
      "East Riding",
    ]);
    expect(parseAreas(["A", " a ", "B"])).toEqual(["A", "B"]);
  });
});

describe("updateProfileSchema", () => {
  const post = {
    partnershipId,
    version,
    localAuthorityAreas: "Northshire\nSouth Vale",
    "agencies.0.id": agencyId,
    "agencies.0.version": version,
    "agencies.0.whyChosen": "  Every school is represented.  ",
    "agencies.0.contribution": "",
    "agencies.1.id": otherAgencyId,
    "agencies.1.version": version,
    "agencies.1.whyChosen": "",
    "agencies.1.contribution": "£10,000 a year",
  };

  it("gathers each agency's fields from a form post; blanks become not recorded", () => {
    expect(updateProfileSchema.parse(post)).toEqual({
      partnershipId,
      version,
      localAuthorityAreas: ["Northshire", "South Vale"],
      agencies: [
        { id: agencyId, version, whyChosen: "Every school is represented.", contribution: null },
        { id: otherAgencyId, version, whyChosen: null, contribution: "£10,000 a year" },
      ],
    });
  });

  it("needs at least one local authority area, each 200 characters or fewer", () => {
    expect(errorsOf(updateProfileSchema, { ...post, localAuthorityAreas: " \n \n" })).toEqual({
      localAuthorityAreas: ["Enter at least one local authority area"],
    });
    expect(
      errorsOf(updateProfileSchema, { ...post, localAuthorityAreas: `Ok\n${"x".repeat(201)}` }),
    ).toEqual({
      "localAuthorityAreas.1": ["Each local authority area must be 200 characters or fewer"],
    });
  });

  it("keeps why chosen and contribution to 2,000 characters, with errors on the agency's field", () => {
    expect(
      errorsOf(updateProfileSchema, {
        ...post,
        "agencies.1.whyChosen": "w".repeat(2_001),
        "agencies.1.contribution": "c".repeat(2_001),
      }),
    ).toEqual({
      "agencies.1.whyChosen": ["Why the agency was chosen must be 2,000 characters or fewer"],
      "agencies.1.contribution": ["The agency’s contribution must be 2,000 characters or fewer"],
    });
  });

  it("refuses a missing version and the same agency twice", () => {
    expect(errorsOf(updateProfileSchema, { ...post, version: "yesterday" })).toEqual({
      version: ["Reload the page and try again"],
    });
    expect(errorsOf(updateProfileSchema, { ...post, "agencies.1.id": agencyId })).toEqual({
      "agencies.1.id": ["Each relevant agency can be changed only once in a save"],
    });
  });

  it("takes agencies as an array too (for callers that are not forms)", () => {
    const parsed = updateProfileSchema.parse({
      partnershipId,
      version,
      localAuthorityAreas: ["Northshire"],
      agencies: [{ id: agencyId, version, whyChosen: "Chosen", contribution: null }],
    });
    expect(parsed.agencies).toEqual([
      { id: agencyId, version, whyChosen: "Chosen", contribution: null },
    ]);
  });
});

describe("the history of an answer", () => {
  it("reads a first answer as added, with no previous answer", () => {
    const change = describeAnswerChange({ answer: null }, { answer: "Quarterly" });
    expect(change).toEqual({ kind: "added", after: "Quarterly" });
    expect(answerChangeTitle(change)).toBe("Answered the question");
    expect(describeAnswerChange(null, { answer: "Quarterly" })).toEqual({
      kind: "added",
      after: "Quarterly",
    });
  });

  it("reads a later save as before → after", () => {
    const change = describeAnswerChange({ answer: "Quarterly" }, { answer: "Monthly" });
    expect(change).toEqual({ kind: "changed", before: "Quarterly", after: "Monthly" });
    expect(answerChangeTitle(change)).toBe("Changed the answer");
  });

  it("reads an emptied answer as removed and an identical one as unchanged", () => {
    expect(describeAnswerChange({ answer: "Quarterly" }, { answer: "" })).toEqual({
      kind: "removed",
      before: "Quarterly",
    });
    const same = describeAnswerChange({ answer: "Quarterly" }, { answer: "Quarterly " });
    expect(same.kind).toBe("unchanged");
    expect(answerChangeTitle(same)).toBe("Saved the answer with no change");
  });

  it("copes with snapshots that are not what it expects", () => {
    expect(describeAnswerChange([1, 2], { answer: 7 })).toEqual({ kind: "unchanged", answer: "" });
  });
});

describe("the profile in words", () => {
  it("names a person with their job title when known", () => {
    expect(personLabel({ name: "Sam Patel", jobTitle: "Director of Children’s Services" })).toBe(
      "Sam Patel, Director of Children’s Services",
    );
    expect(personLabel({ name: "Sam Patel", jobTitle: null })).toBe("Sam Patel");
  });

  it("orders the statutory partners local authority, police, health, then by name", () => {
    const partners = [
      { name: "ICB", kind: "HEALTH_ICB" as const },
      { name: "Police", kind: "POLICE" as const },
      { name: "B Council", kind: "LOCAL_AUTHORITY" as const },
      { name: "A Council", kind: "LOCAL_AUTHORITY" as const },
    ];
    expect([...partners].sort(byKindThenName).map((p) => p.name)).toEqual([
      "A Council",
      "B Council",
      "Police",
      "ICB",
    ]);
  });
});
