import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CsvError, parseCsv } from "../../lib/domain/csv";
import { readInvitationCsv, roleFromText } from "../../lib/domain/member-csv";

const cells = (text: string) => parseCsv(text).map((record) => record.cells);

describe("parseCsv", () => {
  it("splits plain rows and keeps empty cells", () => {
    expect(cells("a,b,c\n1,,3")).toEqual([
      ["a", "b", "c"],
      ["1", "", "3"],
    ]);
  });

  it("keeps commas, doubled quotes and line breaks inside quotes", () => {
    expect(cells('name,note\n"Smith, Alex","said ""hello""\nand left"')).toEqual([
      ["name", "note"],
      ["Smith, Alex", 'said "hello"\nand left'],
    ]);
  });

  it("accepts CRLF, LF and CR line ends, a byte-order mark and a missing final line end", () => {
    expect(cells("\uFEFFa,b\r\n1,2\r3,4\n5,6")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
  });

  it("skips blank lines and rows of empty cells, but numbers rows as a spreadsheet does", () => {
    expect(parseCsv("a,b\r\n\r\n,\r\n1,2\r\n\r\n")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 4, cells: ["1", "2"] },
    ]);
    expect(parseCsv('a\n"two\nlines"\nnext')).toEqual([
      { line: 1, cells: ["a"] },
      { line: 2, cells: ["two\nlines"] },
      { line: 4, cells: ["next"] },
    ]);
  });

  it("reads an empty file as no rows", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\uFEFF\r\n")).toEqual([]);
  });

  it("names the line of an unclosed quote", () => {
    const attempt = () => parseCsv('a\nb\n"open,c\nd');
    expect(attempt).toThrow(CsvError);
    expect(attempt).toThrow(expect.objectContaining({ line: 3 }));
  });
});

describe("reading an invitation file", () => {
  const organisations = [
    { id: "org-police", name: "Police" },
    { id: "org-schools", name: "Schools Alliance" },
  ];

  it("understands roles in words, as enum values or as the short form", () => {
    expect(roleFromText("Business Manager")).toBe("BUSINESS_MANAGER");
    expect(roleFromText(" agency_respondent ")).toBe("AGENCY_RESPONDENT");
    expect(roleFromText("independent scrutineer")).toBe("SCRUTINEER");
    expect(roleFromText("Scrutineer")).toBe("SCRUTINEER");
    expect(roleFromText("agency-contributor")).toBe("AGENCY_CONTRIBUTOR");
    expect(roleFromText("boss")).toBeUndefined();
  });

  it("returns every person when every row is good, with headings in any order", () => {
    const result = readInvitationCsv(
      "Role,Email,Organisation,Name\nviewer,A@Example.org,,\nagency respondent,b@example.org,schools alliance,Bea\n",
      organisations,
    );
    expect(result).toEqual({
      ok: true,
      people: [
        {
          row: 2,
          email: "a@example.org",
          name: undefined,
          role: "VIEWER",
          organisationId: undefined,
        },
        {
          row: 3,
          email: "b@example.org",
          name: "Bea",
          role: "AGENCY_RESPONDENT",
          organisationId: "org-schools",
        },
      ],
    });
  });

  it("names every problem by its row", () => {
    const result = readInvitationCsv(
      [
        "email,name,role,organisation",
        "a@example.org,,viewer,",
        "not-an-email,,boss,",
        "b@example.org,,agency respondent,",
        "c@example.org,,viewer,Fire Service",
        "A@example.org,,viewer,",
      ].join("\n"),
      organisations,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'Row 3: email "not-an-email" is not valid',
        'Row 3: role "boss" is not one of business manager, independent scrutineer, agency respondent, agency contributor, viewer',
        "Row 4: enter an organisation: every agency respondent belongs to one",
        `Row 5: organisation "Fire Service" is not one of this partnership's organisations`,
        "Row 6: a@example.org is also on row 2",
      ],
    });
  });

  it("refuses a file without the headings, without people, or with too many", () => {
    expect(readInvitationCsv("mail,role\nx@example.org,viewer", organisations)).toEqual({
      ok: false,
      problems: ["The first row must be the headings email,name,role,organisation"],
    });
    expect(readInvitationCsv("email,name,role,organisation\n", organisations)).toEqual({
      ok: false,
      problems: ["The file has no people in it"],
    });
    const many = Array.from({ length: 501 }, (_, i) => `p${i}@example.org,,viewer,`);
    expect(
      readInvitationCsv(["email,name,role,organisation", ...many].join("\n"), organisations),
    ).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/501 people/)],
    });
  });

  it("accepts the example file offered for download", () => {
    const example = readFileSync(
      new URL("../../public/members-example.csv", import.meta.url),
      "utf8",
    );
    const result = readInvitationCsv(example, [
      { id: "org-police", name: "Police" },
      { id: "org-council", name: "County Council" },
    ]);
    expect(result).toMatchObject({ ok: true, people: { length: 4 } });
  });
});
