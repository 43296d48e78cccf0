import type { PrismaClient } from "../../lib/generated/prisma/client";
import {
  FRAMEWORK_CITATION,
  RAG_DEFINITIONS,
  SIX_STEPS_FRAMEWORK,
} from "../../lib/framework/six-steps";

/**
 * The original Six Steps, version 1, published and shared by every partnership. Idempotent: a
 * published version is immutable, so an existing one is left exactly as it is.
 */
export async function seedFramework(prisma: PrismaClient): Promise<{ versionId: string }> {
  const framework = await prisma.framework.upsert({
    where: { key: SIX_STEPS_FRAMEWORK.key },
    update: {},
    create: { key: SIX_STEPS_FRAMEWORK.key, title: SIX_STEPS_FRAMEWORK.title, isOriginal: true },
  });
  const existing = await prisma.frameworkVersion.findUnique({
    where: { frameworkId_version: { frameworkId: framework.id, version: 1 } },
    select: { id: true },
  });
  if (existing) return { versionId: existing.id };

  return prisma.$transaction(async (tx) => {
    const version = await tx.frameworkVersion.create({
      data: {
        frameworkId: framework.id,
        version: 1,
        label: "Original (Pearce 2019)",
        // Written as a draft, then published: a published version's steps cannot be added to.
        status: "DRAFT",
        citation: FRAMEWORK_CITATION,
        ragGreen: RAG_DEFINITIONS.GREEN,
        ragAmber: RAG_DEFINITIONS.AMBER,
        ragRed: RAG_DEFINITIONS.RED,
      },
    });
    for (const [index, step] of SIX_STEPS_FRAMEWORK.steps.entries()) {
      await tx.frameworkStep.create({
        data: {
          versionId: version.id,
          position: index + 1,
          number: step.number,
          title: step.title,
          lineageKey: `six-steps:step-${step.number}`,
          questions: {
            create: step.questions.map((question, questionIndex) => ({
              versionId: version.id,
              position: questionIndex + 1,
              code: question.code,
              text: question.text,
              lineageKey: question.lineageKey,
            })),
          },
        },
      });
    }
    await tx.frameworkVersion.update({
      where: { id: version.id },
      data: { status: "PUBLISHED", publishedAt: new Date("2019-01-01T00:00:00Z") },
    });
    return { versionId: version.id };
  });
}
