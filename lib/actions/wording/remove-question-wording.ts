"use server";

import { partnershipAction } from "@/lib/actions/safe-action";
import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import {
  removeQuestionWordingSchema,
  WORDING_AUDIT_ACTIONS,
  WORDING_MESSAGES,
} from "@/lib/domain/question-wording";
import { wordingConflict, wordingKey, wordingPath } from "./support";

/**
 * Removes a question's wording for relevant agencies: they read the original again. Only the
 * version the business manager saw is removed; a newer one is a conflict.
 */
export const removeQuestionWording = partnershipAction({
  schema: removeQuestionWordingSchema,
  permission: "wording.manage",
  revalidate: (input) => [wordingPath(input.partnershipId)],
  handler: async ({ input, tx, user }) => {
    const { partnershipId, lineageKey } = input;
    const key = wordingKey(partnershipId, lineageKey);
    const stored = await tx.questionWording.findUnique({
      where: key,
      select: { text: true, version: true },
    });
    if (!stored) throw new DomainError(WORDING_MESSAGES.gone);
    const removed = await tx.questionWording.deleteMany({
      where: { ...key.partnershipId_lineageKey_audience, version: input.version },
    });
    if (removed.count !== 1) throw await wordingConflict(tx, partnershipId, lineageKey);
    await recordChange(tx, {
      action: WORDING_AUDIT_ACTIONS.removed,
      actorUserId: user.id,
      partnershipId,
      entityType: "QuestionWording",
      entityId: lineageKey,
      before: { text: stored.text, version: stored.version },
    });
    return { removed: true };
  },
});
