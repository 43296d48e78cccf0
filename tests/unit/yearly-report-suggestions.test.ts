import { describe, expect, it } from "vitest";
import { ragCounts } from "../../lib/domain/report";
import { stepEffectiveness } from "../../lib/domain/yearly-report";
import {
  emptyParts,
  partStatus,
  saveYearlyPartSchema,
  sectionEditable,
  sectionVisibleTo,
} from "../../lib/domain/yearly-report-drafting";
import {
  countsInWords,
  yearlyReportSuggestions,
  type SuggestionFacts,
} from "../../lib/domain/yearly-report-suggestions";

const steps = [
  { number: 1, title: "Leadership" },
  { number: 2, title: "Learning" },
];

const facts: SuggestionFacts = {
  cycleName: "2025–26",
  scrutinyTitle: "Independent scrutiny 2025–26",
  steps: stepEffectiveness(
    steps,
    [
      { stepNumber: 1, key: "q1", rating: "GREEN" },
      { stepNumber: 1, key: "q2", rating: "GREEN" },
      { stepNumber: 2, key: "q3", rating: "RED" },
      { stepNumber: 2, key: "q4", rating: "AMBER" },
      { stepNumber: 2, key: "q5", rating: "AMBER" },
      { stepNumber: 2, key: "q6", rating: "GREEN" },
    ],
    [
      { key: "q1", rating: "AMBER" },
      { key: "q2", rating: "GREEN" },
      { key: "q3", rating: "AMBER" },
      { key: "q4", rating: "RED" },
    ],
  ),
  redAmber: [
    { code: "2.1", text: "Is learning shared?", rating: "RED" },
    { code: "2.2", text: "Is practice audited?", rating: "AMBER" },
  ],
  overdueActions: [{ description: "Refresh the audit tool", owner: "Police", daysOverdue: 12 }],
  caseReviews: [
    {
      identifier: "Child L",
      recommendations: [
        {
          number: 1,
          text: "Improve information sharing.",
          partnershipResponse: "Accepted",
          actions: [{ description: "Write the protocol", status: "On track" }],
        },
        { number: 2, text: "Train GPs.", partnershipResponse: null, actions: [] },
      ],
    },
    { identifier: "Child M", recommendations: [] },
  ],
  childrenFamilies: {
    number: 3,
    title: "Children and families are involved",
    questions: [
      { code: "3.1", text: "Are children consulted?", rating: "AMBER" },
      { code: "3.2", text: "Are families heard?", rating: null },
    ],
    narrative: "Young people's panel met four times.",
  },
  impactEvidence: [
    { title: "Re-referral rates fell", nature: "OUTCOME", training: false },
    { title: "Training attendance 2025", nature: "PROCESS", training: true },
  ],
  arrangements: [
    { number: 1, text: "Who employs the scrutineer?", answer: "The partners jointly." },
  ],
};

