/** The challenge log's words (seed 001: scrutiny as a "constructive critical friend"). */
export const CHALLENGE_OUTCOMES = ["ACCEPTED", "PARTLY_ACCEPTED", "NOT_ACCEPTED"] as const;
export type ChallengeOutcomeValue = (typeof CHALLENGE_OUTCOMES)[number];

export const CHALLENGE_OUTCOME_LABELS: Record<ChallengeOutcomeValue, string> = {
  ACCEPTED: "Accepted",
  PARTLY_ACCEPTED: "Partly accepted",
  NOT_ACCEPTED: "Not accepted",
};

export type ChallengeStage = "AWAITING_RESPONSE" | "AWAITING_OUTCOME" | "CLOSED";

export const CHALLENGE_STAGE_LABELS: Record<ChallengeStage, string> = {
  AWAITING_RESPONSE: "Awaiting response",
  AWAITING_OUTCOME: "Awaiting outcome",
  CLOSED: "Closed",
};

/** Where a challenge is: raised → the partner responds → the scrutineer records the outcome. */
export function challengeStage(challenge: {
  partnerResponse: string | null;
  outcome: ChallengeOutcomeValue | null;
}): ChallengeStage {
  if (challenge.outcome) return "CLOSED";
  if (challenge.partnerResponse && challenge.partnerResponse.trim() !== "")
    return "AWAITING_OUTCOME";
  return "AWAITING_RESPONSE";
}
