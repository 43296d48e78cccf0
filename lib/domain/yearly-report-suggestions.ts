/**
 * The text the app suggests for each part of the yearly report's scrutiny section, built from the
 * cycle's facts. Pure: plain data in, plain text out. A person accepts, edits or ignores each
 * suggestion; nothing here is published unreviewed. The statement of assurance has no suggestion:
 * the safeguarding partners write it themselves.
 */
import { COUNT_LABELS, type RagCounts } from "./report";
import { RATING_LABELS, type RatingValue } from "./rating";
import { describeChange, type StepEffectiveness, type YearlyReportPartKey } from "./yearly-report";

export type SuggestionFacts = {
  cycleName: string;
  /** Null when the cycle has no finalised independent scrutiny. */
  scrutinyTitle: string | null;
  steps: ReadonlyArray<StepEffectiveness>;
  redAmber: ReadonlyArray<{ code: string; text: string; rating: "RED" | "AMBER" }>;
  overdueActions: ReadonlyArray<{ description: string; owner: string | null; daysOverdue: number }>;
  caseReviews: ReadonlyArray<{
    identifier: string;
    recommendations: ReadonlyArray<{
      number: number;
      text: string;
      partnershipResponse: string | null;
      actions: ReadonlyArray<{ description: string; status: string }>;
    }>;
  }>;
  childrenFamilies: {
    number: number;
    title: string;
    questions: ReadonlyArray<{ code: string; text: string; rating: RatingValue | null }>;
    narrative: string | null;
  } | null;
  /** Outcome evidence cited in the cycle, and what was cited on step 6 (training). */
  impactEvidence: ReadonlyArray<{
    title: string;
    nature: "OUTCOME" | "PROCESS";
    training: boolean;
  }>;
  /** Seed 001 Section 6 questions the partnership has answered. */
  arrangements: ReadonlyArray<{ number: number; text: string; answer: string }>;
};

export type Suggestions = Record<YearlyReportPartKey, string | null>;

const COUNTED = ["RED", "AMBER", "GREEN", "NOT_IN_SCOPE"] as const;

/** "1 Red, 2 Amber, 1 Green", or "no agreed ratings". */
export function countsInWords(counts: RagCounts): string {
  const parts = COUNTED.filter((key) => counts[key] > 0).map(
    (key) => `${counts[key]} ${COUNT_LABELS[key]}`,
  );
  return parts.length > 0 ? parts.join(", ") : "no agreed ratings";
}

const lines = (list: ReadonlyArray<string | null>) =>
  list.filter((line): line is string => line !== null).join("\n");

function whatWasDone(facts: SuggestionFacts): string | null {
  if (!facts.scrutinyTitle || facts.steps.length === 0) return null;
  return lines([
    `${facts.scrutinyTitle}: the agreed ratings for each step, and the change since the last cycle.`,
    ...facts.steps.map(
      (step) => `Step ${step.number}: ${countsInWords(step.counts)} (${describeChange(step)})`,
    ),
  ]);
}

function littleProgress(facts: SuggestionFacts): string | null {
  if (facts.redAmber.length === 0 && facts.overdueActions.length === 0) return null;
  const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);
  return lines([
    facts.redAmber.length > 0 ? "Questions rated Red or Amber:" : null,
    ...facts.redAmber.map((q) => `${q.code} (${RATING_LABELS[q.rating].word}): ${q.text}`),
    facts.overdueActions.length > 0 ? "Overdue actions:" : null,
    ...facts.overdueActions.map(
      (a) => `${a.description} (${a.owner ?? "no owner"}; ${days(a.daysOverdue)} overdue)`,
    ),
  ]);
}

function caseReviewActions(facts: SuggestionFacts): string | null {
  const reviews = facts.caseReviews.filter((review) => review.recommendations.length > 0);
  if (reviews.length === 0) return null;
  return lines(
    reviews.flatMap((review) => [
      `${review.identifier}:`,
      ...review.recommendations.map((r) => {
        const response = r.partnershipResponse?.trim() || "no response recorded";
        const actions =
          r.actions.length === 0
            ? "no action raised"
            : r.actions.map((a) => `${a.description} (${a.status})`).join("; ");
        return `Recommendation ${r.number}: ${r.text} Response: ${response}. Actions: ${actions}.`;
      }),
    ]),
  );
}

function childrenFamiliesFeedback(facts: SuggestionFacts): string | null {
  const step = facts.childrenFamilies;
  if (!step || (step.questions.every((q) => q.rating === null) && !step.narrative)) return null;
  return lines([
    `Step ${step.number}: ${step.title}`,
    ...step.questions.map(
      (q) => `${q.code} (${q.rating ? RATING_LABELS[q.rating].word : "not rated"}): ${q.text}`,
    ),
    step.narrative?.trim() ? `The scrutineers said: ${step.narrative.trim()}` : null,
  ]);
}

function scrutinyArrangements(facts: SuggestionFacts): string | null {
  if (facts.arrangements.length === 0) return null;
  return lines(facts.arrangements.map((a) => `${a.text}\n${a.answer.trim()}`));
}

function impactEvidence(facts: SuggestionFacts): string | null {
  const outcome = facts.impactEvidence.filter((e) => e.nature === "OUTCOME" && !e.training);
  const training = facts.impactEvidence.filter((e) => e.training);
  if (outcome.length === 0 && training.length === 0) return null;
  return lines([
    outcome.length > 0 ? "Evidence of outcomes cited in the scrutiny:" : null,
    ...outcome.map((e) => `- ${e.title}`),
    training.length > 0 ? "Training (step 6):" : null,
    ...training.map((e) => `- ${e.title}`),
  ]);
}

/** A suggestion for every part that has data behind it; null where there is nothing to suggest. */
export function yearlyReportSuggestions(facts: SuggestionFacts): Suggestions {
  return {
    whatWasDone: whatWasDone(facts),
    impactEvidence: impactEvidence(facts),
    littleProgress: littleProgress(facts),
    caseReviewActions: caseReviewActions(facts),
    childrenFamiliesFeedback: childrenFamiliesFeedback(facts),
    scrutinyArrangements: scrutinyArrangements(facts),
    assuranceStatement: null,
  };
}
