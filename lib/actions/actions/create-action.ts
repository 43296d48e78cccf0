"use server";

import { recordChange } from "@/lib/audit";
import { NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  ACTION_MESSAGES,
  createActionSchema,
  linkValue,
  uniqueLinks,
  type LinkPair,
} from "@/lib/domain/action-input";
import { challengeCanBecomeAction } from "@/lib/domain/challenges";
import { ukDateStamp } from "@/lib/domain/london-time";
import {
  actionPaths,
  actorOf,
  asDate,
  checkLinks,
  checkOwner,
  currentCycleId,
  refuse,
} from "./support";

/**
 * Raises an action (seed 001: every answer, Green included, needs an action plan): an owning
 * organisation and a named person, a due date, a priority and where it comes from. Raised from a
 * question it is linked to that question (and any others ticked); it belongs to the cycle of the
 * assessment it is linked to, otherwise to the cycle running today. An agency respondent raises
 * actions only for their own organisation, from its own answers, linked to assessments it takes
 * part in. From a scrutiny challenge (accepted or partly accepted) the action is linked to the
 * challenge's question, if it has one; from an area for development of a scrutiny report it
 * belongs to that assessment's cycle. Either source must be this partnership's.
 */
export const createAction = partnershipAction({
  schema: createActionSchema,
  permission: "action.create",
  revalidate: (input) => [
    ...actionPaths(input.partnershipId, null, input.links),
    ...(input.sourceRecommendationId ? [`/partnerships/${input.partnershipId}/case-reviews`] : []),
  ],
  handler: async (access) => {
    const { user, membership, input, tx } = access;
    const { partnershipId } = input;
    const actor = actorOf(access);
    await checkOwner(tx, actor, input);
    const assessments = await checkLinks(tx, partnershipId, input.links, actor);
    const agency =
      membership.role === "AGENCY_RESPONDENT" || membership.role === "AGENCY_CONTRIBUTOR";
    // The link and cycle a challenge or an area for development brings with it.
    let sourceLink: LinkPair | null = null;
    let sourceCycleId: string | null = null;

    if (input.sourceType === "RESPONSE") {
      const response = await tx.response.findFirst({
        where: {
          id: input.sourceResponseId ?? undefined,
          assessmentId: input.primaryLink?.assessmentId,
          questionId: input.primaryLink?.questionId,
          assessment: { partnershipId },
        },
        select: { id: true, participant: { select: { organisationId: true } } },
      });
      if (!response) throw new NotFoundError("answer");
      // Another organisation's answer is not an agency user's to plan for (nor to read).
      if (
        (membership.role === "AGENCY_RESPONDENT" || membership.role === "AGENCY_CONTRIBUTOR") &&
        response.participant.organisationId !== membership.organisationId
      )
        refuse("sourceType", ACTION_MESSAGES.notOwnAnswer);
    }
    if (input.sourceType === "CASE_REVIEW_RECOMMENDATION") {
      const recommendation = await tx.caseReviewRecommendation.findFirst({
        where: { id: input.sourceRecommendationId ?? undefined, caseReview: { partnershipId } },
        select: { id: true },
      });
      if (!recommendation) throw new NotFoundError("recommendation");
    }
    if (input.sourceType === "CHALLENGE") {
      const challenge = await tx.challenge.findFirst({
        where: { id: input.sourceChallengeId, assessment: { partnershipId } },
        select: {
          assessmentId: true,
          questionId: true,
          outcome: true,
          responsibleOrganisationId: true,
          assessment: { select: { cycleId: true } },
        },
      });
      if (!challenge) throw new NotFoundError("challenge");
      // An agency respondent plans only for challenges their organisation answers for.
      if (
        agency &&
        (membership.organisationId === null ||
          challenge.responsibleOrganisationId !== membership.organisationId)
      )
        refuse("sourceType", ACTION_MESSAGES.challengeNotOwn);
      if (!challengeCanBecomeAction(challenge.outcome))
        refuse("sourceType", ACTION_MESSAGES.challengeNotAccepted);
      sourceCycleId = challenge.assessment.cycleId;
      if (challenge.questionId)
        sourceLink = { assessmentId: challenge.assessmentId, questionId: challenge.questionId };
    }
    if (input.sourceType === "MANAGEMENT_RESPONSE") {
      const area = await tx.developmentArea.findFirst({
        where: { id: input.sourceDevelopmentAreaId, assessment: { partnershipId } },
        select: { assessment: { select: { cycleId: true } } },
      });
      if (!area) throw new NotFoundError("area for development");
      sourceCycleId = area.assessment.cycleId;
    }
    const links = uniqueLinks(sourceLink ? [sourceLink, ...input.links] : input.links);

    const firstLink = input.primaryLink ?? input.links[0];
    const cycleId =
      sourceCycleId ??
      (firstLink
        ? (assessments.get(firstLink.assessmentId)?.cycleId ?? null)
        : await currentCycleId(tx, partnershipId, ukDateStamp(new Date())));

    const data = {
      description: input.description,
      ownerOrganisationId: input.ownerOrganisationId,
      ownerUserId: input.ownerUserId,
      ownerName: input.ownerName,
      ownerEmail: input.ownerEmail,
      priority: input.priority,
      sourceType: input.sourceType,
      sourceResponseId: input.sourceResponseId,
      sourceRecommendationId: input.sourceRecommendationId,
      sourceChallengeId: input.sourceChallengeId ?? null,
      sourceDevelopmentAreaId: input.sourceDevelopmentAreaId ?? null,
      sourceNote: input.sourceNote,
    };
    const action = await tx.action.create({
      data: {
        ...data,
        partnershipId,
        cycleId,
        dueOn: asDate(input.dueOn),
        createdById: user.id,
        links: { createMany: { data: links } },
      },
      select: { id: true },
    });
    await recordChange(tx, {
      action: "action.created",
      actorUserId: user.id,
      partnershipId,
      entityType: "Action",
      entityId: action.id,
      after: { ...data, dueOn: input.dueOn, cycleId, links: links.map(linkValue) },
    });
    return { actionId: action.id };
  },
});
