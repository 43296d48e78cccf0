import type { AgreementRole } from "../../lib/domain/agreement";
import type { AssessmentKind } from "../../lib/generated/prisma/enums";
import { POLICE_EMAIL, SCHOOLS_EMAIL, STATUTORY_PARTNERS } from "./demo-context";
import { type RatedCycle, type Ratings, selfRating, WIDER_RATINGS_2025_26 } from "./demo-story";

export type SelfAssessmentSpec = {
  kind: Exclude<AssessmentKind, "INDEPENDENT_SCRUTINY">;
  cycle: RatedCycle;
  title: string;
  /** Each organisation taking part and its ratings of the questions it answers. */
  organisations: Array<{ name: string; ratings: Ratings }>;
  submittedOn: string;
  finalisedOn: string;
};

const coreRatings = (cycle: RatedCycle, organisation: string, codes: string[]): Ratings =>
  Object.fromEntries(codes.map((code) => [code, selfRating(cycle, code, organisation)]));

/** The organisations' own respondents answer; the business manager answers for the others. */
export const RESPONDENTS: Record<string, string> = {
  "Northshire Police": POLICE_EMAIL,
  "Northshire Schools Alliance": SCHOOLS_EMAIL,
};

/** Who agreed for each statutory partner, as finalise-self-assessment.ts records it. */
export const AGREED_BY: Record<string, { name: string; role: AgreementRole }> = {
  "Northshire County Council": { name: "Sarah Collins", role: "DELEGATED_SAFEGUARDING_PARTNER" },
  "Northshire Police": {
    name: "Detective Superintendent Karen Lowe",
    role: "DELEGATED_SAFEGUARDING_PARTNER",
  },
  "NHS Northshire Integrated Care Board": {
    name: "Michael Grant",
    role: "LEAD_SAFEGUARDING_PARTNER",
  },
};

export function selfAssessmentSpecs(codes: string[]): SelfAssessmentSpec[] {
  const core = (cycle: RatedCycle, submittedOn: string, finalisedOn: string) => ({
    kind: "CORE_PARTNER_SELF_ASSESSMENT" as const,
    cycle,
    title: `Core-partner self-assessment ${cycle}`,
    organisations: STATUTORY_PARTNERS.map((name) => ({
      name,
      ratings: coreRatings(cycle, name, codes),
    })),
    submittedOn,
    finalisedOn,
  });
  return [
    core("2023–24", "2024-01-19", "2024-01-31"),
    core("2024–25", "2025-01-17", "2025-01-30"),
    core("2025–26", "2026-01-16", "2026-01-29"),
    {
      kind: "WIDER_PARTNER_SELF_ASSESSMENT",
      cycle: "2025–26",
      title: "Wider-partner self-assessment 2025–26",
      organisations: Object.entries(WIDER_RATINGS_2025_26).map(([name, ratings]) => ({
        name,
        ratings,
      })),
      submittedOn: "2026-01-30",
      finalisedOn: "2026-02-05",
    },
  ];
}
