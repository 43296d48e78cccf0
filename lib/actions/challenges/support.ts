import "server-only";
// Helpers shared by the challenge log's server actions. Deliberately not "use server": nothing
// here may be callable from a browser on its own.
import { ConflictError } from "@/lib/authz/errors";
import { CHALLENGE_MESSAGES, type ChallengeOutcomeValue } from "@/lib/domain/challenges";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export const challengeLogPath = (partnershipId: string, assessmentId: string) =>
  `/partnerships/${partnershipId}/assessments/${assessmentId}/challenges`;

/** The pages that show a challenge: the log, the challenge's page and the assessment overview. */
export function challengePaths(partnershipId: string, assessmentId: string, challengeId?: string) {
  const log = challengeLogPath(partnershipId, assessmentId);
  return [
    log,
    ...(challengeId ? [`${log}/${challengeId}`] : []),
    `/partnerships/${partnershipId}/assessments/${assessmentId}`,
  ];
}

/** What is stored now, for the person whose save arrived second. */
export type ChallengeNow = {
  version: number;
  partnerResponse: string | null;
  outcome: ChallengeOutcomeValue | null;
  outcomeNote: string | null;
};

export async function challengeConflict(tx: Tx, challengeId: string) {
  const row = await tx.challenge.findUnique({
    where: { id: challengeId },
    select: { version: true, partnerResponse: true, outcome: true, outcomeNote: true },
  });
  return new ConflictError<ChallengeNow | null>(CHALLENGE_MESSAGES.conflict, row);
}
