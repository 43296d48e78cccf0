"use server";

import { partnershipAction } from "@/lib/actions/safe-action";
import { recordSecurityEvent } from "@/lib/audit";
import { membershipRefSchema } from "@/lib/domain/members";
import { findMembership, keepABusinessManager, membersPath } from "./support";

/**
 * Deletes a membership, e.g. one made by mistake. The person's account and their past work stay;
 * the audit event keeps what the membership was.
 */
export const removeMember = partnershipAction({
  schema: membershipRefSchema,
  permission: "members.manage",
  revalidate: (input) => [membersPath(input.partnershipId)],
  handler: async ({ input, tx, user }) => {
    const member = await findMembership(tx, input.partnershipId, input.membershipId);
    await keepABusinessManager(
      tx,
      input.partnershipId,
      member,
      member.userId === user.id
        ? "You are the only business manager of this partnership, so you cannot remove yourself. Make someone else a business manager first."
        : `${member.user.name} is the only business manager of this partnership. Make someone else a business manager first.`,
    );
    await tx.membership.delete({ where: { id: member.id } });
    await recordSecurityEvent(
      {
        action: "member.removed",
        actorUserId: user.id,
        partnershipId: input.partnershipId,
        entityType: "Membership",
        entityId: member.id,
        before: {
          userId: member.userId,
          email: member.user.email,
          role: member.role,
          organisationId: member.organisationId,
          designations: member.designations,
          deactivatedAt: member.deactivatedAt?.toISOString() ?? null,
        },
      },
      tx,
    );
    return { name: member.user.name };
  },
});
