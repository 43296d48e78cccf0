import "server-only";
// Helpers shared by the members actions. Deliberately not "use server": nothing here may be
// callable from a browser on its own.
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import type { Role } from "@/lib/authz/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export const membersPath = (partnershipId: string) => `/partnerships/${partnershipId}/members`;

/**
 * The membership, only if it belongs to this partnership: a business manager of another
 * partnership who guesses an id learns nothing and changes nothing.
 */
export async function findMembership(tx: Tx, partnershipId: string, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, partnershipId },
    select: {
      id: true,
      userId: true,
      role: true,
      organisationId: true,
      designations: true,
      deactivatedAt: true,
      user: { select: { email: true, name: true } },
    },
  });
  if (!membership) throw new NotFoundError("member");
  return membership;
}

/** The organisation's name, if it is one of this partnership's; otherwise a field error. */
export async function checkOrganisation(
  tx: Tx,
  partnershipId: string,
  organisationId: string | undefined,
): Promise<string | undefined> {
  if (!organisationId) return undefined;
  const organisation = await tx.organisation.findFirst({
    where: { id: organisationId, partnershipId },
    select: { name: true },
  });
  if (!organisation) {
    const message = "Select one of this partnership's organisations";
    throw new DomainError(message, { organisationId: [message] });
  }
  return organisation.name;
}

/**
 * Refuses a change that would leave the partnership with no active business manager, who is the
 * only person able to invite or restore anyone. The partnership row is locked first so that two
 * business managers demoting each other at the same moment cannot both succeed.
 */
export async function keepABusinessManager(
  tx: Tx,
  partnershipId: string,
  membership: { id: string; role: Role; deactivatedAt: Date | null },
  refusal: string,
): Promise<void> {
  if (membership.role !== "BUSINESS_MANAGER" || membership.deactivatedAt) return;
  await tx.$queryRaw`SELECT id FROM "Partnership" WHERE id = ${partnershipId}::uuid FOR UPDATE`;
  const others = await tx.membership.count({
    where: {
      partnershipId,
      role: "BUSINESS_MANAGER",
      deactivatedAt: null,
      id: { not: membership.id },
    },
  });
  if (others === 0) throw new DomainError(refusal);
}

/** Which of these emails already belong to a member of the partnership, active or not. */
export async function existingMembers(
  tx: Tx,
  partnershipId: string,
  emails: string[],
): Promise<Map<string, "active" | "deactivated">> {
  const rows = await tx.membership.findMany({
    where: { partnershipId, user: { email: { in: emails } } },
    select: { deactivatedAt: true, user: { select: { email: true } } },
  });
  return new Map(rows.map((row) => [row.user.email, row.deactivatedAt ? "deactivated" : "active"]));
}

export function alreadyMemberMessage(email: string, state: "active" | "deactivated"): string {
  return state === "active"
    ? `${email} is already a member of this partnership`
    : `${email} is a deactivated member of this partnership: reactivate them from the members list instead`;
}
