"use server";

import { recordChange } from "@/lib/audit";
import { ConflictError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { ARRANGEMENT_MESSAGES, saveArrangementAnswerSchema } from "@/lib/domain/arrangements";
import { arrangementPaths, storedAnswer, type StoredAnswer } from "./support";

/**
 * Records the partnership's answer to one of the scrutiny arrangements questions (seed 001
 * Section 6), without lost updates: the save names the version it edited (0 for a first answer) and
 * is refused, with what is stored now, when someone else saved in between. Every change is an
 * audit event with the answer before and after: that is the question's history.
 */
export const saveArrangementAnswer = partnershipAction({
  schema: saveArrangementAnswerSchema,
  permission: "arrangements.edit",
  revalidate: (input) => arrangementPaths(input.partnershipId, input.questionNumber),
  handler: async ({ user, input, tx }) => {
    const { partnershipId, questionNumber } = input;
    const conflict = async () =>
      new ConflictError<StoredAnswer | null>(
        ARRANGEMENT_MESSAGES.conflict,
        await storedAnswer(tx, partnershipId, questionNumber),
      );
    const existing = await tx.arrangementAnswer.findUnique({
      where: { partnershipId_questionNumber: { partnershipId, questionNumber } },
      select: { id: true, answer: true, version: true },
    });
    if ((existing?.version ?? 0) !== input.version) throw await conflict();
    if (existing && existing.answer === input.answer)
      return { version: existing.version, changed: false };

    if (existing) {
      const claimed = await tx.arrangementAnswer.updateMany({
        where: { id: existing.id, partnershipId, version: input.version },
        data: { answer: input.answer, updatedById: user.id, version: { increment: 1 } },
      });
      if (claimed.count !== 1) throw await conflict();
    } else {
      // Two first answers at once: the unique key lets one in; the other is told, not failed.
      const created = await tx.arrangementAnswer.createMany({
        data: [{ partnershipId, questionNumber, answer: input.answer, updatedById: user.id }],
        skipDuplicates: true,
      });
      if (created.count !== 1) throw await conflict();
    }
    const saved = await tx.arrangementAnswer.findUniqueOrThrow({
      where: { partnershipId_questionNumber: { partnershipId, questionNumber } },
      select: { id: true, version: true, updatedAt: true },
    });
    await recordChange(tx, {
      action: "arrangement.answered",
      actorUserId: user.id,
      partnershipId,
      entityType: "ArrangementAnswer",
      entityId: saved.id,
      before: { answer: existing?.answer ?? null },
      after: { answer: input.answer },
      metadata: { questionNumber },
    });
    return { version: saved.version, changed: true };
  },
});
