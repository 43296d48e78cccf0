"use server";

import { recordChange } from "@/lib/audit";
import { NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { updateRecommendationSchema } from "@/lib/domain/case-reviews";
import {
  assertNumberFree,
  caseReviewPaths,
  isUniqueClash,
  numberTaken,
  recommendationData,
} from "./support";

/** Changes a recommendation's number, text, the partnership's response or the timescale. */
export const updateRecommendation = partnershipAction({
  schema: updateRecommendationSchema,
  permission: "caseReview.manage",
  revalidate: (input) => caseReviewPaths(input.partnershipId, input.caseReviewId),
  handler: async ({ user, input, tx }) => {
    const existing = await tx.caseReviewRecommendation.findFirst({
      where: {
        id: input.recommendationId,
        caseReviewId: input.caseReviewId,
        caseReview: { partnershipId: input.partnershipId },
      },
      select: { id: true, number: true, text: true, partnershipResponse: true, timescale: true },
    });
    if (!existing) throw new NotFoundError("recommendation");
    // Left blank, the number stays as it was.
    const number = input.number ?? existing.number;
    if (number !== existing.number)
      await assertNumberFree(tx, input.caseReviewId, number, existing.id);
    const data = recommendationData(input, number);
    const recommendation = await tx.caseReviewRecommendation
      .update({ where: { id: existing.id }, data, select: { id: true, number: true } })
      .catch((error: unknown) => {
        throw isUniqueClash(error) ? numberTaken(number) : error;
      });
    const { id: _id, ...before } = existing;
    await recordChange(tx, {
      action: "recommendation.updated",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "CaseReviewRecommendation",
      entityId: recommendation.id,
      before,
      after: data,
    });
    return recommendation;
  },
});
