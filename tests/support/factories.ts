import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { MembershipRole, OrganisationKind } from "../../lib/generated/prisma/enums";

/** A partnership with three statutory partners and one relevant agency. */
export async function createPartnership(
  prisma: PrismaClient,
  name = `Test ${randomUUID().slice(0, 8)} Partnership`,
) {
  const organisations: Array<{
    name: string;
    kind: OrganisationKind;
    isStatutoryPartner: boolean;
  }> = [
    { name: "County Council", kind: "LOCAL_AUTHORITY", isStatutoryPartner: true },
    { name: "Police", kind: "POLICE", isStatutoryPartner: true },
    { name: "Integrated Care Board", kind: "HEALTH_ICB", isStatutoryPartner: true },
    { name: "Schools Alliance", kind: "EDUCATION", isStatutoryPartner: false },
  ];
  return prisma.partnership.create({
    data: {
      name,
      slug: `p-${randomUUID()}`,
      localAuthorityAreas: ["County Council"],
      organisations: { create: organisations },
    },
    include: { organisations: true },
  });
}

/** A user who is a member of the partnership with the role (and, for agencies, an organisation). */
export async function createMember(
  prisma: PrismaClient,
  partnershipId: string,
  role: MembershipRole,
  options: { organisationId?: string; email?: string; name?: string } = {},
) {
  const user = await prisma.user.create({
    data: {
      email: options.email ?? `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.org`,
      name: options.name ?? `${role} person`,
    },
  });
  const membership = await prisma.membership.create({
    data: { userId: user.id, partnershipId, role, organisationId: options.organisationId ?? null },
  });
  return { user, membership };
}

/** An independent scrutiny on the original framework with a response row per scrutineer and question. */
export async function createScrutinyAssessment(
  prisma: PrismaClient,
  partnershipId: string,
  scrutineerIds: string[],
) {
  const version = await prisma.frameworkVersion.findFirstOrThrow({
    where: { framework: { isOriginal: true } },
    select: {
      id: true,
      questions: {
        select: { id: true },
        orderBy: [{ step: { position: "asc" } }, { position: "asc" }],
      },
    },
  });
  const cycle = await prisma.cycle.create({
    data: {
      partnershipId,
      name: `Cycle ${randomUUID().slice(0, 6)}`,
      startsOn: new Date("2026-04-01"),
      endsOn: new Date("2027-03-31"),
    },
  });
  const assessment = await prisma.assessment.create({
    data: {
      partnershipId,
      cycleId: cycle.id,
      frameworkVersionId: version.id,
      kind: "INDEPENDENT_SCRUTINY",
      title: "Independent scrutiny",
    },
  });
  const responses: Record<string, string[]> = {};
  for (const [index, userId] of scrutineerIds.entries()) {
    const participant = await prisma.assessmentParticipant.create({
      data: { assessmentId: assessment.id, userId, isLead: index === 0 },
    });
    await prisma.participantQuestion.createMany({
      data: version.questions.map((q) => ({ participantId: participant.id, questionId: q.id })),
    });
    await prisma.response.createMany({
      data: version.questions.map((q) => ({
        assessmentId: assessment.id,
        participantId: participant.id,
        questionId: q.id,
      })),
    });
    const rows = await prisma.response.findMany({
      where: { participantId: participant.id },
      select: { id: true },
      orderBy: { question: { code: "asc" } },
    });
    responses[userId] = rows.map((row) => row.id);
  }
  return { assessment, cycle, responses, questionIds: version.questions.map((q) => q.id) };
}

/** A self-assessment on the original framework with a response row per organisation and question. */
export async function createSelfAssessment(
  prisma: PrismaClient,
  partnershipId: string,
  organisationIds: string[],
  kind:
    | "CORE_PARTNER_SELF_ASSESSMENT"
    | "WIDER_PARTNER_SELF_ASSESSMENT" = "CORE_PARTNER_SELF_ASSESSMENT",
) {
  const version = await prisma.frameworkVersion.findFirstOrThrow({
    where: { framework: { isOriginal: true } },
    select: { id: true, questions: { select: { id: true } } },
  });
  const cycle = await prisma.cycle.create({
    data: {
      partnershipId,
      name: `Cycle ${randomUUID().slice(0, 6)}`,
      startsOn: new Date("2026-04-01"),
      endsOn: new Date("2027-03-31"),
    },
  });
  const assessment = await prisma.assessment.create({
    data: {
      partnershipId,
      cycleId: cycle.id,
      frameworkVersionId: version.id,
      kind,
      title: "Self-assessment",
    },
  });
  const participants: Record<string, string> = {};
  for (const organisationId of organisationIds) {
    const participant = await prisma.assessmentParticipant.create({
      data: { assessmentId: assessment.id, organisationId },
    });
    participants[organisationId] = participant.id;
    await prisma.participantQuestion.createMany({
      data: version.questions.map((q) => ({ participantId: participant.id, questionId: q.id })),
    });
    await prisma.response.createMany({
      data: version.questions.map((q) => ({
        assessmentId: assessment.id,
        participantId: participant.id,
        questionId: q.id,
      })),
    });
  }
  return { assessment, cycle, participants };
}

/**
 * An action plan for every answer of an assessment (seed 001: every answer needs one): for a
 * scrutiny one action linked to every question; for a self-assessment one per participating
 * organisation, owned by it. Returns the action ids.
 */
export async function planEveryAnswer(prisma: PrismaClient, assessmentId: string) {
  const assessment = await prisma.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: {
      partnershipId: true,
      cycleId: true,
      frameworkVersion: { select: { questions: { select: { id: true } } } },
      participants: { select: { organisationId: true } },
      partnership: { select: { organisations: { select: { id: true }, take: 1 } } },
    },
  });
  const owners = assessment.participants.some((p) => p.organisationId)
    ? assessment.participants.flatMap((p) => (p.organisationId ? [p.organisationId] : []))
    : [assessment.partnership.organisations[0]!.id];
  const ids: string[] = [];
  for (const ownerOrganisationId of owners) {
    const action = await prisma.action.create({
      data: {
        partnershipId: assessment.partnershipId,
        cycleId: assessment.cycleId,
        description: "Keep the improvement going",
        ownerOrganisationId,
        ownerName: "Action Owner",
        ownerEmail: "owner@example.org",
        dueOn: new Date("2027-03-31"),
        sourceType: "OTHER",
        sourceNote: "Test plan",
        links: {
          create: assessment.frameworkVersion.questions.map((q) => ({
            assessmentId,
            questionId: q.id,
          })),
        },
      },
      select: { id: true },
    });
    ids.push(action.id);
  }
  return ids;
}
