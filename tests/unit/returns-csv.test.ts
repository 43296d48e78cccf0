import { describe, expect, it } from "vitest";
import {
  RETURNS_CSV_EXAMPLE,
  deadlineFromText,
  kindFromText,
  readReturnsCsv,
} from "../../lib/domain/returns-csv";

const HEADER = "organisation,kind,respondent name,respondent email,deadline";
const known = [
  { id: "org-police", name: "Northshire Police", kind: "POLICE" as const },
  { id: "org-school", name: "Northfield Academy", kind: "EDUCATION" as const },
];
const read = (rows: string[], takingPart: string[] = []) =>
  readReturnsCsv([HEADER, ...rows].join("\n"), known, new Set(takingPart));

describe("deadlineFromText and kindFromText", () => {
  it("reads DD/MM/YYYY and YYYY-MM-DD as real dates only", () => {
    expect(deadlineFromText("31/03/2027")).toBe("2027-03-31");
    expect(deadlineFromText("1/4/2027")).toBe("2027-04-01");
    expect(deadlineFromText("2027-04-01")).toBe("2027-04-01");
    expect(deadlineFromText("31/02/2027")).toBeNull();
    expect(deadlineFromText("03/31/2027")).toBeNull();
    expect(deadlineFromText("next Friday")).toBeNull();
  });

  it("understands the kinds as people write them", () => {
    expect(kindFromText("Education")).toBe("EDUCATION");
    expect(kindFromText("other relevant agency")).toBe("OTHER_RELEVANT_AGENCY");
    expect(kindFromText("Health (integrated care board)")).toBe("HEALTH_ICB");
    expect(kindFromText("HEALTH_ICB")).toBe("HEALTH_ICB");
    expect(kindFromText("bakery")).toBeUndefined();
  });
});

describe("readReturnsCsv", () => {
  it("reads the example file: a known organisation by name and a new relevant agency", () => {
    const result = readReturnsCsv(RETURNS_CSV_EXAMPLE, known, new Set());
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          organisationId: "org-school",
          organisationName: "Northfield Academy",
          kind: "EDUCATION",
          respondentName: "Sam Okafor",
          respondentEmail: "s.okafor@northfield.example.org",
          dueOn: "2027-03-31",
        },
        {
          row: 3,
          organisationId: null,
          organisationName: "Riverside Housing Association",
          kind: "OTHER_RELEVANT_AGENCY",
          respondentName: "Alex Byrne",
          respondentEmail: "alex.byrne@riverside.example.org",
          dueOn: "2027-03-31",
        },
      ],
    });
  });

  it("names the row and column of every problem and returns no rows", () => {
    const result = read([
      "Riverside Housing,Other relevant agency,Alex Byrne,alex@example.org,31/03/2027",
      ",bakery,,not-an-email,31/02/2027",
      "Northshire Police,Education,Jo Bloggs,ALEX@example.org,2027-03-31",
      "riverside housing,other,Kim Lee,kim@example.org,2027-03-31",
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        "Row 3, organisation: enter the organisation's name",
        'Row 3, kind: "bakery" is not one of local authority, police, health (integrated care board), education, probation, other relevant agency',
        "Row 3, respondent name: enter the respondent's name",
        'Row 3, respondent email: "not-an-email" is not a valid email address',
        'Row 3, deadline: "31/02/2027" is not a real date written DD/MM/YYYY or YYYY-MM-DD',
        "Row 4, kind: Northshire Police is recorded as police, not education",
        "Row 4, respondent email: alex@example.org is also on row 2",
        "Row 5, organisation: riverside housing is also on row 2",
      ],
    });
  });

  it("refuses an organisation already taking part", () => {
    const result = read(
      ["Northshire Police,Police,Jo Bloggs,jo@example.org,2027-03-31"],
      ["org-police"],
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        "Row 2, organisation: Northshire Police is already taking part in this self-assessment",
      ],
    });
  });

  it("needs the headings, at least one row and no more than 200", () => {
    expect(readReturnsCsv("name,email\nA,b@example.org", known, new Set())).toEqual({
      ok: false,
      problems: [
        "The first row must be the headings organisation,kind,respondent name,respondent email,deadline",
      ],
    });
    expect(read([])).toEqual({ ok: false, problems: ["The file has no organisations in it"] });
    const many = Array.from(
      { length: 201 },
      (_, i) => `Org ${i},Education,Person ${i},p${i}@example.org,2027-03-31`,
    );
    expect(read(many)).toEqual({
      ok: false,
      problems: ["The file has 201 organisations; split it into files of 200 or fewer"],
    });
    expect(read(many.slice(0, 200)).ok).toBe(true);
  });
});
