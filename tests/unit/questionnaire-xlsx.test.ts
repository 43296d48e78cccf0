import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { questionnaireXlsx } from "../../lib/export/questionnaire-xlsx";
import { readReturnWorkbook } from "../../lib/domain/return-workbook";
import { ABOUT_SHEET, RETURN_SHEET } from "../../lib/domain/return-form";
import { questionnaireFixture as fixture } from "../support/questionnaire-fixture";
import { fillReturn } from "../support/fill-return";

describe("the blank questionnaire as an Excel workbook", () => {
  let bytes: Buffer;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await questionnaireXlsx(fixture);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  });

  it("has a Return sheet with one row per assigned question, the key column hidden", () => {
    const sheet = workbook.getWorksheet(RETURN_SHEET)!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Question key (do not change)",
      "Step",
      "Question",
      "What the question asks",
      "Rating",
      "Evidence and narrative",
      "Remaining work",
      "Reason if not in scope",
    ]);
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(sheet.actualRowCount).toBe(4);
    expect(sheet.getCell("A4").value).toBe("six-steps:3.2");
    expect(sheet.getCell("B4").value).toBe("Step 3: Voice of the child");
    expect(sheet.getCell("C4").value).toBe("3.2");
    expect(sheet.getCell("D4").value).toBe("Are children heard?");
  });

  it("offers the ratings as a list and leaves only the answer cells unlocked", () => {
    const sheet = workbook.getWorksheet(RETURN_SHEET)!;
    const validation = sheet.getCell("E2").dataValidation;
    expect(validation.type).toBe("list");
    expect(validation.formulae).toEqual(['"Red,Amber,Green,Not in scope"']);
    for (const address of ["E2", "F2", "G2", "H2"])
      expect(sheet.getCell(address).protection?.locked).toBe(false);
    expect(sheet.getCell("A2").protection?.locked).not.toBe(false);
    expect(sheet.getCell("D2").protection?.locked).not.toBe(false);
  });

  it("says on the About sheet whose return it is, when it is due and what the ratings mean", () => {
    const about = workbook.getWorksheet(ABOUT_SHEET)!;
    const pairs = new Map<string, string>();
    about.eachRow((row) => pairs.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(pairs.get("Organisation")).toBe("Northshire Academy Trust");
    expect(pairs.get("Deadline")).toBe("1 July 2026");
    expect(pairs.get("Red")).toBe("Little or no evidence of progress");
    expect(pairs.get("Organisation id")).toBe(fixture.organisationId);
    expect(pairs.get("Assessment id")).toBe(fixture.assessmentId);
  });

  it("is read back as blank rows with the same keys and the file's identity", async () => {
    const read = await readReturnWorkbook(new Uint8Array(bytes));
    expect(read).toMatchObject({
      ok: true,
      organisationId: fixture.organisationId,
      assessmentId: fixture.assessmentId,
    });
    if (!read.ok) return;
    expect(read.rows.map((r) => [r.row, r.key, r.answers.rating])).toEqual([
      [2, "six-steps:1.1", ""],
      [3, "six-steps:1.2", ""],
      [4, "six-steps:3.2", ""],
    ]);
  });

  it("reads what a respondent typed, and reports a formula instead of evaluating it", async () => {
    const filled = await fillReturn(bytes, {
      "1.1": { rating: "Amber", narrative: "Board minutes", remainingWork: "Train governors" },
      "1.2": { rating: { formula: 'IF(1,"Green")', result: "Green" } as ExcelJS.CellFormulaValue },
    });
    const read = await readReturnWorkbook(filled);
    if (!read.ok) throw new Error(read.problems.join("; "));
    expect(read.rows[0]?.answers).toEqual({
      rating: "Amber",
      narrative: "Board minutes",
      remainingWork: "Train governors",
      notInScopeReason: "",
    });
    expect(read.rows[1]?.problems).toEqual([
      "Row 3: the Rating cell holds a formula: type words instead",
    ]);
  });
});
