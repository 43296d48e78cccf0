/**
 * Isolation-matrix entries for drafting the yearly report's scrutiny section: starting it, saving a
 * part and sharing it with the independent scrutineer (business managers only). Spread into MATRIX
 * in ./isolation-cases.ts; only types and plain helpers are imported from there, so the two files'
 * load order does not matter. Each call gets a fresh cycle of partnership A.
 */
import { randomUUID } from "node:crypto";
import { saveYearlyPart } from "@/lib/actions/yearly-report/save-part";
import { shareWithScrutineer } from "@/lib/actions/yearly-report/share-with-scrutineer";
import { startYearlySection } from "@/lib/actions/yearly-report/start-section";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { partnershipCase, viaAction, type MatrixCase } from "./isolation-cases";
import type { World } from "./support/world";

const MANAGERS = ["BUSINESS_MANAGER"] as const;

const WRITTEN = {
  whatWasDone: "Done",
  impactEvidence: "Impact",
  littleProgress: "Little progress",
  caseReviewActions: "Case reviews",
  childrenFamiliesFeedback: "Feedback",
  scrutinyArrangements: "Arrangements",
  assuranceStatement: "Assured",
};

/** A fresh cycle of partnership A, with a draft section (every part written) unless `bare`. */
async function freshCycle(world: World, prisma: PrismaClient, bare = false) {
  const cycle = await prisma.cycle.create({
    data: {
      partnershipId: world.partnership.id,
      name: `Drafting ${randomUUID().slice(0, 8)}`,
      startsOn: new Date("2023-04-01"),
      endsOn: new Date("2024-03-31"),
    },
  });
  if (!bare)
    await prisma.yearlyReportSection.create({
      data: { partnershipId: world.partnership.id, cycleId: cycle.id, ...WRITTEN },
    });
  return { partnershipId: world.partnership.id, cycleId: cycle.id };
}

async function section(prisma: PrismaClient, cycleId: string) {
  return prisma.yearlyReportSection.findFirst({
    where: { cycleId },
    select: { status: true, version: true, whatWasDone: true, sharedWithScrutineerAt: true },
  });
}

export const YEARLY_DRAFTING_CASES: Record<string, MatrixCase> = {
  "lib/actions/yearly-report/start-section.ts#startYearlySection": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshCycle(world, prisma, true),
    invoke: (p) => viaAction(startYearlySection, p),
    unchanged: async (p, prisma) => {
      if (await section(prisma, p.cycleId)) throw new Error("a refused call started the section");
    },
  }),
  "lib/actions/yearly-report/save-part.ts#saveYearlyPart": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshCycle(world, prisma),
    invoke: (p) =>
      viaAction(saveYearlyPart, { ...p, part: "whatWasDone", text: "Changed", version: "1" }),
    unchanged: async (p, prisma) => {
      const row = await section(prisma, p.cycleId);
      if (row?.whatWasDone !== WRITTEN.whatWasDone || row.version !== 1)
        throw new Error("a refused call changed a part");
    },
  }),
  "lib/actions/yearly-report/share-with-scrutineer.ts#shareWithScrutineer": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshCycle(world, prisma),
    invoke: (p) => viaAction(shareWithScrutineer, p),
    unchanged: async (p, prisma) => {
      const row = await section(prisma, p.cycleId);
      if (row?.status !== "DRAFT" || row.sharedWithScrutineerAt !== null)
        throw new Error("a refused call shared the section");
    },
  }),
};
