import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { MembershipRole, OrganisationKind } from "../../lib/generated/prisma/enums";

/** A partnership with three statutory partners and one relevant agency. */
export async function createPartnership(
  prisma: PrismaClient,
  name = `Test ${randomUUID().slice(0, 8)} Partnership`,
) {
  const organisations: Array<{
    name: string;
    kind: OrganisationKind;
    isStatutoryPartner: boolean;
  }> = [
    { name: "County Council", kind: "LOCAL_AUTHORITY", isStatutoryPartner: true },
    { name: "Police", kind: "POLICE", isStatutoryPartner: true },
    { name: "Integrated Care Board", kind: "HEALTH_ICB", isStatutoryPartner: true },
    { name: "Schools Alliance", kind: "EDUCATION", isStatutoryPartner: false },
  ];
  return prisma.partnership.create({
    data: {
      name,
      slug: `p-${randomUUID()}`,
      localAuthorityAreas: ["County Council"],
      organisations: { create: organisations },
    },
    include: { organisations: true },
  });
}

/** A user who is a member of the partnership with the role (and, for agencies, an organisation). */
export async function createMember(
  prisma: PrismaClient,
  partnershipId: string,
  role: MembershipRole,
  options: { organisationId?: string; email?: string; name?: string } = {},
) {
  const user = await prisma.user.create({
    data: {
      email: options.email ?? `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.org`,
      name: options.name ?? `${role} person`,
    },
  });
  const membership = await prisma.membership.create({
    data: { userId: user.id, partnershipId, role, organisationId: options.organisationId ?? null },
  });
  return { user, membership };
}
