import "server-only";
import type { Role } from "@/lib/authz/permissions";
import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { invitationState, invitationToken, type InvitationState } from "@/lib/domain/invitations";
import { parseInput } from "@/lib/validation";

export type InvitationView =
  | { state: "unknown" }
  | { state: Exclude<InvitationState, "open"> }
  | {
      state: "open";
      email: string;
      name: string | null;
      role: Role;
      partnershipName: string;
      organisationName: string | null;
      hasAccount: boolean;
    };

/**
 * What the invitation page shows. Public: holding the link is the permission, and a closed or
 * unknown link reveals nothing about the invitation behind it.
 */
export async function getInvitationByToken(token: string): Promise<InvitationView> {
  if (!parseInput(invitationToken, token).success) return { state: "unknown" };
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      name: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      partnership: { select: { name: true } },
      organisation: { select: { name: true } },
    },
  });
  if (!invitation) return { state: "unknown" };
  const state = invitationState(invitation);
  if (state !== "open") return { state };
  const account = await db().user.findUnique({
    where: { email: invitation.email },
    select: { id: true },
  });
  return {
    state,
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    partnershipName: invitation.partnership.name,
    organisationName: invitation.organisation?.name ?? null,
    hasAccount: Boolean(account),
  };
}
