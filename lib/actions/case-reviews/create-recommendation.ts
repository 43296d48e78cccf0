"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  nextRecommendationNumber,
  RECOMMENDATION_MESSAGES,
  recommendationSchema,
  type RecommendationInput,
} from "@/lib/domain/case-reviews";
import { assertNumberFree, caseReviewPaths, numberTaken, recommendationData } from "./support";

type Tx = Prisma.TransactionClient;

/** One after the review's highest number, as committed now. */
async function nextNumber(tx: Tx, caseReviewId: string): Promise<number> {
  const { _max } = await tx.caseReviewRecommendation.aggregate({
    where: { caseReviewId },
    _max: { number: true },
  });
  return nextRecommendationNumber(_max.number === null ? [] : [_max.number]);
}

/**
 * INSERT … ON CONFLICT DO NOTHING: null when the number was taken meanwhile. A clash never
 * raises an error, so the transaction stays usable for another try.
 */
async function insert(tx: Tx, caseReviewId: string, input: RecommendationInput, number: number) {
  const data = recommendationData(input, number);
  const [row] = await tx.caseReviewRecommendation.createManyAndReturn({
    data: [{ ...data, caseReviewId }],
    skipDuplicates: true,
    select: { id: true, number: true },
  });
  return row ? { ...row, data } : null;
}

/**
 * Adds a recommendation to a review; without a number it comes after the highest so far. If
 * someone else takes that number at the same moment, the next one is tried once more; a number
 * the person typed is never changed.
 */
export const createRecommendation = partnershipAction({
  schema: recommendationSchema,
  permission: "caseReview.manage",
  revalidate: (input) => caseReviewPaths(input.partnershipId, input.caseReviewId),
  handler: async ({ user, input, tx }) => {
    const review = await tx.caseReview.findFirst({
      where: { id: input.caseReviewId, partnershipId: input.partnershipId },
      select: { id: true },
    });
    if (!review) throw new NotFoundError("case review");
    let created;
    if (input.number !== null) {
      await assertNumberFree(tx, review.id, input.number);
      created = await insert(tx, review.id, input, input.number);
      if (!created) throw numberTaken(input.number);
    } else {
      created =
        (await insert(tx, review.id, input, await nextNumber(tx, review.id))) ??
        (await insert(tx, review.id, input, await nextNumber(tx, review.id)));
      if (!created) throw new DomainError(RECOMMENDATION_MESSAGES.addedAtSameTime);
    }
    const { data, ...recommendation } = created;
    await recordChange(tx, {
      action: "recommendation.created",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "CaseReviewRecommendation",
      entityId: recommendation.id,
      after: { caseReviewId: review.id, ...data },
    });
    return recommendation;
  },
});
