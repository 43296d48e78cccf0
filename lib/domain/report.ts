/**
 * The scrutiny report's rules, as pure functions over plain data: the RAG roll-up per step, the
 * scrutineers' disagreement, the gap between the partners' self-assessment and the independent
 * rating, and the trend of each question (by its stable identity) across cycles.
 */
import { ratingSpread, suggestedRating, type Spread } from "./agreement";
import { RATING_LABELS, type RatingValue } from "./rating";

export type RagCounts = Record<RatingValue | "UNRATED", number>;

export const COUNT_ORDER = ["RED", "AMBER", "GREEN", "NOT_IN_SCOPE", "UNRATED"] as const;

export const COUNT_LABELS: Record<(typeof COUNT_ORDER)[number], string> = {
  RED: "Red",
  AMBER: "Amber",
  GREEN: "Green",
  NOT_IN_SCOPE: "Not in scope",
  UNRATED: "Not yet agreed",
};

/** How many questions have each rating; a question with no rating yet counts as "not yet agreed". */
export function ragCounts(ratings: ReadonlyArray<RatingValue | null>): RagCounts {
  const counts: RagCounts = { RED: 0, AMBER: 0, GREEN: 0, NOT_IN_SCOPE: 0, UNRATED: 0 };
  for (const rating of ratings) counts[rating ?? "UNRATED"] += 1;
  return counts;
}

/** Adds counts together (a whole report from its steps). */
export function addCounts(all: ReadonlyArray<RagCounts>): RagCounts {
  const sum = ragCounts([]);
  for (const counts of all) for (const key of COUNT_ORDER) sum[key] += counts[key];
  return sum;
}

/** Which questions the scrutineers disagree on: any spread; Red against Green is strong. */
export function disagreements<
  Q extends { code: string; ratings: ReadonlyArray<RatingValue | null> },
>(questions: ReadonlyArray<Q>): Array<Q & { spread: Exclude<Spread, "agreed"> }> {
  return questions.flatMap((question) => {
    if (question.ratings.length < 2) return [];
    const spread = ratingSpread([...question.ratings]);
    return spread === "agreed" ? [] : [{ ...question, spread }];
  });
}

const SCORE: Partial<Record<RatingValue, number>> = { RED: 0, AMBER: 1, GREEN: 2 };

export type Gap =
  | { kind: "NONE" }
  /** One side has no comparable rating (missing, or not in scope). */
  | { kind: "NOT_COMPARABLE" }
  /** The partners rated themselves better than the independent scrutiny did. */
  | { kind: "SELF_HIGHER"; size: 1 | 2 }
  /** The partners rated themselves worse than the independent scrutiny did. */
  | { kind: "SELF_LOWER"; size: 1 | 2 };

/** The gap between a self-assessment rating and the independent rating for the same question. */
export function ratingGap(self: RatingValue | null, independent: RatingValue | null): Gap {
  const a = self ? SCORE[self] : undefined;
  const b = independent ? SCORE[independent] : undefined;
  if (a === undefined || b === undefined) return { kind: "NOT_COMPARABLE" };
  if (a === b) return { kind: "NONE" };
  const size = Math.abs(a - b) as 1 | 2;
  return a > b ? { kind: "SELF_HIGHER", size } : { kind: "SELF_LOWER", size };
}

/** The gap in words, e.g. "Self-assessment Green, independent scrutiny Red: 2 levels higher". */
export function gapLabel(gap: Gap, self: RatingValue | null, independent: RatingValue | null) {
  if (gap.kind === "NOT_COMPARABLE") return "Cannot compare";
  if (gap.kind === "NONE") return "No gap";
  const levels = gap.size === 2 ? "2 levels" : "1 level";
  const direction = gap.kind === "SELF_HIGHER" ? "higher" : "lower";
  const words = `Self-assessment ${RATING_LABELS[self!].word}, independent scrutiny ${RATING_LABELS[independent!].word}`;
  return `${words}: ${levels} ${direction}`;
}

