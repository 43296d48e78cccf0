import "server-only";
import { db } from "@/lib/db";
import type { RatingValue } from "@/lib/domain/rating";

export type BaselineEntry = {
  cycleName: string;
  rating: RatingValue | null;
  evidence: Array<{ id: string; title: string }>;
};

/**
 * Last cycle's answer beside each question of an assessment started from a previous one, matched
 * by the question's lineage (so it survives a framework version change). For a scrutiny: the
 * agreed rating and the evidence its scrutineers cited. For a self-assessment: the same
 * organisation's rating and evidence. Three queries whatever the number of questions. The caller
 * has already authorised the reader for the assessment's partnership.
 */
export async function getBaseline(
  assessment: { baselineAssessmentId: string | null; partnershipId: string },
  questions: ReadonlyArray<{ id: string; lineageKey: string }>,
  organisationId: string | null,
): Promise<Map<string, BaselineEntry>> {
  const result = new Map<string, BaselineEntry>();
  if (!assessment.baselineAssessmentId || questions.length === 0) return result;
  const baseline = await db().assessment.findFirst({
    where: { id: assessment.baselineAssessmentId, partnershipId: assessment.partnershipId },
    select: { id: true, kind: true, frameworkVersionId: true, cycle: { select: { name: true } } },
  });
  if (!baseline) return result;
  const lineage = questions.map((q) => q.lineageKey);
  const scrutiny = baseline.kind === "INDEPENDENT_SCRUTINY";
  const [agreed, responses] = await Promise.all([
    scrutiny
      ? db().agreedRating.findMany({
          where: { assessmentId: baseline.id, question: { lineageKey: { in: lineage } } },
          select: { rating: true, question: { select: { lineageKey: true } } },
        })
      : Promise.resolve([]),
    // A self-assessment baseline needs the same organisation; a reader who answers for nobody sees
    // no organisation's baseline.
    scrutiny || organisationId
      ? db().response.findMany({
          where: {
            assessmentId: baseline.id,
            question: { lineageKey: { in: lineage } },
            ...(scrutiny ? {} : { participant: { organisationId } }),
          },
          select: {
            rating: true,
            question: { select: { lineageKey: true } },
            evidence: {
              orderBy: { evidence: { evidenceDate: "desc" } },
              select: { evidence: { select: { id: true, title: true } } },
            },
          },
        })
      : Promise.resolve([]),
  ]);
  const agreedByLineage = new Map(agreed.map((a) => [a.question.lineageKey, a.rating]));
  const byLineage = new Map<string, BaselineEntry>();
  for (const response of responses) {
    const key = response.question.lineageKey;
    const entry = byLineage.get(key) ?? {
      cycleName: baseline.cycle.name,
      rating: scrutiny ? (agreedByLineage.get(key) ?? null) : response.rating,
      evidence: [],
    };
    for (const { evidence } of response.evidence)
      if (!entry.evidence.some((e) => e.id === evidence.id)) entry.evidence.push(evidence);
    byLineage.set(key, entry);
  }
  for (const [key, rating] of agreedByLineage)
    if (!byLineage.has(key))
      byLineage.set(key, { cycleName: baseline.cycle.name, rating, evidence: [] });
  for (const question of questions) {
    const entry = byLineage.get(question.lineageKey);
    if (entry) result.set(question.id, entry);
  }
  return result;
}
