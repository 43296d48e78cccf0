import type { PrismaClient } from "../../lib/generated/prisma/client";

const EVIDENCE = [
  {
    title: "Safeguarding children partnership plan 2026–29",
    nature: "PROCESS",
    evidenceDate: "2026-04-14",
    url: "https://example.org/northshire/plan",
  },
  {
    title: "Multi-agency audit of neglect cases: findings for children",
    nature: "OUTCOME",
    evidenceDate: "2026-06-30",
    url: "https://example.org/northshire/neglect-audit",
  },
  {
    title: "Youth voice forum report",
    nature: "OUTCOME",
    evidenceDate: "2026-07-15",
    url: "https://example.org/northshire/youth-voice",
  },
  {
    title: "Training needs analysis and evaluation",
    nature: "PROCESS",
    evidenceDate: "2026-05-20",
    url: "https://example.org/northshire/training",
  },
] as const;

/**
 * The demo partnership's current independent scrutiny, not yet answered, with both demo
 * scrutineers (the lead first) and a small evidence library; started from last cycle's scrutiny
 * when given. Idempotent.
 */
export async function seedDemoAssessment(
  prisma: PrismaClient,
  partnershipId: string,
  frameworkVersionId: string,
  lastCycle?: {
    assessmentId: string;
    openActionLinks: Array<{ actionId: string; questionId: string }>;
  },
): Promise<void> {
  const title = "Independent scrutiny 2026–27";
  if (await prisma.assessment.findFirst({ where: { partnershipId, title }, select: { id: true } }))
    return;
  const [cycle, lead, second, version] = await Promise.all([
    prisma.cycle.findFirstOrThrow({ where: { partnershipId, name: "2026–27" } }),
    prisma.user.findUniqueOrThrow({ where: { email: "lead.scrutineer@northshire.example" } }),
    prisma.user.findUniqueOrThrow({ where: { email: "scrutineer@northshire.example" } }),
    prisma.frameworkVersion.findUniqueOrThrow({
      where: { id: frameworkVersionId },
      select: { questions: { select: { id: true } } },
    }),
  ]);
  await prisma.$transaction(async (tx) => {
    await tx.evidenceItem.createMany({
      data: EVIDENCE.map((item) => ({
        ...item,
        partnershipId,
        kind: "LINK" as const,
        evidenceDate: new Date(`${item.evidenceDate}T00:00:00Z`),
      })),
    });
    const assessment = await tx.assessment.create({
      data: {
        partnershipId,
        cycleId: cycle.id,
        frameworkVersionId,
        kind: "INDEPENDENT_SCRUTINY",
        title,
        // Started from last cycle's scrutiny: its ratings are the baseline, its open actions linked.
        baselineAssessmentId: lastCycle?.assessmentId ?? null,
      },
    });
    if (lastCycle)
      await tx.actionLink.createMany({
        data: lastCycle.openActionLinks.map((link) => ({ ...link, assessmentId: assessment.id })),
      });
    for (const [index, userId] of [lead.id, second.id].entries()) {
      const participant = await tx.assessmentParticipant.create({
        data: { assessmentId: assessment.id, userId, isLead: index === 0 },
      });
      await tx.participantQuestion.createMany({
        data: version.questions.map((q) => ({ participantId: participant.id, questionId: q.id })),
      });
      await tx.response.createMany({
        data: version.questions.map((q) => ({
          assessmentId: assessment.id,
          participantId: participant.id,
          questionId: q.id,
        })),
      });
    }
  });
}
