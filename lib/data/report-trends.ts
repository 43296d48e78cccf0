import "server-only";
import { db } from "@/lib/db";
import type { RatingValue } from "@/lib/domain/rating";
import {
  movement,
  questionTrend,
  stepTrend,
  TREND_CYCLE_LIMIT,
  type RagCounts,
  type TrendCycle,
} from "@/lib/domain/report";

/**
 * The trend of each question (by its stable identity, across framework versions) and each step
 * over the partnership's cycles up to this one: the agreed ratings of each earlier cycle's
 * finalised independent scrutiny and this report's own. One query, however many cycles.
 */

export type TrendSource = "THIS_REPORT" | "FINALISED_SCRUTINY" | "NONE";

export type ReportTrends = {
  /** Oldest first; the last is this report's cycle. */
  cycles: Array<TrendCycle & { current: boolean; source: TrendSource }>;
  steps: Array<{
    number: number;
    title: string;
    /** One per cycle, in `cycles` order. */
    counts: Array<{ cycleId: string; counts: RagCounts }>;
    questions: Array<{
      code: string;
      text: string;
      lineageKey: string;
      ratings: Array<{ cycleId: string; rating: RatingValue | null }>;
      movement: ReturnType<typeof movement>;
    }>;
  }>;
};

type TrendStep = {
  number: number;
  title: string;
  questions: ReadonlyArray<{
    code: string;
    text: string;
    lineageKey: string;
    rating: RatingValue | null;
  }>;
};

export async function loadTrends(
  partnershipId: string,
  assessment: { id: string; cycleId: string; startsOn: Date },
  steps: ReadonlyArray<TrendStep>,
): Promise<ReportTrends> {
  const rows = await db().cycle.findMany({
    where: {
      partnershipId,
      OR: [{ startsOn: { lt: assessment.startsOn } }, { id: assessment.cycleId }],
    },
    orderBy: [{ startsOn: "desc" }, { createdAt: "desc" }],
    take: TREND_CYCLE_LIMIT,
    select: {
      id: true,
      name: true,
      startsOn: true,
      assessments: {
        where: {
          kind: "INDEPENDENT_SCRUTINY",
          status: "FINALISED",
          id: { not: assessment.id },
        },
        select: {
          finalisedAt: true,
          agreedRatings: { select: { rating: true, question: { select: { lineageKey: true } } } },
        },
      },
    },
  });

  const ratings: Array<{ cycleId: string; lineageKey: string; rating: RatingValue }> = [];
  const cycles = rows.map((row) => {
    const current = row.id === assessment.cycleId;
    // Of several finalised scrutinies in a cycle, the last one signed off speaks for it.
    const latest = [...row.assessments].sort(
      (a, b) => (b.finalisedAt?.getTime() ?? 0) - (a.finalisedAt?.getTime() ?? 0),
    )[0];
    if (current) {
      for (const step of steps)
        for (const q of step.questions)
          if (q.rating)
            ratings.push({ cycleId: row.id, lineageKey: q.lineageKey, rating: q.rating });
    } else if (latest) {
      for (const agreed of latest.agreedRatings)
        ratings.push({
          cycleId: row.id,
          lineageKey: agreed.question.lineageKey,
          rating: agreed.rating,
        });
    }
    const source: TrendSource = current ? "THIS_REPORT" : latest ? "FINALISED_SCRUTINY" : "NONE";
    return {
      id: row.id,
      name: row.name,
      startsOn: row.startsOn.toISOString().slice(0, 10),
      current,
      source,
    };
  });
  // Oldest first; cycles starting the same day keep the order they were created in.
  cycles.reverse();

  const keys = steps.flatMap((step) => step.questions.map((q) => q.lineageKey));
  const trend = questionTrend(cycles, ratings, keys);
  return {
    cycles,
    steps: steps.map((step) => ({
      number: step.number,
      title: step.title,
      counts: stepTrend(
        cycles,
        trend,
        step.questions.map((q) => q.lineageKey),
      ).map(({ cycle, counts }) => ({ cycleId: cycle.id, counts })),
      questions: step.questions.map((q) => {
        const series = trend.get(q.lineageKey) ?? [];
        return {
          code: q.code,
          text: q.text,
          lineageKey: q.lineageKey,
          ratings: series.map(({ cycle, rating }) => ({ cycleId: cycle.id, rating })),
          movement: movement(series),
        };
      }),
    })),
  };
}
