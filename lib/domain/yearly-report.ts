/**
 * The yearly report's scrutiny section (seed 002 §3.9): its required parts in order, and the
 * suggestions the app makes from a cycle's data. Pure rules over plain data; people edit and decide.
 * Publication dates are in lib/domain/yearly-report-publication.ts.
 */
import { daysBetween, isOverdue, type ActionStatusValue } from "./actions";
import { ukDateStamp } from "./london-time";
import type { RatingValue } from "./rating";
import { movement, ragCounts, type RagCounts } from "./report";

export type YearlyReportPartKey =
  | "whatWasDone"
  | "impactEvidence"
  | "littleProgress"
  | "caseReviewActions"
  | "childrenFamiliesFeedback"
  | "scrutinyArrangements"
  | "assuranceStatement";

export type YearlyReportPart = {
  key: YearlyReportPartKey;
  /** The heading a reader sees, in the app and in every export. */
  heading: string;
  /** What the guidance asks for, quoted from the seed. */
  requirement: string;
  source: string;
};

/** The section's parts, in the order the report presents them. */
export const YEARLY_REPORT_PARTS: ReadonlyArray<YearlyReportPart> = [
  {
    key: "whatWasDone",
    heading: "What we did and how effective it was",
    requirement:
      "What they have done as a result of the arrangements, including on child safeguarding practice reviews, and how effective these arrangements have been in practice.",
    source: "Seed 002 §3.9",
  },
  {
    key: "impactEvidence",
    heading: "Evidence of impact, including training",
    requirement:
      "Evidence of the impact of the work of the safeguarding partners and relevant agencies, including training, on outcomes for children and families from early help to looked-after children and care leavers.",
    source: "Seed 002 §3.9",
  },
  {
    key: "littleProgress",
    heading: "Areas with little or no evidence of progress",
    requirement:
      "An analysis of any areas where there has been little or no evidence of progress on agreed priorities.",
    source: "Seed 002 §3.9",
  },
  {
    key: "caseReviewActions",
    heading: "Decisions and actions on case review recommendations",
    requirement:
      "A record of decisions and actions taken by the partners in the report's period (or planned to be taken) to implement the recommendations of any local and national child safeguarding practice reviews, including any resulting improvements.",
    source: "Seed 002 §3.9",
  },
  {
    key: "childrenFamiliesFeedback",
    heading: "How we sought and used feedback from children and families",
    requirement:
      "Ways in which the partners have sought and utilised feedback from children and families to inform their work and influence service provision.",
    source: "Seed 002 §3.9",
  },
  {
    key: "scrutinyArrangements",
    heading: "Independent scrutiny arrangements",
    requirement: "Arrangements for independent scrutiny of the effectiveness of the arrangements.",
    source: "Seed 002 §3.9 (published arrangements); seed 001 Section 6",
  },
  {
    key: "assuranceStatement",
    heading: "Statement of assurance",
    requirement: "A formal yearly statement of assurance in the yearly report.",
    source: "Seed 004 recommendation 2",
  },
];

export const YEARLY_REPORT_STATUS_LABELS = {
  DRAFT: "Draft",
  SHARED: "Shared with the independent scrutineer",
  SIGNED_OFF: "Signed off by the safeguarding partners",
  PUBLISHED: "Published",
} as const;

export const SIGN_OFF_DESIGNATION_LABELS = {
  LEAD_SAFEGUARDING_PARTNER: "Lead safeguarding partner",
  DELEGATED_SAFEGUARDING_PARTNER: "Delegated safeguarding partner",
} as const;

/** Seed 002 §3.9's recipients; the yearly_report migration gives every partnership these. */
export const DEFAULT_PUBLICATION_RECIPIENTS = [
  "Child Safeguarding Practice Review Panel",
  "What Works Centre for Children's Social Care",
] as const;

export type AgreedQuestion = {
  code: string;
  text: string;
  stepNumber: number;
  rating: RatingValue | null;
};

export type PlanAction = {
  description: string;
  owner: string | null;
  dueOn: string;
  status: ActionStatusValue;
};

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code.localeCompare(b.code, "en-GB", { numeric: true });

/**
 * Candidates for "little or no evidence of progress": the Red then the Amber questions (each in
 * question order) and the overdue actions, most overdue first (London calendar dates).
 */
export function littleProgressCandidates<A extends PlanAction>(
  questions: ReadonlyArray<AgreedQuestion>,
  actions: ReadonlyArray<A>,
  now: Date = new Date(),
): {
  questions: Array<AgreedQuestion & { rating: "RED" | "AMBER" }>;
  overdueActions: Array<A & { daysOverdue: number }>;
} {
  const rated = (rating: "RED" | "AMBER") =>
    questions
      .filter((q): q is AgreedQuestion & { rating: typeof rating } => q.rating === rating)
      .sort(byCode);
  const today = ukDateStamp(now);
  const overdueActions = actions
    .filter((action) => isOverdue(action, now))
    .map((action) => ({ ...action, daysOverdue: daysBetween(action.dueOn, today) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.description.localeCompare(b.description));
  return { questions: [...rated("RED"), ...rated("AMBER")], overdueActions };
}

export type StepEffectiveness = {
  number: number;
  title: string;
  counts: RagCounts;
  /** The same questions (by identity) last cycle; null when there was no previous cycle. */
  previousCounts: RagCounts | null;
  improved: number;
  declined: number;
  same: number;
};

/**
 * Per step, this cycle's RAG counts and the change since the previous cycle, question by question
 * (by stable identity, so a renumbered question is still compared with itself).
 */
export function stepEffectiveness(
  steps: ReadonlyArray<{ number: number; title: string }>,
  current: ReadonlyArray<{ stepNumber: number; key: string; rating: RatingValue | null }>,
  previous: ReadonlyArray<{ key: string; rating: RatingValue | null }> | null,
): StepEffectiveness[] {
  const before = new Map(previous?.map((p) => [p.key, p.rating]) ?? []);
  return steps.map((step) => {
    const questions = current.filter((q) => q.stepNumber === step.number);
    const compared = questions.filter((q) => before.has(q.key));
    const moves = compared.map((q) => movement([{ rating: before.get(q.key)! }, q]));
    return {
      number: step.number,
      title: step.title,
      counts: ragCounts(questions.map((q) => q.rating)),
      previousCounts: previous ? ragCounts(compared.map((q) => before.get(q.key)!)) : null,
      improved: moves.filter((m) => m === "IMPROVED").length,
      declined: moves.filter((m) => m === "DECLINED").length,
      same: moves.filter((m) => m === "SAME").length,
    };
  });
}

/** The change in words: "2 improved, 1 declined, 1 the same", or "No previous cycle". */
export function describeChange(
  step: Pick<StepEffectiveness, "previousCounts" | "improved" | "declined" | "same">,
): string {
  if (!step.previousCounts) return "No previous cycle to compare";
  const parts = [
    step.improved > 0 ? `${step.improved} improved` : null,
    step.declined > 0 ? `${step.declined} declined` : null,
    step.same > 0 ? `${step.same} the same` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "No questions rated in both cycles";
}
