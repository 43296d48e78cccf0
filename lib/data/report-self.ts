import "server-only";
import { db } from "@/lib/db";
import type { RatingValue } from "@/lib/domain/rating";
import {
  chooseSelfAssessment,
  combinedSelfRating,
  gapCount,
  gapLabel,
  ratingGap,
  type Gap,
} from "@/lib/domain/report";

/**
 * The core partners' self-assessment of the same cycle beside the independent scrutiny: per
 * question (matched by its stable identity, so a different framework version still lines up),
 * each statutory partner organisation's rating, their combined rating, the independent rating and
 * the gap. One query, however many assessments, organisations and answers.
 */

export type SelfRow = {
  questionId: string;
  code: string;
  text: string;
  stepNumber: number;
  /** One per statutory partner organisation, in `organisations` order; asked = it had the question. */
  partners: Array<{ organisationId: string; rating: RatingValue | null; asked: boolean }>;
  self: RatingValue | null;
  independent: RatingValue | null;
  gap: Gap;
  gapLabel: string;
};

export type SelfBesideIndependent = {
  assessment: {
    id: string;
    title: string;
    status: "IN_PROGRESS" | "FINALISED";
    finalisedAt: string | null;
    href: string;
  } | null;
  /** Other core partners' self-assessments in the cycle that are not the one shown. */
  otherCount: number;
  organisations: Array<{ id: string; name: string }>;
  rows: SelfRow[];
  gapCount: number;
};

export async function loadSelfBesideIndependent(
  partnershipId: string,
  cycleId: string,
  questions: ReadonlyArray<{
    questionId: string;
    code: string;
    text: string;
    stepNumber: number;
    lineageKey: string;
    independent: RatingValue | null;
  }>,
): Promise<SelfBesideIndependent> {
  const statutory = { organisation: { isStatutoryPartner: true } };
  const candidates = await db().assessment.findMany({
    where: { partnershipId, cycleId, kind: "CORE_PARTNER_SELF_ASSESSMENT" },
    select: {
      id: true,
      title: true,
      status: true,
      finalisedAt: true,
      createdAt: true,
      participants: {
        where: statutory,
        orderBy: { organisation: { name: "asc" } },
        select: { id: true, organisation: { select: { id: true, name: true } } },
      },
      responses: {
        where: { participant: statutory },
        select: { participantId: true, rating: true, question: { select: { lineageKey: true } } },
      },
    },
  });
  const chosen = chooseSelfAssessment(candidates);
  if (!chosen) return { assessment: null, otherCount: 0, organisations: [], rows: [], gapCount: 0 };

  const organisations = chosen.participants.flatMap((p) =>
    p.organisation ? [{ participantId: p.id, ...p.organisation }] : [],
  );
  const answer = new Map(
    chosen.responses.map((r) => [`${r.participantId}/${r.question.lineageKey}`, r.rating]),
  );
  const rows: SelfRow[] = questions.map((question) => {
    const partners = organisations.map((o) => {
      const key = `${o.participantId}/${question.lineageKey}`;
      return { organisationId: o.id, rating: answer.get(key) ?? null, asked: answer.has(key) };
    });
    const self = combinedSelfRating(partners.map((p) => p.rating));
    const gap = ratingGap(self, question.independent);
    return {
      questionId: question.questionId,
      code: question.code,
      text: question.text,
      stepNumber: question.stepNumber,
      partners,
      self,
      independent: question.independent,
      gap,
      gapLabel: gapLabel(gap, self, question.independent),
    };
  });
  return {
    assessment: {
      id: chosen.id,
      title: chosen.title,
      status: chosen.status,
      finalisedAt: chosen.finalisedAt?.toISOString() ?? null,
      href: `/partnerships/${partnershipId}/assessments/${chosen.id}`,
    },
    otherCount: candidates.length - 1,
    organisations: organisations.map(({ id, name }) => ({ id, name })),
    rows,
    gapCount: gapCount(rows.map((row) => row.gap)),
  };
}
