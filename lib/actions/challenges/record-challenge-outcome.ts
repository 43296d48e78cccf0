"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  CHALLENGE_MESSAGES,
  CHALLENGE_OUTCOME_LABELS,
  recordChallengeOutcomeSchema,
} from "@/lib/domain/challenges";
import { challengeConflict, challengePaths } from "./support";

/**
 * A scrutineer taking part in the assessment records the outcome of a challenge once the partner
 * has responded: accepted, partly accepted or not accepted, and why. It can be revised later (the
 * audit log keeps each one); the version names the challenge the scrutineer looked at, so a save
 * made after someone else's is a conflict, not a lost update.
 */
export const recordChallengeOutcome = partnershipAction({
  schema: recordChallengeOutcomeSchema,
  permission: "challenge.outcome",
  revalidate: (input) => challengePaths(input.partnershipId, input.assessmentId, input.challengeId),
  handler: async ({ user, input, tx }) => {
    const { partnershipId, assessmentId, challengeId } = input;
    const challenge = await tx.challenge.findFirst({
      where: { id: challengeId, assessmentId, assessment: { partnershipId } },
      select: {
        partnerResponse: true,
        outcome: true,
        outcomeNote: true,
        version: true,
        assessment: {
          select: { participants: { where: { userId: user.id }, select: { id: true } } },
        },
      },
    });
    if (!challenge) throw new NotFoundError("challenge");
    if (challenge.assessment.participants.length === 0)
      throw new ForbiddenError(CHALLENGE_MESSAGES.notParticipantOutcome);
    if (!challenge.partnerResponse) throw new DomainError(CHALLENGE_MESSAGES.awaitingResponse);
    if (challenge.version !== input.version) throw await challengeConflict(tx, challengeId);
    if (challenge.outcome === input.outcome && challenge.outcomeNote === input.outcomeNote)
      return { version: challenge.version, changed: false };

    const claimed = await tx.challenge.updateMany({
      where: { id: challengeId, version: input.version, partnerResponse: { not: null } },
      data: {
        outcome: input.outcome,
        outcomeNote: input.outcomeNote,
        outcomeById: user.id,
        outcomeAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (claimed.count !== 1) throw await challengeConflict(tx, challengeId);
    await recordChange(tx, {
      action: "challenge.outcome-recorded",
      actorUserId: user.id,
      partnershipId,
      entityType: "Challenge",
      entityId: challengeId,
      before: { outcome: challenge.outcome, outcomeNote: challenge.outcomeNote },
      after: { outcome: input.outcome, outcomeNote: input.outcomeNote },
      metadata: { assessmentId, outcome: CHALLENGE_OUTCOME_LABELS[input.outcome] },
    });
    return { version: input.version + 1, changed: true };
  },
});
