/**
 * Isolation-matrix entries for chasing returns and the wording for relevant agencies: the one-click
 * reminder and giving or removing a question's wider-partner wording (business managers only).
 * Spread into MATRIX in ./isolation-cases.ts; only types and plain helpers are imported from there.
 */
import { randomUUID } from "node:crypto";
import { sendReturnReminders } from "@/lib/actions/returns/send-return-reminders";
import { removeQuestionWording } from "@/lib/actions/wording/remove-question-wording";
import { saveQuestionWording } from "@/lib/actions/wording/save-question-wording";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createSelfAssessment } from "../support/factories";
import { partnershipCase, viaAction, type MatrixCase } from "./isolation-cases";
import type { World } from "./support/world";

const MANAGERS = ["BUSINESS_MANAGER"] as const;

/** A wider-partner self-assessment with one new agency whose respondent can be written to. */
async function freshReturn(world: World, prisma: PrismaClient) {
  const organisation = await prisma.organisation.create({
    data: {
      partnershipId: world.partnership.id,
      name: `Agency ${randomUUID().slice(0, 8)}`,
      kind: "OTHER_RELEVANT_AGENCY",
    },
  });
  await prisma.invitation.create({
    data: {
      partnershipId: world.partnership.id,
      email: `r-${randomUUID().slice(0, 8)}@example.org`,
      role: "AGENCY_RESPONDENT",
      organisationId: organisation.id,
      tokenHash: randomUUID(),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const { assessment, participants } = await createSelfAssessment(
    prisma,
    world.partnership.id,
    [organisation.id],
    "WIDER_PARTNER_SELF_ASSESSMENT",
  );
  return {
    partnershipId: world.partnership.id,
    assessmentId: assessment.id,
    participantId: participants[organisation.id]!,
  };
}

/** A lineage key of the original framework with no wording yet in partnership A. */
async function freshLineage(world: World, prisma: PrismaClient, withWording: boolean) {
  const used = await prisma.questionWording.findMany({
    where: { partnershipId: world.partnership.id },
    select: { lineageKey: true },
  });
  const question = await prisma.frameworkQuestion.findFirstOrThrow({
    where: {
      version: { framework: { isOriginal: true } },
      lineageKey: { notIn: used.map((u) => u.lineageKey) },
    },
    select: { lineageKey: true },
  });
  if (withWording)
    await prisma.questionWording.create({
      data: {
        partnershipId: world.partnership.id,
        lineageKey: question.lineageKey,
        audience: "WIDER_PARTNER",
        text: "Does your organisation…?",
      },
    });
  return { partnershipId: world.partnership.id, lineageKey: question.lineageKey };
}

const wordingCount = (prisma: PrismaClient, p: { partnershipId: string; lineageKey: string }) =>
  prisma.questionWording.count({
    where: { partnershipId: p.partnershipId, lineageKey: p.lineageKey },
  });

export const RETURNS_Q_CASES: Record<string, MatrixCase> = {
  "lib/actions/returns/send-return-reminders.ts#sendReturnReminders": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshReturn(world, prisma),
    invoke: (p) =>
      viaAction(sendReturnReminders, {
        partnershipId: p.partnershipId,
        assessmentId: p.assessmentId,
        participantIds: [p.participantId],
      }),
    unchanged: async (p, prisma) => {
      if ((await prisma.returnReminder.count({ where: { participantId: p.participantId } })) !== 0)
        throw new Error("a refused call sent a reminder");
    },
  }),
  "lib/actions/wording/save-question-wording.ts#saveQuestionWording": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshLineage(world, prisma, false),
    invoke: (p) => viaAction(saveQuestionWording, { ...p, text: "Does your school…?", version: 0 }),
    unchanged: async (p, prisma) => {
      if ((await wordingCount(prisma, p)) !== 0) throw new Error("a refused call saved wording");
    },
  }),
  "lib/actions/wording/remove-question-wording.ts#removeQuestionWording": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshLineage(world, prisma, true),
    invoke: (p) => viaAction(removeQuestionWording, { ...p, version: 1 }),
    unchanged: async (p, prisma) => {
      if ((await wordingCount(prisma, p)) !== 1) throw new Error("a refused call removed wording");
    },
  }),
};
