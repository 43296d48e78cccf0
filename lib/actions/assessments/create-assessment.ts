"use server";

import { partnershipAction } from "@/lib/actions/safe-action";
import { DomainError } from "@/lib/authz/errors";
import { recordChange } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createAssessmentSchema, type CreateAssessmentInput } from "@/lib/domain/assessments";

type Tx = Prisma.TransactionClient;

function refuse(field: string, message: string): never {
  throw new DomainError(message, { [field]: [message] });
}

/** Every id must belong to this partnership; returns the version's question ids. */
async function checkChoices(tx: Tx, input: CreateAssessmentInput): Promise<string[]> {
  const { partnershipId } = input;
  const cycle = await tx.cycle.findFirst({
    where: { id: input.cycleId, partnershipId },
    select: { id: true },
  });
  if (!cycle) refuse("cycleId", "Select a cycle from the list");
  const version = await tx.frameworkVersion.findFirst({
    where: {
      id: input.frameworkVersionId,
      status: "PUBLISHED",
      framework: { OR: [{ isOriginal: true, partnershipId: null }, { partnershipId }] },
    },
    select: { questions: { select: { id: true } } },
  });
  if (!version) refuse("frameworkVersionId", "Select a published framework from the list");
  if (input.kind === "INDEPENDENT_SCRUTINY") {
    const scrutineers = await tx.membership.count({
      where: {
        partnershipId,
        userId: { in: input.scrutineerIds },
        role: "SCRUTINEER",
        deactivatedAt: null,
      },
    });
    if (scrutineers !== input.scrutineerIds.length)
      refuse(
        "scrutineerIds",
        "Select independent scrutineers from the list: each must be an active independent scrutineer of this partnership",
      );
  } else {
    const organisations = await tx.organisation.findMany({
      where: { partnershipId, id: { in: input.organisationIds } },
      select: { isStatutoryPartner: true },
    });
    if (organisations.length !== input.organisationIds.length)
      refuse("organisationIds", "Select organisations from the list");
    if (
      input.kind === "CORE_PARTNER_SELF_ASSESSMENT" &&
      organisations.some((organisation) => !organisation.isStatutoryPartner)
    )
      refuse(
        "organisationIds",
        "A core-partner self-assessment is only for the safeguarding partners: select safeguarding partners only",
      );
  }
  return version.questions.map((question) => question.id);
}

/**
 * A business manager starts an assessment: one participant per scrutineer or organisation, each
 * given every question of the framework version, with an empty response ready to fill in.
 */
export const createAssessment = partnershipAction({
  schema: createAssessmentSchema,
  permission: "assessment.manage",
  revalidate: (input) => [`/partnerships/${input.partnershipId}/assessments`],
  handler: async ({ user, input, tx }) => {
    const questionIds = await checkChoices(tx, input);
    const scrutiny = input.kind === "INDEPENDENT_SCRUTINY";
    const assessment = await tx.assessment.create({
      data: {
        partnershipId: input.partnershipId,
        cycleId: input.cycleId,
        frameworkVersionId: input.frameworkVersionId,
        kind: input.kind,
        title: input.title,
        createdById: user.id,
      },
      select: { id: true },
    });
    const participants = await tx.assessmentParticipant.createManyAndReturn({
      data: scrutiny
        ? input.scrutineerIds.map((userId) => ({
            assessmentId: assessment.id,
            userId,
            isLead: userId === input.leadScrutineerId,
          }))
        : input.organisationIds.map((organisationId) => ({
            assessmentId: assessment.id,
            organisationId,
          })),
      select: { id: true },
    });
    const pairs = participants.flatMap(({ id: participantId }) =>
      questionIds.map((questionId) => ({ participantId, questionId })),
    );
    await tx.participantQuestion.createMany({ data: pairs });
    await tx.response.createMany({
      data: pairs.map((pair) => ({ ...pair, assessmentId: assessment.id })),
    });
    await recordChange(tx, {
      action: "assessment.created",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Assessment",
      entityId: assessment.id,
      after: {
        title: input.title,
        kind: input.kind,
        cycleId: input.cycleId,
        frameworkVersionId: input.frameworkVersionId,
        ...(scrutiny
          ? { scrutineerIds: input.scrutineerIds, leadScrutineerId: input.leadScrutineerId ?? null }
          : { organisationIds: input.organisationIds }),
        questions: questionIds.length,
      },
    });
    return { assessmentId: assessment.id };
  },
});
