"use server";

import { partnershipAction } from "@/lib/actions/safe-action";
import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import {
  sameWording,
  saveQuestionWordingSchema,
  WORDING_AUDIT_ACTIONS,
  WORDING_MESSAGES,
} from "@/lib/domain/question-wording";
import { originalQuestion, wordingConflict, wordingKey, wordingPath } from "./support";

/**
 * The business manager gives relevant agencies their own wording of a question (kept against its
 * lineage, so later framework versions keep it). Version 0 means the form saw none: if one was
 * saved since, or the stored one moved on, it is a conflict with what is saved now.
 */
export const saveQuestionWording = partnershipAction({
  schema: saveQuestionWordingSchema,
  permission: "wording.manage",
  revalidate: (input) => [wordingPath(input.partnershipId)],
  handler: async ({ input, tx, user }) => {
    const { partnershipId, lineageKey } = input;
    const original = await originalQuestion(tx, partnershipId, lineageKey);
    if (sameWording(original.text, input.text))
      throw new DomainError(WORDING_MESSAGES.sameAsOriginal, {
        text: [WORDING_MESSAGES.sameAsOriginal],
      });
    const key = wordingKey(partnershipId, lineageKey);
    const stored = await tx.questionWording.findUnique({
      where: key,
      select: { text: true, version: true },
    });
    if ((stored?.version ?? 0) !== input.version)
      throw await wordingConflict(tx, partnershipId, lineageKey);
    if (stored && stored.text === input.text) return { version: stored.version, changed: false };
    if (stored) {
      const claimed = await tx.questionWording.updateMany({
        where: { ...key.partnershipId_lineageKey_audience, version: input.version },
        data: { text: input.text, updatedById: user.id, version: { increment: 1 } },
      });
      if (claimed.count !== 1) throw await wordingConflict(tx, partnershipId, lineageKey);
    } else {
      const created = await tx.questionWording.createManyAndReturn({
        data: [
          { ...key.partnershipId_lineageKey_audience, text: input.text, updatedById: user.id },
        ],
        skipDuplicates: true,
        select: { id: true },
      });
      if (created.length !== 1) throw await wordingConflict(tx, partnershipId, lineageKey);
    }
    await recordChange(tx, {
      action: WORDING_AUDIT_ACTIONS.saved,
      actorUserId: user.id,
      partnershipId,
      entityType: "QuestionWording",
      entityId: lineageKey,
      before: { text: stored?.text ?? null },
      after: { text: input.text },
      metadata: { question: original.code, audience: "WIDER_PARTNER" },
    });
    return { version: input.version + 1, changed: true };
  },
});
