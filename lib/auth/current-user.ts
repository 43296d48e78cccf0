import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/lib/authz/permissions";
import { authOptions } from "./options";

export type MembershipDto = {
  id: string;
  partnershipId: string;
  partnershipName: string;
  role: Role;
  organisationId: string | null;
};

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  isSiteAdmin: boolean;
  memberships: MembershipDto[];
};

/**
 * The signed-in person, re-read from the database on every request: a disabled account, a changed
 * role, a removed membership or an expired session takes effect at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const claims = session?.claims;
  if (!claims) return null;
  const absoluteLimitMs = env().SESSION_ABSOLUTE_HOURS * 3_600_000;
  if (Date.now() - claims.authTime > absoluteLimitMs) return null;

  const user = await loadCurrentUser(claims.userId);
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;
  const { sessionVersion: _version, ...dto } = user;
  return dto;
});

/** The person's record and active memberships, or null when unknown or disabled. */
export async function loadCurrentUser(
  userId: string,
): Promise<(CurrentUser & { sessionVersion: number }) | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      isSiteAdmin: true,
      disabledAt: true,
      sessionVersion: true,
      memberships: {
        where: { deactivatedAt: null },
        orderBy: { partnership: { name: "asc" } },
        select: {
          id: true,
          partnershipId: true,
          role: true,
          organisationId: true,
          partnership: { select: { name: true } },
        },
      },
    },
  });
  if (!user || user.disabledAt) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isSiteAdmin: user.isSiteAdmin,
    sessionVersion: user.sessionVersion,
    memberships: user.memberships.map((m) => ({
      id: m.id,
      partnershipId: m.partnershipId,
      partnershipName: m.partnership.name,
      role: m.role,
      organisationId: m.organisationId,
    })),
  };
}
