import { describe, expect, it } from "vitest";
import type { ActionStatusValue } from "../../lib/domain/actions";
import {
  describeChange,
  littleProgressCandidates,
  stepEffectiveness,
  YEARLY_REPORT_PARTS,
} from "../../lib/domain/yearly-report";
import {
  addMonths,
  missingSignOffs,
  publicationStatus,
  submissionStatus,
} from "../../lib/domain/yearly-report-publication";

describe("the section's required parts", () => {
  it("come in the report's order with the headings a reader sees", () => {
    expect(YEARLY_REPORT_PARTS.map((part) => part.heading)).toEqual([
      "What we did and how effective it was",
      "Evidence of impact, including training",
      "Areas with little or no evidence of progress",
      "Decisions and actions on case review recommendations",
      "How we sought and used feedback from children and families",
      "Independent scrutiny arrangements",
      "Statement of assurance",
    ]);
  });

  it("map the five items seed 002 §3.9 requires, quoting its words", () => {
    const fromSeed = YEARLY_REPORT_PARTS.filter((part) => part.source === "Seed 002 §3.9");
    expect(fromSeed).toHaveLength(5);
    expect(fromSeed.map((part) => part.requirement)).toEqual([
      expect.stringContaining("how effective these arrangements have been in practice"),
      expect.stringContaining("including training, on outcomes for children and families"),
      expect.stringContaining("little or no evidence of progress on agreed priorities"),
      expect.stringContaining("recommendations of any local and national child safeguarding"),
      expect.stringContaining("feedback from children and families"),
    ]);
    expect(new Set(YEARLY_REPORT_PARTS.map((part) => part.key)).size).toBe(7);
  });
});

describe("candidates for little or no evidence of progress", () => {
  const q = (code: string, rating: "RED" | "AMBER" | "GREEN" | "NOT_IN_SCOPE" | null) => ({
    code,
    text: `Question ${code}`,
    stepNumber: Number(code.split(".")[0]),
    rating,
  });
  const action = (description: string, dueOn: string, status: ActionStatusValue = "ON_TRACK") => ({
    description,
    owner: "Police",
    dueOn,
    status,
  });

  it("lists Red questions before Amber ones, each in question order, and nothing else", () => {
    const { questions } = littleProgressCandidates(
      [
        q("5.3", "AMBER"),
        q("2.1", "GREEN"),
        q("4.1", "RED"),
        q("1.10", "RED"),
        q("1.2", "RED"),
      ].concat([q("3.4", "AMBER"), q("6.1", "NOT_IN_SCOPE"), q("6.2", null)]),
      [],
      new Date("2026-12-07T12:00:00Z"),
    );
    expect(questions.map((item) => `${item.code} ${item.rating}`)).toEqual([
      "1.2 RED",
      "1.10 RED",
      "4.1 RED",
      "3.4 AMBER",
      "5.3 AMBER",
    ]);
  });

  it("lists the actions overdue in London, most overdue first, not complete or due ones", () => {
    const { overdueActions } = littleProgressCandidates(
      [],
      [
        action("Audit strategy meetings", "2026-06-30"),
        action("Refresh the threshold document", "2026-03-31"),
        action("Train designated leads", "2026-03-01", "COMPLETE"),
        action("Due later", "2026-07-01"),
      ],
      // 30 June 23:30 UTC is already 1 July in London (BST).
      new Date("2026-06-30T23:30:00Z"),
    );
    expect(overdueActions.map((a) => [a.description, a.daysOverdue])).toEqual([
      ["Refresh the threshold document", 92],
      ["Audit strategy meetings", 1],
    ]);
  });
});

describe("effectiveness per step", () => {
  const steps = [
    { number: 1, title: "Step 1" },
    { number: 2, title: "Step 2" },
  ];
  const current = [
    { stepNumber: 1, key: "a", rating: "GREEN" as const },
    { stepNumber: 1, key: "b", rating: "AMBER" as const },
    { stepNumber: 1, key: "new", rating: "RED" as const },
    { stepNumber: 2, key: "c", rating: "RED" as const },
    { stepNumber: 2, key: "d", rating: "GREEN" as const },
  ];

  it("counts this cycle's ratings and compares each question with itself last cycle", () => {
    const previous = [
      { key: "a", rating: "AMBER" as const },
      { key: "b", rating: "AMBER" as const },
      { key: "c", rating: "GREEN" as const },
      { key: "d", rating: "GREEN" as const },
    ];
    const [one, two] = stepEffectiveness(steps, current, previous);
    expect(one!.counts).toMatchObject({ RED: 1, AMBER: 1, GREEN: 1 });
    expect(one!.previousCounts).toMatchObject({ RED: 0, AMBER: 2, GREEN: 0 });
    expect(describeChange(one!)).toBe("1 improved, 1 the same");
    expect(two!.counts).toMatchObject({ RED: 1, AMBER: 0, GREEN: 1 });
    expect(describeChange(two!)).toBe("1 declined, 1 the same");
  });

  it("says so when there is no previous cycle", () => {
    const [one] = stepEffectiveness(steps, current, null);
    expect(one!.previousCounts).toBeNull();
    expect(describeChange(one!)).toBe("No previous cycle to compare");
  });
});

describe("publication: at least every 12 months", () => {
  it("is due 12 months after the last publication and overdue from the next London day", () => {
    expect(publicationStatus("2025-07-15", new Date("2026-07-15T22:30:00Z"))).toMatchObject({
      kind: "DUE",
      nextDueOn: "2026-07-15",
      daysLeft: 0,
    });
    // 23:30 UTC on 15 July is 00:30 on 16 July in London.
    expect(publicationStatus("2025-07-15", new Date("2026-07-15T23:30:00Z"))).toMatchObject({
      kind: "OVERDUE",
      daysOverdue: 1,
    });
    expect(publicationStatus(null)).toEqual({ kind: "NEVER_PUBLISHED" });
  });

  it("keeps a 29 February publication within 12 months", () => {
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2025-08-31", 6)).toBe("2026-02-28");
  });
});

describe("sending a copy within seven days", () => {
  it("is on time up to the seventh day after publication and late after it", () => {
    expect(submissionStatus("2026-07-01", "2026-07-08")).toMatchObject({ kind: "SENT_ON_TIME" });
    expect(submissionStatus("2026-07-01", "2026-07-10")).toMatchObject({
      kind: "SENT_LATE",
      daysLate: 2,
    });
  });

  it("is not sent yet until the seventh day, then overdue", () => {
    expect(submissionStatus("2026-07-01", null, new Date("2026-07-08T12:00:00Z"))).toEqual({
      kind: "NOT_SENT",
      sendBy: "2026-07-08",
      daysLeft: 0,
    });
    expect(submissionStatus("2026-07-01", null, new Date("2026-07-08T23:30:00Z"))).toEqual({
      kind: "OVERDUE",
      sendBy: "2026-07-08",
      daysOverdue: 1,
    });
  });
});

describe("sign-off", () => {
  it("waits for every statutory partner organisation", () => {
    const partners = [{ id: "la" }, { id: "police" }, { id: "icb" }];
    expect(missingSignOffs(partners, [{ organisationId: "police" }])).toEqual([
      { id: "la" },
      { id: "icb" },
    ]);
    expect(
      missingSignOffs(
        partners,
        partners.map((p) => ({ organisationId: p.id })),
      ),
    ).toEqual([]);
  });
});
