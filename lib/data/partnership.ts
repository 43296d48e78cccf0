import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { db } from "@/lib/db";
import { recordAccess } from "@/lib/audit";

/** The partnership's profile, for any member. Viewing it is recorded in the access log. */
export async function getPartnershipOverview(partnershipId: string) {
  const { user, membership } = authorise(await getCurrentUser(), partnershipId, "partnership.view");
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
  await recordAccess({
    action: "partnership.viewed",
    actorUserId: user.id,
    partnershipId,
    entityType: "Partnership",
    entityId: partnershipId,
  });
  return { ...partnership, role: membership.role };
}
