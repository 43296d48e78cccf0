import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { encryptSecret } from "../../lib/auth/tokens";
import {
  DEMO_CYCLES,
  DEMO_ORGANISATIONS,
  DEMO_PARTNERSHIP,
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  DEMO_USERS,
} from "./demo-data";

/** Seeds the demo partnership, its organisations, cycles and one user per role. Idempotent. */
export async function seedDemo(
  prisma: PrismaClient,
  secret: string,
): Promise<{ partnershipId: string }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const totpSecret = encryptSecret(DEMO_TOTP_SECRET, secret);
  return prisma.$transaction(async (tx) => {
    const partnership = await tx.partnership.upsert({
      where: { slug: DEMO_PARTNERSHIP.slug },
      update: {},
      create: DEMO_PARTNERSHIP,
    });
    const organisationIds = new Map<string, string>();
    for (const organisation of DEMO_ORGANISATIONS) {
      const row = await tx.organisation.upsert({
        where: { partnershipId_name: { partnershipId: partnership.id, name: organisation.name } },
        update: {},
        create: { ...organisation, partnershipId: partnership.id },
      });
      organisationIds.set(organisation.name, row.id);
    }
    for (const cycle of DEMO_CYCLES) {
      await tx.cycle.upsert({
        where: { partnershipId_name: { partnershipId: partnership.id, name: cycle.name } },
        update: {},
        create: {
          partnershipId: partnership.id,
          name: cycle.name,
          startsOn: new Date(`${cycle.startsOn}T00:00:00Z`),
          endsOn: new Date(`${cycle.endsOn}T00:00:00Z`),
        },
      });
    }
    for (const demoUser of DEMO_USERS) {
      const user = await tx.user.upsert({
        where: { email: demoUser.email },
        update: {},
        create: {
          email: demoUser.email,
          name: demoUser.name,
          jobTitle: demoUser.jobTitle,
          passwordHash,
          isSiteAdmin: demoUser.isSiteAdmin ?? false,
          ...(demoUser.twoFactor ? { totpSecret, totpEnabledAt: new Date() } : {}),
        },
      });
      if (!demoUser.role) continue;
      const organisationId = demoUser.organisation
        ? organisationIds.get(demoUser.organisation)
        : undefined;
      await tx.membership.upsert({
        where: { userId_partnershipId: { userId: user.id, partnershipId: partnership.id } },
        update: {},
        create: {
          userId: user.id,
          partnershipId: partnership.id,
          role: demoUser.role,
          organisationId: organisationId ?? null,
          jobTitle: demoUser.jobTitle,
          designations: demoUser.designations ?? [],
        },
      });
    }
    return { partnershipId: partnership.id };
  });
}
