/**
 * Isolation-matrix entry for starting the next cycle from a finalised assessment. Spread into
 * MATRIX in ./isolation-cases.ts.
 */
import { startNextCycle } from "@/lib/actions/assessments/start-next-cycle";
import { createScrutinyAssessment } from "../support/factories";
import { partnershipCase, viaAction, type MatrixCase } from "./isolation-cases";

export const CYCLE_CASES: Record<string, MatrixCase> = {
  "lib/actions/assessments/start-next-cycle.ts#startNextCycle": partnershipCase({
    allowed: ["BUSINESS_MANAGER"],
    prepare: async (world, prisma) => {
      const { assessment } = await createScrutinyAssessment(prisma, world.partnership.id, [
        world.members.SCRUTINEER.id,
      ]);
      await prisma.assessment.update({
        where: { id: assessment.id },
        data: { status: "FINALISED", finalisedAt: new Date() },
      });
      return { partnershipId: world.partnership.id, assessmentId: assessment.id };
    },
    invoke: (p) =>
      viaAction(startNextCycle, {
        ...p,
        title: "Next year's scrutiny",
        cycleChoice: "new",
        cycleName: `Next ${p.assessmentId.slice(0, 8)}`,
        cycleStartsOn: "2027-04-01",
        cycleEndsOn: "2028-03-31",
      }),
    unchanged: async (p, prisma) => {
      const started = await prisma.assessment.count({
        where: { baselineAssessmentId: p.assessmentId },
      });
      const cycles = await prisma.cycle.count({
        where: { name: `Next ${p.assessmentId.slice(0, 8)}` },
      });
      if (started + cycles !== 0) throw new Error("a denied call started the next cycle");
    },
  }),
};
