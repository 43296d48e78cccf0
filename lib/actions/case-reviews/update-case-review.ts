"use server";

import { recordChange } from "@/lib/audit";
import { ConflictError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { CASE_REVIEW_MESSAGES, updateCaseReviewSchema } from "@/lib/domain/case-reviews";
import {
  assertIdentifierFree,
  caseReviewAudit,
  caseReviewData,
  caseReviewPaths,
  identifierTaken,
  isIdentifierClash,
} from "./support";

/**
 * Changes a review in the register: its type, identifier, status, key dates and summary. The form
 * posts the review's updatedAt as it loaded it; the change is written only if nobody else has
 * changed the review since (a conditional update, so two people saving at once cannot both win),
 * otherwise the person is asked to reload and nothing is saved.
 */
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
        updatedAt: true,
      },
    });
    if (!existing) throw new NotFoundError("case review");
    const loadedAt = new Date(input.updatedAt);
    const conflict = () => new ConflictError(CASE_REVIEW_MESSAGES.conflict, null);
    if (existing.updatedAt.getTime() !== loadedAt.getTime()) throw conflict();
    await assertIdentifierFree(tx, input.partnershipId, input.identifier, input.caseReviewId);
    const data = caseReviewData(input);
    const { count } = await tx.caseReview
      .updateMany({
        where: { id: input.caseReviewId, partnershipId: input.partnershipId, updatedAt: loadedAt },
        data,
      })
      .catch((error: unknown) => {
        throw isIdentifierClash(error) ? identifierTaken(input.identifier) : error;
      });
    // Someone else's change was committed between the read above and this write.
    if (count !== 1) throw conflict();
    const { updatedAt: _updatedAt, ...before } = existing;
    await recordChange(tx, {
      action: "case-review.updated",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "CaseReview",
      entityId: input.caseReviewId,
      before: caseReviewAudit(before),
      after: caseReviewAudit(data),
    });
    return { id: input.caseReviewId, identifier: data.identifier };
  },
});
