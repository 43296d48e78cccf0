"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  canRespondToChallenge,
  CHALLENGE_MESSAGES,
  respondToChallengeSchema,
} from "@/lib/domain/challenges";
import { challengeConflict, challengePaths } from "./support";

/**
 * The responsible partner responds to a challenge: an agency respondent of the responsible
 * organisation, or the business manager for them. The response can be changed until a scrutineer
 * records the outcome. The version names the challenge the person edited, so a save made after
 * someone else's is a conflict, not a lost update.
 */
export const respondToChallenge = partnershipAction({
  schema: respondToChallengeSchema,
  permission: "challenge.respond",
  revalidate: (input) => challengePaths(input.partnershipId, input.assessmentId, input.challengeId),
  handler: async ({ user, membership, input, tx }) => {
    const { partnershipId, assessmentId, challengeId } = input;
    const challenge = await tx.challenge.findFirst({
      where: { id: challengeId, assessmentId, assessment: { partnershipId } },
      select: {
        responsibleOrganisationId: true,
        partnerResponse: true,
        outcome: true,
        version: true,
      },
    });
    if (!challenge) throw new NotFoundError("challenge");
    if (!canRespondToChallenge(membership, challenge))
      throw new ForbiddenError(
        challenge.responsibleOrganisationId
          ? CHALLENGE_MESSAGES.notResponsible
          : CHALLENGE_MESSAGES.noOrganisation,
      );
    if (challenge.outcome) throw new DomainError(CHALLENGE_MESSAGES.alreadyClosed);
    if (challenge.version !== input.version) throw await challengeConflict(tx, challengeId);
    if (challenge.partnerResponse === input.response)
      return { version: challenge.version, changed: false };

    const claimed = await tx.challenge.updateMany({
      where: { id: challengeId, version: input.version, outcome: null },
      data: {
        partnerResponse: input.response,
        respondedById: user.id,
        respondedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (claimed.count !== 1) throw await challengeConflict(tx, challengeId);
    await recordChange(tx, {
      action: "challenge.responded",
      actorUserId: user.id,
      partnershipId,
      entityType: "Challenge",
      entityId: challengeId,
      before: { partnerResponse: challenge.partnerResponse },
      after: { partnerResponse: input.response },
      metadata: {
        assessmentId,
        responsibleOrganisationId: challenge.responsibleOrganisationId,
      },
    });
    return { version: input.version + 1, changed: true };
  },
});
