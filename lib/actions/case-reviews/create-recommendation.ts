"use server";

import { recordChange } from "@/lib/audit";
import { NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { nextRecommendationNumber, recommendationSchema } from "@/lib/domain/case-reviews";
import {
  assertNumberFree,
  caseReviewPaths,
  isUniqueClash,
  numberTaken,
  recommendationData,
} from "./support";

/** Adds a recommendation to a review; without a number it comes after the highest so far. */
export const createRecommendation = partnershipAction({
  schema: recommendationSchema,
  permission: "caseReview.manage",
  revalidate: (input) => caseReviewPaths(input.partnershipId, input.caseReviewId),
  handler: async ({ user, input, tx }) => {
    const review = await tx.caseReview.findFirst({
      where: { id: input.caseReviewId, partnershipId: input.partnershipId },
      select: { id: true, recommendations: { select: { number: true } } },
    });
    if (!review) throw new NotFoundError("case review");
    const number =
      input.number ?? nextRecommendationNumber(review.recommendations.map((r) => r.number));
    await assertNumberFree(tx, review.id, number);
    const data = recommendationData(input, number);
    const recommendation = await tx.caseReviewRecommendation
      .create({
        data: { ...data, caseReviewId: review.id },
        select: { id: true, number: true },
      })
      .catch((error: unknown) => {
        throw isUniqueClash(error) ? numberTaken(number) : error;
      });
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
