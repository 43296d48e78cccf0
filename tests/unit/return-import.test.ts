import { describe, expect, it } from "vitest";
import {
  checkReturn,
  type CurrentResponse,
  type ImportContext,
} from "../../lib/domain/return-import";
import { readReturnWorkbook, type RawReturnRow } from "../../lib/domain/return-workbook";
import { offlineReturnRight, importBlockedReason } from "../../lib/domain/return-access";
import { questionnaireXlsx } from "../../lib/export/questionnaire-xlsx";
import { questionnaireFixture as fixture } from "../support/questionnaire-fixture";
import { fillReturn } from "../support/fill-return";

const blankResponse = (n: number): CurrentResponse => ({
  responseId: `r${n}`,
  version: 3,
  rating: null,
  narrative: "",
  remainingWork: "",
  notInScopeReason: null,
});

const context: ImportContext = {
  organisationId: fixture.organisationId,
  assessmentId: fixture.assessmentId,
  organisationName: "Northshire Academy Trust",
  questions: new Map([
    ["six-steps:1.1", { questionId: "q11", code: "1.1" }],
    ["six-steps:1.2", { questionId: "q12", code: "1.2" }],
    ["six-steps:2.1", { questionId: "q21", code: "2.1" }],
  ]),
  // 2.1 is a framework question the organisation is not asked.
  responses: new Map([
    ["q11", blankResponse(11)],
    ["q12", { ...blankResponse(12), rating: "GREEN", narrative: "Already saved" }],
  ]),
};

const row = (n: number, key: string, answers: Partial<RawReturnRow["answers"]>): RawReturnRow => ({
  row: n,
  key,
  code: "",
  answers: { rating: "", narrative: "", remainingWork: "", notInScopeReason: "", ...answers },
  problems: [],
});

const file = (rows: RawReturnRow[], ids: Partial<ImportContext> = {}) => ({
  organisationId: ids.organisationId ?? fixture.organisationId,
  assessmentId: ids.assessmentId ?? fixture.assessmentId,
  rows,
});

describe("checking an uploaded return's rows", () => {
  it("turns filled rows into changes with the version they were checked at, skipping blank and unchanged rows", () => {
    const result = checkReturn(
      file([
        row(2, "six-steps:1.1", { rating: "amber", narrative: "Minutes", remainingWork: "Train" }),
        row(3, "six-steps:1.2", { rating: "Green", narrative: "Already saved" }),
        row(4, "six-steps:2.1", {}),
      ]),
      context,
    );
    expect(result).toEqual({
      ok: true,
      changes: [
        {
          row: 2,
          questionId: "q11",
          code: "1.1",
          responseId: "r11",
          version: 3,
          before: { rating: null, narrative: "", remainingWork: "", notInScopeReason: null },
          after: {
            rating: "AMBER",
            narrative: "Minutes",
            remainingWork: "Train",
            notInScopeReason: null,
          },
        },
      ],
    });
  });

  it("lists every problem by row: unknown, not asked, invalid rating, the response rules, twice", () => {
    const result = checkReturn(
      file([
        row(2, "six-steps:1.1", { rating: "Red" }),
        row(3, "six-steps:9.9", { rating: "Green" }),
        row(4, "six-steps:2.1", { rating: "Green" }),
        row(5, "six-steps:1.2", { rating: "Purple" }),
        row(6, "six-steps:1.2", { rating: "Amber" }),
        row(7, "", { narrative: "orphan" }),
      ]),
      context,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        "Row 2 (question 1.1): A Red rating needs a narrative explaining it",
        'Row 3: unknown question "six-steps:9.9"',
        "Row 4 (question 2.1): Northshire Academy Trust is not asked this question in this assessment",
        'Row 5 (question 1.2): "Purple" is not a rating: choose Red, Amber, Green, Not in scope',
        "Row 6 (question 1.2): the question is answered twice (also on row 5)",
        "Row 7: the question key is missing, so the answer cannot be matched to a question: do not change the hidden column A",
      ],
    });
  });

  it("needs the remaining work for Amber, a reason for not in scope, a rating for any text, and text within limits", () => {
    const result = checkReturn(
      file([
        row(2, "six-steps:1.1", { rating: "Not in scope" }),
        row(3, "six-steps:1.2", { rating: "Amber", narrative: "x".repeat(20_001) }),
      ]),
      context,
    );
    expect(result.ok ? [] : result.problems).toEqual([
      "Row 2 (question 1.1): Say why this question is not in scope this cycle",
      "Row 3 (question 1.2): The narrative must be 20,000 characters or fewer",
      "Row 3 (question 1.2): Say what work remains for a full positive answer",
    ]);
    const noRating = checkReturn(
      file([row(2, "six-steps:1.1", { narrative: "Some text" })]),
      context,
    );
    expect(noRating).toEqual({
      ok: false,
      problems: ["Row 2 (question 1.1): choose a rating: Red, Amber, Green, Not in scope"],
    });
  });

  it("refuses a file made for another organisation or assessment before looking at its rows", () => {
    const rows = [row(2, "six-steps:1.1", { rating: "Red" })];
    const other = checkReturn(file(rows, { organisationId: "someone-else" }), context);
    expect(other).toEqual({
      ok: false,
      problems: [
        "This file is the return of a different organisation or assessment, not Northshire Academy Trust's: download the questionnaire for Northshire Academy Trust and copy your answers into it",
      ],
    });
    const anonymous = checkReturn({ organisationId: null, assessmentId: null, rows }, context);
    expect(anonymous.ok ? "" : anonymous.problems[0]).toMatch(
      /^The About sheet does not say whose return this is/,
    );
  });
});

