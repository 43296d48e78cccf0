import type { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemo } from "./demo";
import { seedFramework } from "./framework";

export type SeedResult = { frameworkVersionId: string; demoPartnershipId: string | null };

/** The framework always; the demo partnership only when asked (embedded database or SEED_DEMO=1). */
export async function seed(prisma: PrismaClient, options: { demo: boolean }): Promise<SeedResult> {
  const { versionId } = await seedFramework(prisma);
  const demo = options.demo ? await seedDemo(prisma) : null;
  return { frameworkVersionId: versionId, demoPartnershipId: demo?.partnershipId ?? null };
}
