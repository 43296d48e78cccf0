import type { ChallengeOutcome } from "../../lib/generated/prisma/enums";
import type { CompletedAction } from "./demo-actions";
import type { ScrutinySpec } from "./demo-scrutiny";

/** An earlier cycle's closed challenge, as the challenge log shows it. */
export type PastChallenge = {
  question: string;
  organisation: string;
  text: string;
  raisedOn: string;
  response: string;
  respondedOn: string;
  outcome: ChallengeOutcome;
  outcomeNote: string;
  outcomeOn: string;
  /** Raised from an accepted challenge. */
  action?: CompletedAction;
};

/** An earlier cycle: its scrutiny report, a closed challenge and its completed actions. */
export type PastCycleStory = Omit<ScrutinySpec, "baselineAssessmentId"> & {
  challenge: PastChallenge;
  actions: CompletedAction[];
};
