import "server-only";
import { db } from "@/lib/db";

/**
 * Entra ID sign-in is for people the partnership already knows: the token's tenant must be one of
 * ours, and the email must belong to an active user with a membership (or a site administrator),
 * or hold a live invitation.
 */
export async function entraSignInAllowed(input: {
  tenantId: string | undefined;
  email: string | null | undefined;
  allowedTenants: string[];
}): Promise<boolean> {
  if (!input.tenantId || !input.allowedTenants.includes(input.tenantId)) return false;
  const email = input.email?.toLowerCase();
  if (!email) return false;
  const user = await db().user.findUnique({
    where: { email },
    select: {
      disabledAt: true,
      isSiteAdmin: true,
      _count: { select: { memberships: { where: { deactivatedAt: null } } } },
    },
  });
  if (user) return !user.disabledAt && (user.isSiteAdmin || user._count.memberships > 0);
  const invitation = await db().invitation.findFirst({
    where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return invitation !== null;
}
