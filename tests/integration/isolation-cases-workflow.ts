/**
 * Isolation-matrix entries for agreeing ratings, signing off a scrutiny, finalising a
 * self-assessment and reopening. Spread into MATRIX in ./isolation-cases.ts. In each scrutiny the
 * World's SCRUTINEER is the lead participant (createScrutinyAssessment makes the first one lead),
 * so the SCRUTINEER role is allowed where the lead is.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { agreeRating } from "@/lib/actions/assessments/agree-rating";
import { finaliseSelfAssessment } from "@/lib/actions/assessments/finalise-self-assessment";
import { reopenAssessment } from "@/lib/actions/assessments/reopen-assessment";
import { signOffScrutiny } from "@/lib/actions/assessments/sign-off-scrutiny";
import { createMember, createScrutinyAssessment, createSelfAssessment } from "../support/factories";
import type { World } from "./support/world";
import { partnershipCase, viaAction, type MatrixCase } from "./isolation-cases";

/** A scrutiny led by the World's scrutineer, every answer complete (Red) and submitted. */
async function submittedScrutiny(world: World, prisma: PrismaClient, scrutineers: 1 | 2) {
  const ids = [world.members.SCRUTINEER.id];
  if (scrutineers === 2) {
    const { user } = await createMember(prisma, world.partnership.id, "SCRUTINEER");
    ids.push(user.id);
  }
  const { assessment, questionIds } = await createScrutinyAssessment(
    prisma,
    world.partnership.id,
    ids,
  );
  await prisma.response.updateMany({
    where: { assessmentId: assessment.id },
    data: { rating: "RED", narrative: "Not yet in place" },
  });
  await prisma.assessmentParticipant.updateMany({
    where: { assessmentId: assessment.id },
    data: { status: "SUBMITTED", submittedAt: new Date() },
  });
  return { partnershipId: world.partnership.id, assessmentId: assessment.id, questionIds };
}

async function expectStatus(
  prisma: PrismaClient,
  assessmentId: string,
  status: "IN_PROGRESS" | "FINALISED",
): Promise<void> {
  const row = await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
  if (row.status !== status) throw new Error(`a denied call left the assessment ${row.status}`);
}

export const WORKFLOW_CASES: Record<string, MatrixCase> = {
  "lib/actions/assessments/agree-rating.ts#agreeRating": partnershipCase({
    allowed: ["SCRUTINEER"],
    prepare: (world, prisma) => submittedScrutiny(world, prisma, 2),
    invoke: (p) =>
      viaAction(agreeRating, {
        partnershipId: p.partnershipId,
        assessmentId: p.assessmentId,
        questionId: p.questionIds[0],
        rating: "RED",
        reason: "",
        version: 0,
      }),
    unchanged: async (p, prisma) => {
      const agreed = await prisma.agreedRating.count({ where: { assessmentId: p.assessmentId } });
      if (agreed !== 0) throw new Error("a denied call agreed a rating");
    },
  }),
  "lib/actions/assessments/sign-off-scrutiny.ts#signOffScrutiny": partnershipCase({
    allowed: ["SCRUTINEER"],
    prepare: (world, prisma) => submittedScrutiny(world, prisma, 1),
    invoke: (p) =>
      viaAction(signOffScrutiny, {
        partnershipId: p.partnershipId,
        assessmentId: p.assessmentId,
        confirm: "yes",
      }),
    unchanged: async (p, prisma) => {
      await expectStatus(prisma, p.assessmentId, "IN_PROGRESS");
      const agreed = await prisma.agreedRating.count({ where: { assessmentId: p.assessmentId } });
      if (agreed !== 0) throw new Error("a denied sign-off copied ratings");
    },
  }),
  "lib/actions/assessments/finalise-self-assessment.ts#finaliseSelfAssessment": partnershipCase({
    allowed: ["BUSINESS_MANAGER"],
    prepare: async (world, prisma) => {
      const council = world.partnership.organisations.find((o) => o.isStatutoryPartner)!.id;
      const { assessment } = await createSelfAssessment(
        prisma,
        world.partnership.id,
        [council, world.agencyId],
        "WIDER_PARTNER_SELF_ASSESSMENT",
      );
      await prisma.assessmentParticipant.updateMany({
        where: { assessmentId: assessment.id },
        data: { status: "SUBMITTED", submittedAt: new Date() },
      });
      return { partnershipId: world.partnership.id, assessmentId: assessment.id, council };
    },
    invoke: (p) =>
      viaAction(finaliseSelfAssessment, {
        partnershipId: p.partnershipId,
        assessmentId: p.assessmentId,
        agreements: {
          [p.council]: {
            name: "Dana Delegate",
            role: "DELEGATED_SAFEGUARDING_PARTNER",
            agreedOn: "2026-06-01",
          },
        },
      }),
    unchanged: async (p, prisma) => {
      await expectStatus(prisma, p.assessmentId, "IN_PROGRESS");
      const recorded = await prisma.assessmentPartnerAgreement.count({
        where: { assessmentId: p.assessmentId },
      });
      if (recorded !== 0) throw new Error("a denied call recorded an agreement");
    },
  }),
  "lib/actions/assessments/reopen-assessment.ts#reopenAssessment": partnershipCase({
    // The business manager, and the World's scrutineer as this scrutiny's lead.
    allowed: ["BUSINESS_MANAGER", "SCRUTINEER"],
    prepare: async (world, prisma) => {
      const prepared = await submittedScrutiny(world, prisma, 1);
      await prisma.assessment.update({
        where: { id: prepared.assessmentId },
        data: { status: "FINALISED", finalisedAt: new Date() },
      });
      return prepared;
    },
    invoke: (p) =>
      viaAction(reopenAssessment, {
        partnershipId: p.partnershipId,
        assessmentId: p.assessmentId,
        reason: "A rating was entered in error",
      }),
    unchanged: (p, prisma) => expectStatus(prisma, p.assessmentId, "FINALISED"),
  }),
};
