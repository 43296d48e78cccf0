/**
 * Isolation-matrix entries for the challenge log. Spread into MATRIX in ./isolation-cases.ts. Each
 * challenge is on a scrutiny led by the World's scrutineer and names the World's agency (the
 * Schools Alliance) as responsible, so its agency respondent may respond but its contributor may not.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { raiseChallenge } from "@/lib/actions/challenges/raise-challenge";
import { recordChallengeOutcome } from "@/lib/actions/challenges/record-challenge-outcome";
import { respondToChallenge } from "@/lib/actions/challenges/respond-to-challenge";
import type { World } from "./support/world";
import { partnershipCase, viaAction, type MatrixCase } from "./isolation-cases";
import { scrutinyOfA } from "./isolation-cases-report-authoring";

async function challengeOfA(world: World, prisma: PrismaClient, partnerResponse: string | null) {
  const scrutiny = await scrutinyOfA(world, prisma);
  const challenge = await prisma.challenge.create({
    data: {
      assessmentId: scrutiny.assessmentId,
      questionId: scrutiny.questionId,
      responsibleOrganisationId: world.agencyId,
      raisedById: world.members.SCRUTINEER.id,
      text: "How do you know children are heard?",
      partnerResponse,
    },
  });
  return { ...scrutiny, challengeId: challenge.id };
}

async function expectChallenge(
  prisma: PrismaClient,
  challengeId: string,
  partnerResponse: string | null,
) {
  const row = await prisma.challenge.findUniqueOrThrow({ where: { id: challengeId } });
  if (row.version !== 1 || row.partnerResponse !== partnerResponse || row.outcome !== null)
    throw new Error("a denied call changed the challenge");
}

export const CHALLENGE_CASES: Record<string, MatrixCase> = {
  "lib/actions/challenges/raise-challenge.ts#raiseChallenge": partnershipCase({
    allowed: ["SCRUTINEER"],
    prepare: async (world, prisma) => ({
      ...(await scrutinyOfA(world, prisma)),
      agencyId: world.agencyId,
    }),
    invoke: (p) =>
      viaAction(raiseChallenge, {
        partnershipId: p.partnershipId,
        assessmentId: p.assessmentId,
        about: `question:${p.questionId}`,
        responsibleOrganisationId: p.agencyId,
        text: "What evidence shows this?",
      }),
    unchanged: async (p, prisma) => {
      const made = await prisma.challenge.count({ where: { assessmentId: p.assessmentId } });
      if (made !== 0) throw new Error("a denied call raised a challenge");
    },
  }),
  "lib/actions/challenges/respond-to-challenge.ts#respondToChallenge": partnershipCase({
    allowed: ["BUSINESS_MANAGER", "AGENCY_RESPONDENT"],
    prepare: (world, prisma) => challengeOfA(world, prisma, null),
    invoke: (p) =>
      viaAction(respondToChallenge, {
        partnershipId: p.partnershipId,
        assessmentId: p.assessmentId,
        challengeId: p.challengeId,
        version: 1,
        response: "Our audit of voice of the child",
      }),
    unchanged: (p, prisma) => expectChallenge(prisma, p.challengeId, null),
  }),
  "lib/actions/challenges/record-challenge-outcome.ts#recordChallengeOutcome": partnershipCase({
    allowed: ["SCRUTINEER"],
    prepare: (world, prisma) => challengeOfA(world, prisma, "Our response"),
    invoke: (p) =>
      viaAction(recordChallengeOutcome, {
        partnershipId: p.partnershipId,
        assessmentId: p.assessmentId,
        challengeId: p.challengeId,
        version: 1,
        outcome: "ACCEPTED",
        outcomeNote: "The audit is convincing",
      }),
    unchanged: (p, prisma) => expectChallenge(prisma, p.challengeId, "Our response"),
  }),
};
