"use server";

import { recordChange } from "@/lib/audit";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { ACTION_MESSAGES, addProgressSchema, completedAtAfter } from "@/lib/domain/action-input";
import { canSeeAction, canUpdateProgress, type ActionStatusValue } from "@/lib/domain/actions";
import { actionPaths, actorOf } from "./support";

/**
 * A progress update on an action: a dated note by its author, the status after it and the
 * evidence of completion, in one save. Complete needs at least one piece of evidence (checked by
 * the schema) and records when; moving away from Complete clears it. Without lost updates: the
 * form names the version it was loaded at.
 */
export const addProgress = partnershipAction({
  schema: addProgressSchema,
  permission: "action.progress",
  revalidate: (input) => actionPaths(input.partnershipId, input.actionId, []),
  handler: async (access) => {
    const { user, input, tx } = access;
    const actor = actorOf(access);
    const action = await tx.action.findFirst({
      where: { id: input.actionId, partnershipId: input.partnershipId },
      select: {
        id: true,
        status: true,
        completedAt: true,
        ownerOrganisationId: true,
        ownerUserId: true,
        createdById: true,
        evidence: { select: { evidenceId: true } },
      },
    });
    if (!action || !canSeeAction(actor, action)) throw new NotFoundError("action");
    if (!canUpdateProgress(actor, action))
      throw new ForbiddenError(
        "Only a business manager, the owning organisation or the named owner can update this action.",
      );

    // Evidence already attached stays even if its file was removed since; new evidence must be
    // in this partnership's library and not removed.
    const attached = action.evidence.map((e) => e.evidenceId);
    const added = input.evidenceIds.filter((id) => !attached.includes(id));
    const detached = attached.filter((id) => !input.evidenceIds.includes(id));
    const available = await tx.evidenceItem.count({
      where: { id: { in: added }, partnershipId: input.partnershipId, removedAt: null },
    });
    if (available !== added.length)
      throw new DomainError("Some of the evidence chosen is no longer in the library.", {
        evidenceIds: [ACTION_MESSAGES.evidence],
      });

    const before = action.status as ActionStatusValue;
    const claimed = await tx.action.updateMany({
      where: { id: action.id, version: input.version },
      data: {
        status: input.status,
        completedAt: completedAtAfter(
          { status: before, completedAt: action.completedAt },
          input.status,
          new Date(),
        ),
        version: { increment: 1 },
      },
    });
    if (claimed.count !== 1) {
      const current = await tx.action.findUniqueOrThrow({
        where: { id: action.id },
        select: { version: true },
      });
      throw new ConflictError(ACTION_MESSAGES.conflict, current);
    }
    const update = await tx.actionUpdate.create({
      data: { actionId: action.id, authorId: user.id, note: input.note, statusAfter: input.status },
      select: { id: true },
    });
    if (detached.length > 0)
      await tx.actionEvidence.deleteMany({
        where: { actionId: action.id, evidenceId: { in: detached } },
      });
    if (added.length > 0)
      await tx.actionEvidence.createMany({
        data: added.map((evidenceId) => ({ actionId: action.id, evidenceId })),
        skipDuplicates: true,
      });

    const audit = {
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Action",
      entityId: action.id,
    };
    await recordChange(tx, {
      ...audit,
      action: "action.progress-added",
      before: { status: before },
      after: { status: input.status, note: input.note },
      metadata: { updateId: update.id },
    });
    if (added.length > 0 || detached.length > 0)
      await recordChange(tx, {
        ...audit,
        action: "action.evidence-changed",
        before: { evidenceIds: attached },
        after: { evidenceIds: input.evidenceIds },
      });
    return { updateId: update.id };
  },
});