describe("reading an uploaded workbook", () => {
  it("refuses a file that is not a spreadsheet, or whose sheet or columns were changed", async () => {
    expect(await readReturnWorkbook(new TextEncoder().encode("not a workbook"))).toEqual({
      ok: false,
      problems: ["The file could not be read as an Excel spreadsheet"],
    });
    const blank = await questionnaireXlsx(fixture);
    const renamed = await fillReturn(blank, {}, (wb) => {
      wb.getWorksheet("Return")!.name = "Answers";
    });
    expect(await readReturnWorkbook(renamed)).toEqual({
      ok: false,
      problems: [
        "The file has no sheet called Return: use the questionnaire downloaded from Six Steps",
      ],
    });
    const moved = await fillReturn(blank, {}, (wb) => {
      wb.getWorksheet("Return")!.getCell("E1").value = "RAG";
    });
    const read = await readReturnWorkbook(moved);
    expect(read.ok ? "" : read.problems[0]).toMatch(/moved or renamed \("Rating"\)/);
  });

  it("reports an error value in a cell by its row", async () => {
    const filled = await fillReturn(await questionnaireXlsx(fixture), {
      "3.2": { rating: "Red", narrative: { error: "#N/A" } as never },
    });
    const read = await readReturnWorkbook(filled);
    if (!read.ok) throw new Error("unreadable");
    expect(read.rows[2]?.problems).toEqual([
      "Row 4: the Evidence and narrative cell holds an error value: type words instead",
    ]);
  });
});

describe("who may use an organisation's offline form", () => {
  const participant = {
    assessmentKind: "WIDER_PARTNER_SELF_ASSESSMENT",
    organisationId: "org",
    organisationName: "Northshire Academy Trust",
  };
  it("is its own agency respondent, or the business manager on its behalf", () => {
    expect(
      offlineReturnRight({ role: "AGENCY_RESPONDENT", organisationId: "org" }, participant),
    ).toEqual({ allowed: true, onBehalf: false });
    expect(
      offlineReturnRight({ role: "BUSINESS_MANAGER", organisationId: null }, participant),
    ).toEqual({ allowed: true, onBehalf: true });
    expect(
      offlineReturnRight({ role: "AGENCY_RESPONDENT", organisationId: "other" }, participant)
        .allowed,
    ).toBe(false);
    expect(
      offlineReturnRight({ role: "SCRUTINEER", organisationId: null }, participant).allowed,
    ).toBe(false);
    expect(
      offlineReturnRight(
        { role: "BUSINESS_MANAGER", organisationId: null },
        { ...participant, assessmentKind: "INDEPENDENT_SCRUTINY" },
      ).allowed,
    ).toBe(false);
  });
  it("imports nothing once the answers are submitted or the assessment is finalised", () => {
    expect(importBlockedReason("IN_PROGRESS", "IN_PROGRESS", "X")).toBeNull();
    expect(importBlockedReason("SUBMITTED", "IN_PROGRESS", "X")).toMatch(/already submitted/);
    expect(importBlockedReason("NOT_STARTED", "FINALISED", "X")).toMatch(/finalised/);
  });
});
