import "server-only";
import {
  canSeeAction,
  dateOnly,
  DISPLAY_STATUS_LABELS,
  displayStatus,
  type ActionActor,
  type ActionStatusValue,
} from "@/lib/domain/actions";
import type { RatingValue } from "@/lib/domain/rating";
import { littleProgressCandidates, stepEffectiveness } from "@/lib/domain/yearly-report";
import { yearlyReportSuggestions } from "@/lib/domain/yearly-report-suggestions";
import { SECTION_SIX_QUESTIONS } from "@/lib/framework/six-steps";
import type { YearlyReportFacts } from "./yearly-report-facts";
import type {
  ActionRecord,
  CycleRecord,
  loadArrangementAnswers,
  loadCaseReviews,
  loadImpactEvidence,
  loadPreviousScrutiny,
} from "./yearly-report-load";

/**
 * Turns the yearly report's query results into the facts' lists (no queries here). Ratings are the
 * agreed ratings stored when the scrutiny was signed off: with one scrutineer theirs, with several
 * the lead's (lib/actions/assessments/sign-off-scrutiny.ts), as the report's trends read them.
 */

type Rows<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

export type BuildInput = {
  cycleName: string;
  scrutiny: CycleRecord["assessments"][number] | null;
  previous: Rows<typeof loadPreviousScrutiny>;
  actions: ActionRecord[];
  reviews: Rows<typeof loadCaseReviews>;
  evidence: Rows<typeof loadImpactEvidence>;
  answers: Rows<typeof loadArrangementAnswers>;
  actor: ActionActor;
  now: Date;
};

/** A step of the original framework by its identity; a framework of its own by its number. */
export function isStep(step: { number: number; lineageKey: string }, number: number): boolean {
  return step.lineageKey.startsWith("six-steps:")
    ? step.lineageKey === `six-steps:step-${number}`
    : step.number === number;
}

const ownerOf = (action: ActionRecord) => {
  const person =
    (action.ownerUser ? action.ownerUser.name || action.ownerUser.email : null) ?? action.ownerName;
  return person ? `${action.ownerOrganisation.name} (${person})` : action.ownerOrganisation.name;
};

const timed = (action: ActionRecord) => ({
  dueOn: dateOnly(action.dueOn),
  status: action.status as ActionStatusValue,
});

export function buildFacts(input: BuildInput) {
  const { scrutiny, actor, now } = input;
  const steps = scrutiny?.frameworkVersion.steps ?? [];
  const agreed = new Map(scrutiny?.agreedRatings.map((r) => [r.questionId, r.rating]) ?? []);
  const questions = steps.flatMap((step) =>
    step.questions.map((q) => ({
      code: q.code,
      text: q.text,
      key: q.lineageKey,
      stepNumber: step.number,
      rating: (agreed.get(q.id) ?? null) as RatingValue | null,
    })),
  );
  const previous = input.previous
    ? input.previous.agreedRatings.map((r) => ({ key: r.question.lineageKey, rating: r.rating }))
    : null;

  const visible = input.actions.filter((action) => canSeeAction(actor, action));
  const candidates = littleProgressCandidates(
    questions,
    visible.map((action) => ({
      ...timed(action),
      description: action.description,
      owner: ownerOf(action),
    })),
    now,
  );

  const caseReviews: YearlyReportFacts["caseReviews"] = input.reviews.map((review) => ({
    identifier: review.identifier,
    recommendations: review.recommendations.map((r) => ({
      number: r.number,
      text: r.text,
      partnershipResponse: r.partnershipResponse?.trim() ? r.partnershipResponse : null,
      actions: r.actions
        .filter((action) => canSeeAction(actor, action))
        .map((action) => ({
          description: action.description,
          owner: ownerOf(action),
          status: DISPLAY_STATUS_LABELS[displayStatus(timed(action), now)],
        })),
    })),
  }));

  const impact = new Map<string, YearlyReportFacts["impactEvidence"][number]>();
  for (const { evidence, response } of input.evidence) {
    const training = isStep(response.question.step, 6);
    if (evidence.nature !== "OUTCOME" && !training) continue;
    const seen = impact.get(evidence.id);
    impact.set(evidence.id, {
      id: evidence.id,
      title: evidence.title,
      nature: evidence.nature,
      evidenceDate: dateOnly(evidence.evidenceDate),
      training: training || (seen?.training ?? false),
    });
  }
  const impactEvidence = [...impact.values()].sort((a, b) =>
    a.title.localeCompare(b.title, "en-GB"),
  );

  const step3 = steps.find((step) => isStep(step, 3)) ?? null;
  const childrenFamilies = step3
    ? {
        number: step3.number,
        title: step3.title,
        questions: questions
          .filter((q) => q.stepNumber === step3.number)
          .map(({ code, text, rating }) => ({ code, text, rating })),
        narrative: scrutiny?.stepNarratives.find((n) => n.stepId === step3.id)?.text.trim() || null,
      }
    : null;

  const answered = new Map(input.answers.map((a) => [a.questionNumber, a.answer]));
  const arrangements = SECTION_SIX_QUESTIONS.flatMap(({ number, text }) => {
    const answer = answered.get(number)?.trim();
    return answer ? [{ number, text, answer }] : [];
  });

  const before = new Map(previous?.map((p) => [p.key, p.rating]) ?? []);
  const facts = {
    steps: stepEffectiveness(steps, questions, previous),
    /** Every question's agreed rating with last cycle's (by identity), for the ratings export. */
    ratings: questions.map((q) => ({
      stepNumber: q.stepNumber,
      stepTitle: steps.find((step) => step.number === q.stepNumber)?.title ?? "",
      code: q.code,
      text: q.text,
      rating: q.rating,
      previousRating: before.get(q.key) ?? null,
    })),
    redAmber: candidates.questions.map(({ code, text, rating }) => ({ code, text, rating })),
    overdueActions: candidates.overdueActions.map(({ description, owner, dueOn, daysOverdue }) => ({
      description,
      owner,
      dueOn,
      daysOverdue,
    })),
    caseReviews,
    impactEvidence,
    childrenFamilies,
    arrangements,
  };
  const suggestions = yearlyReportSuggestions({
    cycleName: input.cycleName,
    scrutinyTitle: scrutiny?.title ?? null,
    ...facts,
  });
  return { ...facts, suggestions };
}
