"use server";

import { DomainError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { reassignActionsSchema, reassignmentNote } from "@/lib/domain/action-filters";
import { agencyOwnerProblem } from "@/lib/domain/action-input";

type Owner = {
  owner: string;
  ownerUserId: string | null;
  ownerEmail: string | null;
  organisation: string;
  organisationId: string;
};

/**
 * A business manager gives several actions a new named owner (and, optionally, a new owning
 * organisation): someone leaving, a restructure. All or nothing: if any id is not one of this
 * partnership's actions, nothing changes. Each changed action gets a new version, an audit event
 * with the owner before and after, and a progress note saying who it moved from and to. The rows
 * are locked first, so a change saved meanwhile is neither lost nor misreported; a member with an
 * agency role can own only their own organisation's actions.
 */
export const reassignActions = partnershipAction({
  schema: reassignActionsSchema,
  permission: "action.reassign",
  revalidate: (input) => [`/partnerships/${input.partnershipId}/actions`],
  handler: async ({ user, input, tx }) => {
    // Lock the chosen rows before reading them: a concurrent edit or reassignment waits, or this one
    // waits for it and then reads what it saved.
    await tx.$queryRaw`SELECT id FROM "Action" WHERE id = ANY(${input.actionIds}::uuid[]) AND "partnershipId" = ${input.partnershipId}::uuid FOR UPDATE`;
    const actions = await tx.action.findMany({
      where: { id: { in: input.actionIds }, partnershipId: input.partnershipId },
      select: {
        id: true,
        ownerUserId: true,
        ownerName: true,
        ownerEmail: true,
        ownerOrganisationId: true,
        ownerOrganisation: { select: { name: true } },
        ownerUser: { select: { name: true, email: true } },
      },
    });
    if (actions.length !== input.actionIds.length)
      throw new DomainError(
        "Some of the selected actions do not exist or you do not have access to them. No actions were reassigned.",
        { actionIds: ["Select actions from the list"] },
      );

    let newOwner: Omit<Owner, "organisation" | "organisationId">;
    let agencyMember: Parameters<typeof agencyOwnerProblem>[0] | null = null;
    if (input.owner.kind === "member") {
      const member = await tx.membership.findFirst({
        where: {
          partnershipId: input.partnershipId,
          userId: input.owner.userId,
          deactivatedAt: null,
          user: { disabledAt: null },
        },
        select: {
          role: true,
          organisationId: true,
          organisation: { select: { name: true } },
          user: { select: { id: true, name: true, email: true } },
        },
      });
      if (!member)
        throw new DomainError("There is a problem with what you entered.", {
          ownerUserId: ["Select a member of this partnership"],
        });
      agencyMember = {
        name: member.user.name,
        role: member.role,
        organisationId: member.organisationId,
        organisationName: member.organisation?.name,
      };
      newOwner = {
        owner: member.user.name || member.user.email,
        ownerUserId: member.user.id,
        ownerEmail: null,
      };
    } else {
      newOwner = { owner: input.owner.name, ownerUserId: null, ownerEmail: input.owner.email };
    }

    let newOrganisation: { id: string; name: string } | null = null;
    if (input.ownerOrganisationId) {
      newOrganisation = await tx.organisation.findFirst({
        where: { id: input.ownerOrganisationId, partnershipId: input.partnershipId },
        select: { id: true, name: true },
      });
      if (!newOrganisation)
        throw new DomainError("There is a problem with what you entered.", {
          ownerOrganisationId: ["Select an organisation from the list"],
        });
    }

    // All or nothing: an agency member cannot own another organisation's action.
    if (agencyMember) {
      for (const action of actions) {
        const problem = agencyOwnerProblem(
          agencyMember,
          newOrganisation ?? {
            id: action.ownerOrganisationId,
            name: action.ownerOrganisation.name,
          },
        );
        if (problem) throw new DomainError(problem, { ownerUserId: [problem] });
      }
    }

    const changes = actions
      .map((action) => {
        const before: Owner = {
          owner: action.ownerUser
            ? action.ownerUser.name || action.ownerUser.email
            : (action.ownerName ?? ""),
          ownerUserId: action.ownerUserId,
          ownerEmail: action.ownerUser ? null : action.ownerEmail,
          organisation: action.ownerOrganisation.name,
          organisationId: action.ownerOrganisationId,
        };
        const after: Owner = {
          ...newOwner,
          organisation: newOrganisation?.name ?? before.organisation,
          organisationId: newOrganisation?.id ?? before.organisationId,
        };
        return { id: action.id, before, after };
      })
      .filter(
        ({ before, after }) =>
          before.organisationId !== after.organisationId ||
          before.ownerUserId !== after.ownerUserId ||
          (after.ownerUserId === null &&
            (before.ownerEmail?.toLowerCase() !== after.ownerEmail ||
              before.owner !== after.owner)),
      );

    if (changes.length > 0) {
      const ids = changes.map((change) => change.id);
      await tx.action.updateMany({
        where: { id: { in: ids }, partnershipId: input.partnershipId },
        data: {
          ownerUserId: newOwner.ownerUserId,
          ownerName: newOwner.ownerUserId ? null : newOwner.owner,
          ownerEmail: newOwner.ownerEmail,
          ...(newOrganisation ? { ownerOrganisationId: newOrganisation.id } : {}),
          version: { increment: 1 },
        },
      });
      await tx.actionUpdate.createMany({
        data: changes.map((change) => ({
          actionId: change.id,
          authorId: user.id,
          note: reassignmentNote(change.before, change.after),
        })),
      });
      // One insert for every audit event (the fields lib/audit.ts recordChange writes), so 1,000
      // actions fit well within the transaction's time limit.
      await tx.auditEvent.createMany({
        data: changes.map((change) => ({
          category: "CHANGE" as const,
          action: "action.reassigned",
          actorUserId: user.id,
          partnershipId: input.partnershipId,
          entityType: "Action",
          entityId: change.id,
          before: change.before,
          after: change.after,
        })),
      });
    }
    return {
      reassigned: changes.length,
      unchanged: actions.length - changes.length,
      owner: newOwner.owner,
    };
  },
});
