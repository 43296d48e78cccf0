import type { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemo } from "./demo";
import { seedDemoAssessment } from "./demo-assessment";
import { seedDemoHistory } from "./demo-history";
import { seedFramework } from "./framework";

export type SeedResult = { frameworkVersionId: string; demoPartnershipId: string | null };

/** The framework always; the demo partnership only when asked (embedded database or SEED_DEMO=1). */
/** `secret` (NEXTAUTH_SECRET) encrypts the demo accounts' authenticator key; needed only for demo data. */
export async function seed(
  prisma: PrismaClient,
  options: { demo: boolean; secret?: string },
): Promise<SeedResult> {
  const { versionId } = await seedFramework(prisma);
  if (options.demo && !options.secret)
    throw new Error("NEXTAUTH_SECRET is required to seed demo data");
  const demo = options.demo ? await seedDemo(prisma, options.secret as string) : null;
  if (demo) {
    const lastCycle = await seedDemoHistory(prisma, demo.partnershipId, versionId);
    await seedDemoAssessment(prisma, demo.partnershipId, versionId, lastCycle);
  }
  return { frameworkVersionId: versionId, demoPartnershipId: demo?.partnershipId ?? null };
}
