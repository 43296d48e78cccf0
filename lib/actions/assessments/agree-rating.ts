"use server";

import { recordChange } from "@/lib/audit";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  agreedReasonRequired,
  agreeRatingSchema,
  questionLabel,
  scrutineersStillToSubmit,
} from "@/lib/domain/agreement";

/** What the lead sees when someone else agreed this question's rating while they were editing. */
export type AgreedRatingNow = {
  rating: "RED" | "AMBER" | "GREEN" | "NOT_IN_SCOPE";
  reason: string;
  version: number;
  agreedAt: string;
} | null;

/**
 * The lead scrutineer agrees one question's rating, once every scrutineer has submitted. A reason
 * is needed when the scrutineers differ or the agreed rating is not what they gave. The version
 * names the agreement the lead edited, so a stale edit is a conflict rather than a lost update.
 */
export const agreeRating = partnershipAction({
  schema: agreeRatingSchema,
  permission: "assessment.agree",
  revalidate: (input) => {
    const base = `/partnerships/${input.partnershipId}/assessments/${input.assessmentId}`;
    return [base, `${base}/agree`];
  },
  handler: async ({ user, input, tx }) => {
    const assessment = await tx.assessment.findFirst({
      where: { id: input.assessmentId, partnershipId: input.partnershipId },
      select: {
        kind: true,
        status: true,
        frameworkVersionId: true,
        participants: {
          where: { userId: { not: null } },
          orderBy: [{ isLead: "desc" }, { createdAt: "asc" }],
          select: {
            id: true,
            userId: true,
            isLead: true,
            status: true,
            user: { select: { name: true } },
          },
        },
      },
    });
    if (!assessment) throw new NotFoundError("assessment");
    if (assessment.kind !== "INDEPENDENT_SCRUTINY")
      throw new DomainError(
        "Only an independent scrutiny has ratings for a lead scrutineer to agree.",
      );
    const scrutineers = assessment.participants;
    if (!scrutineers.some((s) => s.isLead && s.userId === user.id))
      throw new ForbiddenError("Only the lead scrutineer of this assessment can agree ratings.");
    if (assessment.status === "FINALISED")
      throw new DomainError(
        "This scrutiny has been signed off, so its agreed ratings can no longer be changed. Reopen it first.",
      );
    if (scrutineers.length === 1)
      throw new DomainError(
        "There is only one scrutineer, so there is nothing to agree: the agreed ratings are theirs. Sign off the scrutiny when you are ready.",
      );
    const waiting = scrutineersStillToSubmit(
      scrutineers.map((s) => ({ name: s.user?.name ?? "A scrutineer", status: s.status })),
    );
    if (waiting.length > 0)
      throw new DomainError(
        `You can agree ratings once every scrutineer has submitted. Still to submit: ${waiting.map((s) => s.name).join(", ")}.`,
      );

    const question = await tx.frameworkQuestion.findFirst({
      where: { id: input.questionId, versionId: assessment.frameworkVersionId },
      select: {
        code: true,
        responses: {
          where: {
            assessmentId: input.assessmentId,
            // Each scrutineer's rating for a question they were given.
            participant: {
              userId: { not: null },
              assignments: { some: { questionId: input.questionId } },
            },
          },
          select: { rating: true },
        },
      },
    });
    if (!question || question.responses.length === 0) throw new NotFoundError("question");
    const ratings = question.responses.map((r) => r.rating);
    if (agreedReasonRequired(ratings, input.rating) && input.reason === "")
      throw new DomainError("Explain why you agreed this rating.", {
        reason: ["Explain why you agreed this rating"],
      });

    const key = { assessmentId: input.assessmentId, questionId: input.questionId };
    const stored = async () => {
      const row = await tx.agreedRating.findUnique({
        where: { assessmentId_questionId: key },
        select: { id: true, rating: true, reason: true, version: true, agreedAt: true },
      });
      return row;
    };
    const conflict = async () => {
      const row = await stored();
      const current: AgreedRatingNow = row
        ? {
            rating: row.rating,
            reason: row.reason,
            version: row.version,
            agreedAt: row.agreedAt.toISOString(),
          }
        : null;
      return new ConflictError(
        "Someone else agreed a rating for this question while you were editing it. Check the rating now stored, then save yours again if you still want it.",
        current,
      );
    };

    const before = await stored();
    const data = {
      rating: input.rating,
      reason: input.reason,
      agreedById: user.id,
      agreedAt: new Date(),
    };
    if (input.version === 0) {
      // ON CONFLICT DO NOTHING: two leads' tabs racing to agree first cannot both win.
      const created = await tx.agreedRating.createMany({
        data: [{ ...key, ...data }],
        skipDuplicates: true,
      });
      if (created.count !== 1) throw await conflict();
    } else {
      const claimed = await tx.agreedRating.updateMany({
        where: { ...key, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (claimed.count !== 1) throw await conflict();
    }
    const saved = await stored();
    if (!saved) throw await conflict();
    await recordChange(tx, {
      action: "rating.agreed",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "AgreedRating",
      entityId: saved.id,
      before: before ? { rating: before.rating, reason: before.reason } : undefined,
      after: { rating: input.rating, reason: input.reason },
      metadata: {
        assessmentId: input.assessmentId,
        question: questionLabel(question.code),
        scrutineerRatings: ratings,
      },
    });
    return { version: saved.version, agreedAt: saved.agreedAt.toISOString() };
  },
});