describe("the suggested text for each part", () => {
  const suggestions = yearlyReportSuggestions(facts);

  it("sums up each step's agreed ratings and the change since the last cycle", () => {
    expect(suggestions.whatWasDone).toBe(
      [
        "Independent scrutiny 2025–26: the agreed ratings for each step, and the change since the last cycle.",
        "Step 1: 2 Green (1 improved, 1 the same)",
        "Step 2: 1 Red, 2 Amber, 1 Green (1 improved, 1 declined)",
      ].join("\n"),
    );
  });

  it("says there is nothing to compare when there was no previous cycle", () => {
    const first = yearlyReportSuggestions({
      ...facts,
      steps: stepEffectiveness(steps, [{ stepNumber: 1, key: "q1", rating: "RED" }], null),
    });
    expect(first.whatWasDone).toContain("Step 1: 1 Red (No previous cycle to compare)");
    expect(first.whatWasDone).toContain("Step 2: no agreed ratings");
  });

  it("lists the Red and Amber questions by word and the overdue actions for little progress", () => {
    expect(suggestions.littleProgress).toBe(
      [
        "Questions rated Red or Amber:",
        "2.1 (Red): Is learning shared?",
        "2.2 (Amber): Is practice audited?",
        "Overdue actions:",
        "Refresh the audit tool (Police; 12 days overdue)",
      ].join("\n"),
    );
  });

  it("gives each recommendation with its response and its actions' status", () => {
    expect(suggestions.caseReviewActions).toBe(
      [
        "Child L:",
        "Recommendation 1: Improve information sharing. Response: Accepted. Actions: Write the protocol (On track).",
        "Recommendation 2: Train GPs. Response: no response recorded. Actions: no action raised.",
      ].join("\n"),
    );
    expect(suggestions.caseReviewActions).not.toContain("Child M");
  });

  it("uses step 3's ratings and the scrutineers' narrative for children and families", () => {
    expect(suggestions.childrenFamiliesFeedback).toBe(
      [
        "Step 3: Children and families are involved",
        "3.1 (Amber): Are children consulted?",
        "3.2 (not rated): Are families heard?",
        "The scrutineers said: Young people's panel met four times.",
      ].join("\n"),
    );
  });

  it("lists outcome evidence and, separately, step 6's training evidence", () => {
    expect(suggestions.impactEvidence).toBe(
      [
        "Evidence of outcomes cited in the scrutiny:",
        "- Re-referral rates fell",
        "Training (step 6):",
        "- Training attendance 2025",
      ].join("\n"),
    );
  });

  it("quotes the answered Section 6 questions with their answers", () => {
    expect(suggestions.scrutinyArrangements).toBe(
      "Who employs the scrutineer?\nThe partners jointly.",
    );
  });

  it("never suggests the statement of assurance: the partners write it", () => {
    expect(suggestions.assuranceStatement).toBeNull();
  });

  it("suggests nothing for a part with no data behind it", () => {
    const empty = yearlyReportSuggestions({
      ...facts,
      scrutinyTitle: null,
      steps: [],
      redAmber: [],
      overdueActions: [],
      caseReviews: [],
      childrenFamilies: null,
      impactEvidence: [{ title: "A process note", nature: "PROCESS", training: false }],
      arrangements: [],
    });
    expect(Object.values(empty).every((value) => value === null)).toBe(true);
  });

  it("writes counts in words, never by colour alone", () => {
    expect(countsInWords(ragCounts(["NOT_IN_SCOPE", "RED", null]))).toBe("1 Red, 1 Not in scope");
  });
});

describe("drafting rules", () => {
  it("tags a part Written, Suggested text available or Not started", () => {
    expect(partStatus("Our text", "A suggestion")).toBe("WRITTEN");
    expect(partStatus("   ", "A suggestion")).toBe("SUGGESTED");
    expect(partStatus(null, null)).toBe("NOT_STARTED");
  });

  it("lists the empty parts in report order", () => {
    expect(emptyParts({ whatWasDone: "Done", littleProgress: " " })).toEqual([
      "impactEvidence",
      "littleProgress",
      "caseReviewActions",
      "childrenFamiliesFeedback",
      "scrutinyArrangements",
      "assuranceStatement",
    ]);
  });

  it("shows a scrutineer the section only once it has been shared", () => {
    expect(sectionVisibleTo("SCRUTINEER", null)).toBe(false);
    expect(sectionVisibleTo("SCRUTINEER", "DRAFT")).toBe(false);
    expect(sectionVisibleTo("SCRUTINEER", "SHARED")).toBe(true);
    expect(sectionVisibleTo("VIEWER", "DRAFT")).toBe(true);
  });

  it("stops changes once the partners have signed off", () => {
    expect(sectionEditable("DRAFT")).toBe(true);
    expect(sectionEditable("SHARED")).toBe(true);
    expect(sectionEditable("SIGNED_OFF")).toBe(false);
    expect(sectionEditable("PUBLISHED")).toBe(false);
  });

  it("accepts only the seven part keys and trims the text", () => {
    const ids = {
      partnershipId: "00000000-0000-4000-8000-000000000001",
      cycleId: "00000000-0000-4000-8000-000000000002",
      version: "1",
    };
    const saved = saveYearlyPartSchema.parse({ ...ids, part: "littleProgress", text: "  a\r\nb " });
    expect(saved.text).toBe("a\nb");
    expect(saveYearlyPartSchema.safeParse({ ...ids, part: "summary", text: "x" }).success).toBe(
      false,
    );
    const long = saveYearlyPartSchema.safeParse({
      ...ids,
      part: "whatWasDone",
      text: "x".repeat(20_001),
    });
    expect(long.success).toBe(false);
  });
});
