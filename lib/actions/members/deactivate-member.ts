"use server";

import { partnershipAction } from "@/lib/actions/safe-action";
import { recordSecurityEvent } from "@/lib/audit";
import { membershipRefSchema } from "@/lib/domain/members";
import { findMembership, keepABusinessManager, membersPath } from "./support";

/**
 * For a leaver: the membership stays (their name remains on past work) but it no longer grants
 * anything. Memberships are re-read on every request, so access ends with their next click.
 */
export const deactivateMember = partnershipAction({
  schema: membershipRefSchema,
  permission: "members.manage",
  revalidate: (input) => [
    membersPath(input.partnershipId),
    `${membersPath(input.partnershipId)}/${input.membershipId}`,
  ],
  handler: async ({ input, tx, user }) => {
    const member = await findMembership(tx, input.partnershipId, input.membershipId);
    if (member.deactivatedAt) return { name: member.user.name };
    await keepABusinessManager(
      tx,
      input.partnershipId,
      member,
      member.userId === user.id
        ? "You are the only business manager of this partnership, so you cannot deactivate yourself. Make someone else a business manager first."
        : `${member.user.name} is the only business manager of this partnership. Make someone else a business manager first.`,
    );
    const deactivatedAt = new Date();
    await tx.membership.update({ where: { id: member.id }, data: { deactivatedAt } });
    await recordSecurityEvent(
      {
        action: "member.deactivated",
        actorUserId: user.id,
        partnershipId: input.partnershipId,
        entityType: "Membership",
        entityId: member.id,
        before: { deactivatedAt: null },
        after: { deactivatedAt: deactivatedAt.toISOString() },
      },
      tx,
    );
    return { name: member.user.name };
  },
});
