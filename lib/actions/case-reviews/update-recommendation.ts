"use server";

import { recordChange } from "@/lib/audit";
import { ConflictError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { RECOMMENDATION_MESSAGES, updateRecommendationSchema } from "@/lib/domain/case-reviews";
import {
  assertNumberFree,
  caseReviewPaths,
  isNumberClash,
  numberTaken,
  recommendationData,
  recommendationVersion,
} from "./support";

/**
 * Changes a recommendation's number, text, the partnership's response or the timescale. The form
 * posts a fingerprint of the recommendation as it loaded it (`version`); the change is written
 * only while the stored recommendation is still that one, otherwise nothing is saved and the
 * person is asked to reload.
 */
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
    const { id, ...before } = existing;
    const conflict = () => new ConflictError(RECOMMENDATION_MESSAGES.conflict, null);
    if (recommendationVersion(before) !== input.version) throw conflict();
    // Left blank, the number stays as it was.
    const number = input.number ?? existing.number;
    if (number !== existing.number) await assertNumberFree(tx, input.caseReviewId, number, id);
    const data = recommendationData(input, number);
    // Written only if the row still holds what was read (re-checked on the latest row version).
    const { count } = await tx.caseReviewRecommendation
      .updateMany({ where: { id, caseReviewId: input.caseReviewId, ...before }, data })
      .catch((error: unknown) => {
        throw isNumberClash(error) ? numberTaken(number) : error;
      });
    if (count !== 1) throw conflict();
    await recordChange(tx, {
      action: "recommendation.updated",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "CaseReviewRecommendation",
      entityId: id,
      before,
      after: data,
    });
    return { id, number };
  },
});
