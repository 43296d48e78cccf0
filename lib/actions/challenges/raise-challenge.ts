"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { CHALLENGE_MESSAGES, raiseChallengeSchema } from "@/lib/domain/challenges";
import { challengePaths } from "./support";

/**
 * A scrutineer taking part in an independent scrutiny raises a challenge on one of its questions or
 * steps, naming the organisation responsible for responding (seed 001: scrutiny as a "constructive
 * critical friend"). Allowed whether the scrutiny is in progress or signed off: the report is
 * discussed after sign-off.
 */
export const raiseChallenge = partnershipAction({
  schema: raiseChallengeSchema,
  permission: "challenge.raise",
  revalidate: (input) => challengePaths(input.partnershipId, input.assessmentId),
  handler: async ({ user, input, tx }) => {
    const { partnershipId, assessmentId } = input;
    const assessment = await tx.assessment.findFirst({
      where: { id: assessmentId, partnershipId },
      select: {
        kind: true,
        frameworkVersionId: true,
        participants: { where: { userId: user.id }, select: { id: true } },
      },
    });
    if (!assessment) throw new NotFoundError("assessment");
    if (assessment.kind !== "INDEPENDENT_SCRUTINY")
      throw new DomainError(CHALLENGE_MESSAGES.notScrutiny);
    if (assessment.participants.length === 0)
      throw new ForbiddenError(CHALLENGE_MESSAGES.notParticipantRaise);

    const versionId = assessment.frameworkVersionId;
    const [question, step, organisation] = await Promise.all([
      input.questionId
        ? tx.frameworkQuestion.findFirst({
            where: { id: input.questionId, versionId },
            select: { code: true },
          })
        : null,
      input.stepId
        ? tx.frameworkStep.findFirst({
            where: { id: input.stepId, versionId },
            select: { number: true },
          })
        : null,
      tx.organisation.findFirst({
        where: { id: input.responsibleOrganisationId, partnershipId },
        select: { name: true },
      }),
    ]);
    const problems: Record<string, string[]> = {};
    if (!question && !step) problems.about = [CHALLENGE_MESSAGES.aboutNotInFramework];
    if (!organisation)
      problems.responsibleOrganisationId = [CHALLENGE_MESSAGES.organisationNotInPartnership];
    const [first] = Object.values(problems);
    if (first) throw new DomainError(first[0]!, problems);

    const challenge = await tx.challenge.create({
      data: {
        assessmentId,
        questionId: input.questionId,
        stepId: input.stepId,
        responsibleOrganisationId: input.responsibleOrganisationId,
        raisedById: user.id,
        text: input.text,
      },
      select: { id: true, version: true },
    });
    await recordChange(tx, {
      action: "challenge.raised",
      actorUserId: user.id,
      partnershipId,
      entityType: "Challenge",
      entityId: challenge.id,
      after: {
        text: input.text,
        responsibleOrganisationId: input.responsibleOrganisationId,
        questionId: input.questionId,
        stepId: input.stepId,
      },
      metadata: {
        assessmentId,
        about: question ? `Question ${question.code}` : `Step ${step!.number}`,
        responsibleOrganisation: organisation!.name,
      },
    });
    return { challengeId: challenge.id };
  },
});
