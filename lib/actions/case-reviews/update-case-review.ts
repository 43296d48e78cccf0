"use server";

import { recordChange } from "@/lib/audit";
import { NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { updateCaseReviewSchema } from "@/lib/domain/case-reviews";
import {
  assertIdentifierFree,
  caseReviewAudit,
  caseReviewData,
  caseReviewPaths,
  identifierTaken,
  isUniqueClash,
} from "./support";

/** Changes a review in the register: its type, identifier, status, key dates and summary. */
export const updateCaseReview = partnershipAction({
  schema: updateCaseReviewSchema,
  permission: "caseReview.manage",
  revalidate: (input) => caseReviewPaths(input.partnershipId, input.caseReviewId),
  handler: async ({ user, input, tx }) => {
    const existing = await tx.caseReview.findFirst({
      where: { id: input.caseReviewId, partnershipId: input.partnershipId },
      select: {
        type: true,
        identifier: true,
        status: true,
        referredOn: true,
        decidedOn: true,
        completedOn: true,
        publishedOn: true,
        publicationUrl: true,
        summary: true,
      },
    });
    if (!existing) throw new NotFoundError("case review");
    await assertIdentifierFree(tx, input.partnershipId, input.identifier, input.caseReviewId);
    const data = caseReviewData(input);
    const review = await tx.caseReview
      .update({
        where: { id: input.caseReviewId },
        data,
        select: { id: true, identifier: true },
      })
      .catch((error: unknown) => {
        throw isUniqueClash(error) ? identifierTaken(input.identifier) : error;
      });
    await recordChange(tx, {
      action: "case-review.updated",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "CaseReview",
      entityId: review.id,
      before: caseReviewAudit(existing),
      after: caseReviewAudit(data),
    });
    return review;
  },
});
