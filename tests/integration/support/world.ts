import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/authz/permissions";
import { ROLES } from "@/lib/authz/permissions";
import { createMember, createPartnership } from "../../support/factories";
import { seedFramework } from "../../../prisma/seed/framework";

export type World = {
  partnership: Awaited<ReturnType<typeof createPartnership>>;
  other: Awaited<ReturnType<typeof createPartnership>>;
  members: Record<Role, { id: string; email: string; membershipId: string }>;
  outsider: { id: string; email: string; membershipId: string };
  agencyId: string;
};

/** Partnership A with one member per role; partnership B with a business manager (the outsider). */
export async function createWorld(prisma: PrismaClient): Promise<World> {
  await seedFramework(prisma);
  const partnership = await createPartnership(prisma, "Partnership A");
  const other = await createPartnership(prisma, "Partnership B");
  const agencyId = partnership.organisations.find((o) => o.kind === "EDUCATION")?.id as string;
  const members = {} as World["members"];
  for (const role of ROLES) {
    const agency = role === "AGENCY_RESPONDENT" || role === "AGENCY_CONTRIBUTOR";
    const { user, membership } = await createMember(
      prisma,
      partnership.id,
      role,
      agency ? { organisationId: agencyId } : {},
    );
    members[role] = { id: user.id, email: user.email, membershipId: membership.id };
  }
  // A second business manager, so "last business manager" rules never mask an authorisation case.
  await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const outsider = await createMember(prisma, other.id, "BUSINESS_MANAGER");
  return {
    partnership,
    other,
    members,
    outsider: {
      id: outsider.user.id,
      email: outsider.user.email,
      membershipId: outsider.membership.id,
    },
    agencyId,
  };
}
