import "server-only";
import { toDomainError } from "@/lib/actions/db-errors";
import { fieldErrorsOf, type ActionResult } from "@/lib/actions/safe-action";
import { recordSecurityEvent } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import { db } from "@/lib/db";
import {
  CLOSED_INVITATION_MESSAGES,
  invitationState,
  newAccountSchema,
  UNKNOWN_INVITATION_MESSAGE,
} from "@/lib/domain/invitations";
import { hashPassword } from "./password";
import { hashToken } from "./tokens";
import { parseInput } from "@/lib/validation";

export type Accepted = { partnershipName: string; newAccount: boolean };

const STATE = { acceptedAt: true, revokedAt: true, expiresAt: true } as const;

/**
 * Turns an invitation into a membership, creating the account when there is none for the email.
 * The invitation is claimed with a conditional update inside the transaction, so two clicks (or
 * two people with the link) cannot both use it.
 */
export async function acceptInvitation(
  token: string,
  details: unknown,
): Promise<ActionResult<Accepted>> {
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      ...STATE,
      id: true,
      email: true,
      role: true,
      organisationId: true,
      designations: true,
      partnershipId: true,
      partnership: { select: { name: true } },
    },
  });
  if (!invitation) return { ok: false, message: UNKNOWN_INVITATION_MESSAGE };
  const state = invitationState(invitation);
  if (state !== "open") return { ok: false, message: CLOSED_INVITATION_MESSAGES[state] };

  const existing = await db().user.findUnique({
    where: { email: invitation.email },
    select: { id: true },
  });
  let person: { userId: string } | { name: string; passwordHash: string };
  if (existing) person = { userId: existing.id };
  else {
    const parsed = parseInput(newAccountSchema(invitation.email), details);
    if (!parsed.success)
      return { ok: false, message: "There is a problem", fieldErrors: fieldErrorsOf(parsed.error) };
    // Hashed before the transaction: argon2 is deliberately slow and must not hold a connection.
    person = { name: parsed.data.name, passwordHash: await hashPassword(parsed.data.password) };
  }

  try {
    await db().$transaction(async (tx) => {
      const claimed = await tx.invitation.updateMany({
        where: {
          id: invitation.id,
          acceptedAt: null,
          revokedAt: null,
          expiresAt: { gt: new Date() },
        },
        data: { acceptedAt: new Date() },
      });
      if (claimed.count === 0) {
        const now = await tx.invitation.findUniqueOrThrow({
          where: { id: invitation.id },
          select: STATE,
        });
        const closed = invitationState(now);
        throw new DomainError(CLOSED_INVITATION_MESSAGES[closed === "open" ? "accepted" : closed]);
      }
      const userId =
        "userId" in person
          ? person.userId
          : (
              await tx.user.create({
                data: { email: invitation.email, ...person },
                select: { id: true },
              })
            ).id;
      const grant = {
        role: invitation.role,
        organisationId: invitation.organisationId,
        designations: invitation.designations,
      };
      // A former member who was removed and invited again comes back with the new role.
      const membership = await tx.membership.upsert({
        where: { userId_partnershipId: { userId, partnershipId: invitation.partnershipId } },
        create: { userId, partnershipId: invitation.partnershipId, ...grant },
        update: { ...grant, deactivatedAt: null },
        select: { id: true },
      });
      await recordSecurityEvent(
        {
          action: "member.joined",
          actorUserId: userId,
          partnershipId: invitation.partnershipId,
          entityType: "Membership",
          entityId: membership.id,
          after: grant,
          metadata: { invitationId: invitation.id, newAccount: !existing },
        },
        tx,
      );
    });
  } catch (error) {
    const known = error instanceof DomainError ? error : toDomainError(error);
    if (known) return { ok: false, message: known.message };
    throw error;
  }
  return {
    ok: true,
    data: { partnershipName: invitation.partnership.name, newAccount: !existing },
  };
}
