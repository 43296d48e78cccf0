import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  RATING_COLUMNS,
  ratingChange,
  ratingsCsv,
  ratingsXlsx,
  type RatingRow,
} from "../../lib/export/yearly-report-ratings";

const row = (rating: RatingRow["rating"], previousRating: RatingRow["previousRating"]) => ({
  stepNumber: 1,
  stepTitle: "Leadership",
  code: "1.10",
  text: '=HYPERLINK("http://evil")',
  rating,
  previousRating,
});

describe("the yearly report's ratings export", () => {
  it("words the change since last cycle for every case", () => {
    expect(ratingChange(row("GREEN", "AMBER"), true)).toBe("Improved (was Amber)");
    expect(ratingChange(row("RED", "GREEN"), true)).toBe("Declined (was Green)");
    expect(ratingChange(row("AMBER", "AMBER"), true)).toBe("Same as last cycle");
    expect(ratingChange(row("AMBER", null), true)).toBe("Not rated last cycle");
    expect(ratingChange(row("NOT_IN_SCOPE", "RED"), true)).toBe("Not compared (was Red)");
    expect(ratingChange(row(null, "RED"), true)).toBe("Not compared (was Red)");
    expect(ratingChange(row("GREEN", null), false)).toBe("No previous cycle to compare");
  });

  it("writes the same columns and words to CSV and Excel, never a formula", async () => {
    const rows = [row("NOT_IN_SCOPE", "AMBER"), row(null, null)];
    const csv = ratingsCsv(rows, true);
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFStep,Question,What the question asks,Rating,Change since last cycle",
      `Step 1: Leadership,1.10,"'=HYPERLINK(""http://evil"")",Not in scope,Not compared (was Amber)`,
      `Step 1: Leadership,1.10,"'=HYPERLINK(""http://evil"")",Not yet agreed,Not rated last cycle`,
      "",
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await ratingsXlsx(rows, true)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Ratings")!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(RATING_COLUMNS.map((c) => c.heading));
    expect(values(2)).toEqual([
      "Step 1: Leadership",
      "1.10",
      '=HYPERLINK("http://evil")',
      "Not in scope",
      "Not compared (was Amber)",
    ]);
    expect(sheet.getCell("C2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("B2").numFmt).toBe("@");
  });
});
