import { FRAMEWORK_CITATION } from "../../lib/framework/six-steps";
import { littleProgressCandidates, stepEffectiveness } from "../../lib/domain/yearly-report";
import type { YearlyReportDocxInput } from "../../lib/export/yearly-report-docx";

/**
 * A yearly report section's export input as plain data, for the export unit tests: two steps
 * compared with a previous cycle, a Red and an Amber question, one overdue action (and one not
 * yet due), a case review, and two of the seven parts written. Dated 7 December 2026.
 */

export const FIXTURE_NOW = new Date("2026-12-07T10:00:00Z");

const candidates = littleProgressCandidates(
  [
    { code: "1.1", text: "Do leaders share a vision?", stepNumber: 1, rating: "GREEN" },
    { code: "1.2", text: "Is the voice of the child heard?", stepNumber: 1, rating: "AMBER" },
    { code: "2.1", text: "Are thresholds understood?", stepNumber: 2, rating: "RED" },
  ],
  [
    {
      description: "Refresh the threshold document",
      owner: "County Council",
      dueOn: "2026-09-30",
      status: "AT_RISK",
    },
    {
      description: "Publish the training evaluation",
      owner: null,
      dueOn: "2027-01-31",
      status: "ON_TRACK",
    },
  ],
  FIXTURE_NOW,
);

export const yearlyReportFixture: YearlyReportDocxInput = {
  partnershipName: "North Shire Safeguarding Children Partnership",
  cycleName: "2025–26",
  statusLabel: "Draft",
  preparedOn: "2026-12-07",
  texts: {
    whatWasDone: "We met monthly.\n\nThe scrutineer attended two executives & a case review panel.",
    assuranceStatement: "The safeguarding partners are assured that children's needs are met.",
  },
  steps: stepEffectiveness(
    [
      { number: 1, title: "Leadership" },
      { number: 2, title: "Thresholds" },
    ],
    [
      { stepNumber: 1, key: "a", rating: "GREEN" },
      { stepNumber: 1, key: "b", rating: "AMBER" },
      { stepNumber: 2, key: "c", rating: "RED" },
    ],
    [
      { key: "a", rating: "AMBER" },
      { key: "b", rating: "AMBER" },
      { key: "c", rating: "AMBER" },
    ],
  ),
  redAmber: candidates.questions,
  overdueActions: candidates.overdueActions,
  caseReviews: [
    {
      identifier: "LCSPR 2026/03",
      recommendations: [
        {
          number: 1,
          text: "Strengthen information sharing at the front door.",
          partnershipResponse: "Agreed.",
          actions: [{ description: "Joint MASH protocol", owner: "Police", status: "On track" }],
        },
      ],
    },
  ],
  framework: { citation: FRAMEWORK_CITATION, adaptationAttribution: null },
};
