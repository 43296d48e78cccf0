import type { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemo } from "./demo";
import { seedDemoAssessment } from "./demo-assessment";
import { loadDemoContext } from "./demo-context";
import { seedDemoHistory } from "./demo-history";
import { seedDemoPastCycles } from "./demo-past-cycles";
import { seedDemoReport } from "./demo-report";
import { seedDemoSelfAssessments } from "./demo-self-assessments";
import { seedDemoYearlyReport } from "./demo-yearly-report";
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
    // Oldest first: each cycle's scrutiny is started from the one before.
    const ctx = await loadDemoContext(prisma, demo.partnershipId, versionId);
    const earlier = await seedDemoPastCycles(prisma, ctx);
    const lastCycle = await seedDemoHistory(
      prisma,
      demo.partnershipId,
      versionId,
      earlier.previousScrutinyId,
    );
    await seedDemoAssessment(prisma, demo.partnershipId, versionId, lastCycle);
    await seedDemoSelfAssessments(prisma, ctx);
    await seedDemoReport(prisma, ctx);
    await seedDemoYearlyReport(prisma, ctx);
  }
  return { frameworkVersionId: versionId, demoPartnershipId: demo?.partnershipId ?? null };
}
