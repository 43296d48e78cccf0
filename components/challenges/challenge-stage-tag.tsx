import { CHALLENGE_STAGE_LABELS, type ChallengeStage } from "@/lib/domain/challenges";

// GOV.UK tags: the words carry the meaning, the colour only supports them.
const STYLES: Record<ChallengeStage, string> = {
  AWAITING_RESPONSE: "bg-[#fff7bf] text-[#594d00]",
  AWAITING_OUTCOME: "bg-[#d2e2f1] text-[#0c2d4a]",
  CLOSED: "bg-[#cce2d8] text-[#005a30]",
};

/** Where a challenge is: awaiting response, awaiting outcome or closed. */
export function ChallengeStageTag({ stage }: { stage: ChallengeStage }) {
  return (
    <strong className={`inline-block px-2 py-0.5 font-bold whitespace-nowrap ${STYLES[stage]}`}>
      {CHALLENGE_STAGE_LABELS[stage]}
    </strong>
  );
}

/** "2 awaiting response, 1 awaiting outcome, 3 closed". */
export function stageCountsText(challenges: ReadonlyArray<{ stage: ChallengeStage }>): string {
  const count = (stage: ChallengeStage) => challenges.filter((c) => c.stage === stage).length;
  return [
    `${count("AWAITING_RESPONSE")} awaiting response`,
    `${count("AWAITING_OUTCOME")} awaiting outcome`,
    `${count("CLOSED")} closed`,
  ].join(", ");
}
