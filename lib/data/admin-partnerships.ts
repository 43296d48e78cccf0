import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { assertSiteAdmin } from "@/lib/authz/site-admin";
import { db } from "@/lib/db";

export type AdminPartnershipRow = {
  id: string;
  name: string;
  slug: string;
  localAuthorityAreas: string[];
  memberCount: number;
  createdAt: Date;
};

/** Every partnership with its number of active members, for site administrators. One query. */
export async function listPartnershipsForAdmin(): Promise<AdminPartnershipRow[]> {
  assertSiteAdmin(await getCurrentUser());
  const partnerships = await db().partnership.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      slug: true,
      localAuthorityAreas: true,
      createdAt: true,
      _count: { select: { memberships: { where: { deactivatedAt: null } } } },
    },
  });
  return partnerships.map(({ _count, ...partnership }) => ({
    ...partnership,
    memberCount: _count.memberships,
  }));
}