/**
 * The core partners' self-assessment rating for a question when several statutory partner
 * organisations answered it: the rating most gave or, on a tie, the more cautious one.
 */
export function combinedSelfRating(ratings: ReadonlyArray<RatingValue | null>): RatingValue | null {
  return suggestedRating([...ratings]);
}

export type TrendCycle = { id: string; name: string; startsOn: string };

/**
 * The rating of each question in each cycle, by its stable identity (lineage key), oldest cycle
 * first. A cycle with no rating for a question (it was not asked then) gives null.
 */
export function questionTrend(
  cycles: ReadonlyArray<TrendCycle>,
  ratings: ReadonlyArray<{ cycleId: string; lineageKey: string; rating: RatingValue }>,
  lineageKeys: ReadonlyArray<string>,
): Map<string, Array<{ cycle: TrendCycle; rating: RatingValue | null }>> {
  const ordered = [...cycles].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const byKey = new Map(ratings.map((r) => [`${r.cycleId}/${r.lineageKey}`, r.rating]));
  return new Map(
    lineageKeys.map((key) => [
      key,
      ordered.map((cycle) => ({ cycle, rating: byKey.get(`${cycle.id}/${key}`) ?? null })),
    ]),
  );
}

/** Per step and cycle, the RAG counts of its questions (from a question trend). */
export function stepTrend(
  cycles: ReadonlyArray<TrendCycle>,
  trend: Map<string, Array<{ cycle: TrendCycle; rating: RatingValue | null }>>,
  stepKeys: ReadonlyArray<string>,
): Array<{ cycle: TrendCycle; counts: RagCounts }> {
  const ordered = [...cycles].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return ordered.map((cycle, index) => ({
    cycle,
    counts: ragCounts(stepKeys.map((key) => trend.get(key)?.[index]?.rating ?? null)),
  }));
}

/** Change from the previous rated cycle: "improved", "declined", "same" or null if none to compare. */
export function movement(
  series: ReadonlyArray<{ rating: RatingValue | null }>,
): "IMPROVED" | "DECLINED" | "SAME" | null {
  const scored = series
    .map((point) => (point.rating ? SCORE[point.rating] : undefined))
    .filter((score): score is number => score !== undefined);
  if (scored.length < 2) return null;
  const [previous, latest] = scored.slice(-2) as [number, number];
  return latest > previous ? "IMPROVED" : latest < previous ? "DECLINED" : "SAME";
}

export const MOVEMENT_LABELS = {
  IMPROVED: "Improved since last cycle",
  DECLINED: "Declined since last cycle",
  SAME: "Same as last cycle",
} as const;

/** How many past cycles the trends show at most (seed: "at least 5"), this cycle included. */
export const TREND_CYCLE_LIMIT = 10;

/** How many questions have a gap between the self-assessment and the independent rating. */
export function gapCount(gaps: ReadonlyArray<Gap>): number {
  return gaps.filter((gap) => gap.kind === "SELF_HIGHER" || gap.kind === "SELF_LOWER").length;
}

type Datable = Date | string;
const time = (value: Datable | null) => (value ? new Date(value).getTime() : 0);

/**
 * Which core partners' self-assessment to set beside the independent scrutiny: the most recently
 * finalised one; when none is finalised, the most recently started one (the page says it is not
 * finalised). Null when the cycle has none.
 */
export function chooseSelfAssessment<
  T extends {
    status: "IN_PROGRESS" | "FINALISED";
    finalisedAt: Datable | null;
    createdAt: Datable;
  },
>(assessments: ReadonlyArray<T>): T | null {
  const finalised = assessments.filter((a) => a.status === "FINALISED");
  const pool = finalised.length > 0 ? finalised : assessments;
  const key = (a: T) => (finalised.length > 0 ? time(a.finalisedAt) : time(a.createdAt));
  return [...pool].sort((a, b) => key(b) - key(a))[0] ?? null;
}
