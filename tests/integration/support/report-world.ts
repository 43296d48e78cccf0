import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RatingValue } from "@/lib/domain/rating";

/** Builders for the scrutiny report's tests: past cycles, self-assessments, report content. */

export type FrameworkQuestion = { id: string; code: string; lineageKey: string; stepId: string };

/** The original framework's version id, steps and questions (in step and question order). */
export async function originalFramework(prisma: PrismaClient) {
  const version = await prisma.frameworkVersion.findFirstOrThrow({
    where: { framework: { isOriginal: true } },
    select: {
      id: true,
      steps: { orderBy: { position: "asc" }, select: { id: true, number: true } },
      questions: {
        orderBy: [{ step: { position: "asc" } }, { position: "asc" }],
        select: { id: true, code: true, lineageKey: true, stepId: true },
      },
    },
  });
  return version;
}

/** A cycle whose independent scrutiny was signed off with these agreed ratings. */
export async function addFinalisedScrutiny(
  prisma: PrismaClient,
  partnershipId: string,
  options: {
    name: string;
    startsOn: string;
    versionId: string;
    questions: ReadonlyArray<{ id: string }>;
    rating: (index: number) => RatingValue | null;
  },
) {
  const startsOn = new Date(options.startsOn);
  const endsOn = new Date(startsOn.getTime() + 364 * 86_400_000);
  const cycle = await prisma.cycle.create({
    data: { partnershipId, name: options.name, startsOn, endsOn },
  });
  const assessment = await prisma.assessment.create({
    data: {
      partnershipId,
      cycleId: cycle.id,
      frameworkVersionId: options.versionId,
      kind: "INDEPENDENT_SCRUTINY",
      title: `Independent scrutiny ${options.name}`,
    },
  });
  await prisma.agreedRating.createMany({
    data: options.questions.flatMap((question, index) => {
      const rating = options.rating(index);
      return rating ? [{ assessmentId: assessment.id, questionId: question.id, rating }] : [];
    }),
  });
  // Finalised last: a finalised assessment's ratings are locked by a database trigger.
  await prisma.assessment.update({
    where: { id: assessment.id },
    data: { status: "FINALISED", finalisedAt: endsOn },
  });
  return { cycle, assessment };
}

/**
 * A core partners' self-assessment in the cycle: one participant per organisation, answering
 * every question with `rating(organisationIndex, questionIndex)`.
 */
export async function addCoreSelfAssessment(
  prisma: PrismaClient,
  partnershipId: string,
  options: {
    cycleId: string;
    versionId: string;
    organisationIds: string[];
    questions: ReadonlyArray<{ id: string }>;
    rating: (organisation: number, question: number) => RatingValue | null;
    finalised?: boolean;
  },
) {
  const assessment = await prisma.assessment.create({
    data: {
      partnershipId,
      cycleId: options.cycleId,
      frameworkVersionId: options.versionId,
      kind: "CORE_PARTNER_SELF_ASSESSMENT",
      title: "Core partners' self-assessment",
    },
  });
  for (const [o, organisationId] of options.organisationIds.entries()) {
    const participant = await prisma.assessmentParticipant.create({
      data: { assessmentId: assessment.id, organisationId, status: "SUBMITTED" },
    });
    await prisma.participantQuestion.createMany({
      data: options.questions.map((q) => ({ participantId: participant.id, questionId: q.id })),
    });
    await prisma.response.createMany({
      data: options.questions.map((q, index) => ({
        assessmentId: assessment.id,
        participantId: participant.id,
        questionId: q.id,
        rating: options.rating(o, index),
      })),
    });
  }
  if (options.finalised !== false)
    await prisma.assessment.update({
      where: { id: assessment.id },
      data: { status: "FINALISED", finalisedAt: new Date() },
    });
  return assessment;
}

/** Evidence items cited in the given responses, one item per response (round robin). */
export async function citeEvidence(
  prisma: PrismaClient,
  partnershipId: string,
  responseIds: string[],
  count: number,
) {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const item = await prisma.evidenceItem.create({
      data: {
        partnershipId,
        title: `Evidence ${String(index + 1).padStart(2, "0")}`,
        kind: "LINK",
        nature: index % 2 === 0 ? "OUTCOME" : "PROCESS",
        evidenceDate: new Date("2026-05-01"),
        url: `https://example.org/evidence/${index + 1}`,
      },
    });
    await prisma.responseEvidence.create({
      data: { responseId: responseIds[index % responseIds.length]!, evidenceId: item.id },
    });
    ids.push(item.id);
  }
  return ids;
}

/** Actions owned by the organisation and linked to the questions (round robin). */
export async function linkActions(
  prisma: PrismaClient,
  options: {
    partnershipId: string;
    assessmentId: string;
    cycleId: string;
    ownerOrganisationId: string;
    questionIds: string[];
    count: number;
  },
) {
  for (let index = 0; index < options.count; index++) {
    await prisma.action.create({
      data: {
        partnershipId: options.partnershipId,
        cycleId: options.cycleId,
        description: `Action ${index + 1} ${randomUUID().slice(0, 4)}`,
        ownerOrganisationId: options.ownerOrganisationId,
        ownerName: `Owner ${index + 1}`,
        dueOn: new Date(index % 2 === 0 ? "2020-01-31" : "2030-01-31"),
        sourceType: "OTHER",
        links: {
          create: {
            assessmentId: options.assessmentId,
            questionId: options.questionIds[index % options.questionIds.length]!,
          },
        },
      },
    });
  }
}
