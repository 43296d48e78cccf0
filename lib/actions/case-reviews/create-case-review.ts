"use server";

import { recordChange } from "@/lib/audit";
import { partnershipAction } from "@/lib/actions/safe-action";
import { caseReviewSchema } from "@/lib/domain/case-reviews";
import {
  assertIdentifierFree,
  caseReviewAudit,
  caseReviewData,
  caseReviewPaths,
  identifierTaken,
  isIdentifierClash,
} from "./support";

/** Adds a review to the partnership's case-review register (business managers). */
export const createCaseReview = partnershipAction({
  schema: caseReviewSchema,
  permission: "caseReview.manage",
  revalidate: (input) => caseReviewPaths(input.partnershipId),
  handler: async ({ user, input, tx }) => {
    await assertIdentifierFree(tx, input.partnershipId, input.identifier);
    const data = caseReviewData(input);
    const review = await tx.caseReview
      .create({
        data: { ...data, partnershipId: input.partnershipId },
        select: { id: true, identifier: true },
      })
      .catch((error: unknown) => {
        // Someone else added the same identifier (in any case) since the check above.
        throw isIdentifierClash(error) ? identifierTaken(input.identifier) : error;
      });
    await recordChange(tx, {
      action: "case-review.created",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "CaseReview",
      entityId: review.id,
      after: caseReviewAudit(data),
    });
    return review;
  },
});
