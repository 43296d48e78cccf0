import { describe, expect, it } from "vitest";
import { CSV_BOM, csvEscape, csvLine, toCsv } from "../../lib/export/csv";

describe("csvEscape", () => {
  it("leaves plain text alone", () => {
    expect(csvEscape("Jane Smith")).toBe("Jane Smith");
    expect(csvEscape("")).toBe("");
  });

  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+SUM(A1:A2)", "'+SUM(A1:A2)"],
    ["-2+3", "'-2+3"],
    ["@SUM(1)", "'@SUM(1)"],
    ["\tcmd", "'\tcmd"],
  ])("stops %j from running as a formula", (input, expected) => {
    expect(csvEscape(input)).toBe(expected);
  });

  it("escapes a carriage return at the start and quotes the cell", () => {
    expect(csvEscape("\r=1+1")).toBe(`"'\r=1+1"`);
  });

  it("does not touch formula characters later in the text", () => {
    expect(csvEscape("a=b")).toBe("a=b");
    expect(csvEscape("name@example.org")).toBe("name@example.org");
  });

  it("quotes cells with commas, quotes or line breaks and doubles the quotes", () => {
    expect(csvEscape("Smith, Jane")).toBe('"Smith, Jane"');
    expect(csvEscape('Said "no"')).toBe('"Said ""no"""');
    expect(csvEscape("two\nlines")).toBe('"two\nlines"');
  });

  it("quotes an escaped formula that also needs quoting", () => {
    expect(csvEscape('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it("writes empty cells for null and undefined, text for numbers and dates", () => {
    expect(csvEscape(null)).toBe("");
    expect(csvEscape(undefined)).toBe("");
    expect(csvEscape(42)).toBe("42");
    expect(csvEscape(-1)).toBe("'-1");
    expect(csvEscape(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02T03:04:05.000Z");
  });
});

describe("toCsv", () => {
  it("joins cells with commas and rows with CRLF", () => {
    expect(
      toCsv([
        ["When", "Who"],
        ["today", "=cmd"],
      ]),
    ).toBe("When,Who\r\ntoday,'=cmd\r\n");
  });

  it("writes one line", () => {
    expect(csvLine(["a", "b,c"])).toBe('a,"b,c"\r\n');
  });

  it("has a UTF-8 byte-order mark for Excel", () => {
    expect(CSV_BOM.codePointAt(0)).toBe(0xfeff);
  });
});
