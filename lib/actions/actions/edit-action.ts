"use server";

import { recordChange } from "@/lib/audit";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  ACTION_MESSAGES,
  changedDueDateProblem,
  changedFields,
  editActionSchema,
  linkValue,
} from "@/lib/domain/action-input";
import { canEditAction, canSeeAction, dateOnly } from "@/lib/domain/actions";
import { ukDateStamp } from "@/lib/domain/london-time";
import {
  actionPaths,
  actorOf,
  asDate,
  checkLinks,
  checkOwner,
  linkChanges,
  refuse,
} from "./support";

/**
 * Changes what an action is: its description, owner, due date, priority and linked questions (not
 * where it came from). Only those canEditAction allows; without lost updates (the form names the
 * version it was loaded at). Only links the form showed can be unlinked, so links added elsewhere
 * after it was loaded stay; a named owner who has since left can stay the owner.
 */
export const editAction = partnershipAction({
  schema: editActionSchema,
  permission: "action.edit",
  // The links shown include those unlinked, whose assessments' plans change too.
  revalidate: (input) =>
    actionPaths(input.partnershipId, input.actionId, [...input.links, ...input.shownLinks]),
  handler: async (access) => {
    const { user, input, tx } = access;
    const actor = actorOf(access);
    const action = await tx.action.findFirst({
      where: { id: input.actionId, partnershipId: input.partnershipId },
      select: {
        id: true,
        description: true,
        ownerOrganisationId: true,
        ownerUserId: true,
        ownerName: true,
        ownerEmail: true,
        dueOn: true,
        priority: true,
        sourceType: true,
        createdById: true,
        links: { select: { assessmentId: true, questionId: true } },
      },
    });
    // Another organisation's action is, for an agency user, as good as not there.
    if (!action || !canSeeAction(actor, action)) throw new NotFoundError("action");
    if (!canEditAction(actor, action))
      throw new ForbiddenError(
        "Only a business manager, the scrutineer who raised this action or a respondent of the owning organisation can change it.",
      );

    const problem = changedDueDateProblem(
      dateOnly(action.dueOn),
      input.dueOn,
      ukDateStamp(new Date()),
    );
    if (problem) refuse("dueOn", problem);
    await checkOwner(tx, actor, input, action);
    const { added, removed, result } = linkChanges(action.links, input.links, input.shownLinks);
    if (action.sourceType === "RESPONSE" && result.length === 0)
      refuse("links", ACTION_MESSAGES.linksRequired);
    await checkLinks(tx, input.partnershipId, added, actor);

    const fields = {
      description: input.description,
      ownerOrganisationId: input.ownerOrganisationId,
      ownerUserId: input.ownerUserId,
      ownerName: input.ownerName,
      ownerEmail: input.ownerEmail,
      priority: input.priority,
    };
    const changes = changedFields(
      {
        description: action.description,
        ownerOrganisationId: action.ownerOrganisationId,
        ownerUserId: action.ownerUserId,
        ownerName: action.ownerName,
        ownerEmail: action.ownerEmail,
        priority: action.priority as string,
        dueOn: dateOnly(action.dueOn),
        links: action.links.map(linkValue).sort(),
      },
      { ...fields, dueOn: input.dueOn, links: result.map(linkValue).sort() },
    );
    // Saving without a change writes nothing (and so cannot conflict).
    if (Object.keys(changes.after).length === 0) return { actionId: action.id, changed: false };

    const claimed = await tx.action.updateMany({
      where: { id: action.id, version: input.version },
      data: { ...fields, dueOn: asDate(input.dueOn), version: { increment: 1 } },
    });
    if (claimed.count !== 1) {
      const current = await tx.action.findUniqueOrThrow({
        where: { id: action.id },
        select: { version: true },
      });
      throw new ConflictError(ACTION_MESSAGES.conflict, current);
    }
    if (removed.length > 0)
      await tx.actionLink.deleteMany({
        where: {
          actionId: action.id,
          OR: removed.map((link) => ({
            assessmentId: link.assessmentId,
            questionId: link.questionId,
          })),
        },
      });
    if (added.length > 0)
      await tx.actionLink.createMany({
        data: added.map((link) => ({ actionId: action.id, ...link })),
        skipDuplicates: true,
      });
    await recordChange(tx, {
      action: "action.updated",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Action",
      entityId: action.id,
      before: changes.before,
      after: changes.after,
    });
    return { actionId: action.id, changed: true };
  },
});
