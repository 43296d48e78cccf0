"use server";

import { partnershipAction } from "@/lib/actions/safe-action";
import { recordSecurityEvent } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { invitationRefSchema } from "@/lib/domain/members";
import { membersPath } from "./support";

/** Stops an invitation link working, e.g. one sent to the wrong address. */
export const revokeInvitation = partnershipAction({
  schema: invitationRefSchema,
  permission: "members.manage",
  revalidate: (input) => [membersPath(input.partnershipId)],
  handler: async ({ input, tx, user }) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: input.invitationId, partnershipId: input.partnershipId },
      select: { id: true, email: true, acceptedAt: true, revokedAt: true },
    });
    if (!invitation) throw new NotFoundError("invitation");
    if (invitation.acceptedAt)
      throw new DomainError(`${invitation.email} has already accepted this invitation.`);
    if (invitation.revokedAt) return { email: invitation.email };
    // Conditional, so an acceptance committing at the same moment is not silently overridden.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new DomainError("That invitation has just changed. Reload the page.");
    await recordSecurityEvent(
      {
        action: "member.invitation-revoked",
        actorUserId: user.id,
        partnershipId: input.partnershipId,
        entityType: "Invitation",
        entityId: invitation.id,
        metadata: { email: invitation.email },
      },
      tx,
    );
    return { email: invitation.email };
  },
});
