"use server";

import { partnershipAction } from "@/lib/actions/safe-action";
import { recordSecurityEvent } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import { ROLE_LABELS } from "@/lib/authz/permissions";
import { membershipRefSchema, needsOrganisation } from "@/lib/domain/members";
import { findMembership, membersPath } from "./support";

/** Gives a deactivated member their access back, with the role they had. */
export const reactivateMember = partnershipAction({
  schema: membershipRefSchema,
  permission: "members.manage",
  revalidate: (input) => [
    membersPath(input.partnershipId),
    `${membersPath(input.partnershipId)}/${input.membershipId}`,
  ],
  handler: async ({ input, tx, user }) => {
    const member = await findMembership(tx, input.partnershipId, input.membershipId);
    if (!member.deactivatedAt) return { name: member.user.name };
    // Their organisation may have been deleted while they were away.
    if (needsOrganisation(member.role) && !member.organisationId)
      throw new DomainError(
        `An ${ROLE_LABELS[member.role].toLowerCase()} needs an organisation. Change their role or organisation first.`,
      );
    await tx.membership.update({ where: { id: member.id }, data: { deactivatedAt: null } });
    await recordSecurityEvent(
      {
        action: "member.reactivated",
        actorUserId: user.id,
        partnershipId: input.partnershipId,
        entityType: "Membership",
        entityId: member.id,
        before: { deactivatedAt: member.deactivatedAt.toISOString() },
        after: { deactivatedAt: null },
      },
      tx,
    );
    return { name: member.user.name };
  },
});
