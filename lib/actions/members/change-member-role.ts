"use server";

import { partnershipAction } from "@/lib/actions/safe-action";
import { recordSecurityEvent } from "@/lib/audit";
import { changeMemberRoleSchema } from "@/lib/domain/members";
import { checkOrganisation, findMembership, keepABusinessManager, membersPath } from "./support";

/**
 * Changes a member's role, organisation and designations. No session is ended: roles are re-read
 * on every request, so the change applies from the member's next click.
 */
export const changeMemberRole = partnershipAction({
  schema: changeMemberRoleSchema,
  permission: "members.manage",
  revalidate: (input) => [
    membersPath(input.partnershipId),
    `${membersPath(input.partnershipId)}/${input.membershipId}`,
  ],
  handler: async ({ input, tx, user }) => {
    const member = await findMembership(tx, input.partnershipId, input.membershipId);
    await checkOrganisation(tx, input.partnershipId, input.organisationId);
    if (input.role !== "BUSINESS_MANAGER") {
      await keepABusinessManager(
        tx,
        input.partnershipId,
        member,
        `${member.user.name} is the only business manager of this partnership. Make someone else a business manager before changing their role.`,
      );
    }
    const after = {
      role: input.role,
      organisationId: input.organisationId ?? null,
      designations: input.designations,
    };
    await tx.membership.update({ where: { id: member.id }, data: after });
    await recordSecurityEvent(
      {
        action: "member.role-changed",
        actorUserId: user.id,
        partnershipId: input.partnershipId,
        entityType: "Membership",
        entityId: member.id,
        before: {
          role: member.role,
          organisationId: member.organisationId,
          designations: member.designations,
        },
        after,
      },
      tx,
    );
    return { name: member.user.name };
  },
});
