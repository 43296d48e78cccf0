import "server-only";
// Shared by inviteMember and inviteMembersFromCsv. Deliberately not "use server".
import type { ActionContext, ActionResult } from "@/lib/actions/safe-action";
import { recordSecurityEvent } from "@/lib/audit";
import { hashToken, newToken } from "@/lib/auth/tokens";
import type { Role } from "@/lib/authz/permissions";
import { INVITATION_DAYS, type Designation } from "@/lib/domain/members";
import { invitationMail } from "@/lib/mail/invitation";
import { appUrl, sendMail, type Mail } from "@/lib/mail/send";

export type Invitee = {
  email: string;
  name?: string;
  role: Role;
  organisationId?: string;
  organisationName?: string;
  designations: Designation[];
};

/**
 * Creates one invitation per person in the caller's transaction and returns the mails to send
 * once it has committed. Only the token's hash is stored; the token itself exists only in the mail.
 */
export async function issueInvitations(
  { tx, user, membership }: Omit<ActionContext<unknown>, "input">,
  invitees: Invitee[],
  via: "form" | "csv",
): Promise<Mail[]> {
  const { partnershipId, partnershipName } = membership;
  const now = new Date();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  // Only the latest offer can be accepted, so a corrected role cannot be undone by an older link.
  await tx.invitation.updateMany({
    where: {
      partnershipId,
      email: { in: invitees.map((person) => person.email) },
      acceptedAt: null,
      revokedAt: null,
    },
    data: { revokedAt: now },
  });
  const tokens = new Map(invitees.map((person) => [person.email, newToken()]));
  const created = await tx.invitation.createManyAndReturn({
    data: invitees.map((person) => ({
      partnershipId,
      email: person.email,
      name: person.name ?? null,
      role: person.role,
      organisationId: person.organisationId ?? null,
      designations: person.designations,
      tokenHash: hashToken(tokens.get(person.email) ?? ""),
      expiresAt,
      invitedById: user.id,
    })),
    select: { id: true, email: true },
  });
  const ids = new Map(created.map((invitation) => [invitation.email, invitation.id]));
  for (const person of invitees) {
    await recordSecurityEvent(
      {
        action: "member.invited",
        actorUserId: user.id,
        partnershipId,
        entityType: "Invitation",
        entityId: ids.get(person.email),
        after: {
          email: person.email,
          role: person.role,
          organisationId: person.organisationId ?? null,
          designations: person.designations,
        },
        metadata: { via },
      },
      tx,
    );
  }
  return invitees.map((person) =>
    invitationMail({
      to: person.email,
      partnershipName,
      role: person.role,
      organisationName: person.organisationName,
      invitedBy: user.name,
      link: appUrl(`/invitations/${tokens.get(person.email)}`),
      expiresAt,
    }),
  );
}

/**
 * Sends an action's mails after its transaction has committed: a slow or failing mail server can
 * neither roll back the invitations nor hold the transaction open.
 */
export function thenSendMails<I, T extends { mails: Mail[] }>(
  action: (previous: unknown, input: I) => Promise<ActionResult<T>>,
) {
  return async (previous: unknown, input: I): Promise<ActionResult<Omit<T, "mails">>> => {
    const result = await action(previous, input);
    if (!result.ok) return result;
    const { mails, ...data } = result.data;
    let unsent = 0;
    for (const mail of mails) {
      try {
        await sendMail(mail);
      } catch (error) {
        unsent += 1;
        console.error("Could not queue an invitation email:", error);
      }
    }
    const message = unsent
      ? `The invitations were saved, but ${unsent} of the emails could not be sent. Revoke those invitations and send them again in a few minutes.`
      : undefined;
    return { ok: true, data, message };
  };
}
