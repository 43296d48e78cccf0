"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { offlineParticipant } from "@/lib/data/offline-return";
import { importBlockedReason } from "@/lib/domain/return-access";
import type { ReturnChange } from "@/lib/domain/return-import";
import { confirmReturnImportSchema } from "@/lib/domain/return-import-input";

/**
 * Step two: the held changes are written to the organisation's answers, in one transaction, each
 * only if the answer is still the version the file was checked against (otherwise nothing is
 * written and the person uploads again to see the changes against the answers now). Each answer's
 * change is audited like an online save, so the question's history shows it.
 */
export const confirmReturnImport = partnershipAction({
  schema: confirmReturnImportSchema,
  permission: "response.edit",
  revalidate: (input) => {
    const base = `/partnerships/${input.partnershipId}/assessments/${input.assessmentId}`;
    return [base, `${base}/returns`, `${base}/returns/${input.participantId}`];
  },
  handler: async ({ user, membership, input, tx }) => {
    const participant = await offlineParticipant(
      tx,
      { user, membership },
      input.partnershipId,
      input.assessmentId,
      input.participantId,
    );
    const blocked = importBlockedReason(
      participant.status,
      participant.assessment.status,
      participant.organisationName,
    );
    if (blocked) throw new DomainError(blocked);
    const held = await tx.returnImport.findFirst({
      where: { id: input.importId, participantId: participant.id },
      select: { id: true, fileName: true, rows: true, confirmedAt: true },
    });
    if (!held) throw new NotFoundError("upload");
    const claimed = await tx.returnImport.updateMany({
      where: { id: held.id, confirmedAt: null },
      data: { confirmedAt: new Date() },
    });
    if (claimed.count !== 1) throw new DomainError("This file has already been imported.");

    const changes = held.rows as unknown as ReturnChange[];
    const moved: string[] = [];
    for (const change of changes) {
      const written = await tx.response.updateMany({
        where: { id: change.responseId, participantId: participant.id, version: change.version },
        data: {
          ...change.after,
          updatedById: user.id,
          enteredOnBehalf: participant.onBehalf,
          version: { increment: 1 },
        },
      });
      if (written.count !== 1) moved.push(change.code);
    }
    if (moved.length > 0)
      throw new DomainError(
        `Nothing was imported: ${moved.length === 1 ? `the answer to question ${moved[0]} was` : `the answers to questions ${moved.join(", ")} were`} changed after the file was checked. Upload the file again to see what it would change now.`,
      );
    for (const change of changes)
      await recordChange(tx, {
        action: "response.updated",
        actorUserId: user.id,
        partnershipId: input.partnershipId,
        entityType: "Response",
        entityId: change.responseId,
        before: change.before,
        after: { ...change.after, enteredOnBehalf: participant.onBehalf },
        metadata: { importId: held.id, fileName: held.fileName },
      });
    if (participant.status === "NOT_STARTED")
      await tx.assessmentParticipant.update({
        where: { id: participant.id },
        data: { status: "IN_PROGRESS" },
      });
    await recordChange(tx, {
      action: "returns.imported",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "ReturnImport",
      entityId: held.id,
      after: {
        organisation: participant.organisationName,
        fileName: held.fileName,
        questions: changes.map((c) => c.code),
      },
      metadata: { participantId: participant.id, onBehalf: participant.onBehalf },
    });
    return { imported: changes.length };
  },
});
