import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { db } from "@/lib/db";

/** The partnership's profile, for any member. */
export async function getPartnershipOverview(partnershipId: string) {
  const { membership } = authorise(await getCurrentUser(), partnershipId, "partnership.view");
  const partnership = await db().partnership.findUnique({
    where: { id: partnershipId },
    select: {
      name: true,
      localAuthorityAreas: true,
      organisations: {
        orderBy: [{ isStatutoryPartner: "desc" }, { name: "asc" }],
        select: { id: true, name: true, kind: true, isStatutoryPartner: true },
      },
    },
  });
  if (!partnership) notFound();
  return { ...partnership, role: membership.role };
}
