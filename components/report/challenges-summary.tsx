import Link from "next/link";
import { ChallengeStageTag, stageCountsText } from "@/components/challenges/challenge-stage-tag";
import { cell, DataTable } from "@/components/ui/data-table";
import type { ReportChallenge } from "@/lib/data/report";
import { CHALLENGE_OUTCOME_LABELS } from "@/lib/domain/challenges";
import { plural } from "./format";

/** The challenge log in summary: what was challenged, who answers, where it is and the outcome. */
export function ChallengesSummary({
  challenges,
  logHref,
}: {
  challenges: ReportChallenge[];
  logHref: string;
}) {
  return (
    <>
      <p className="max-w-3xl text-lg">
        {challenges.length === 0
          ? "The scrutineers have raised no challenges."
          : `The scrutineers raised ${plural(challenges.length, "challenge")}: ${stageCountsText(challenges)}.`}{" "}
        <Link href={logHref} className="text-brand underline print:no-underline">
          Read the challenge log
        </Link>
      </p>
      {challenges.length > 0 ? (
        <DataTable
          caption="Challenges in summary"
          captionHidden
          headings={["About", "Responsible organisation", "Stage", "Outcome"]}
        >
          {challenges.map((challenge) => (
            <tr key={challenge.id} className="print:break-inside-avoid">
              <td className={cell}>{challenge.subjectLabel}</td>
              <td className={cell}>{challenge.organisationName ?? "Not named"}</td>
              <td className={cell}>
                <ChallengeStageTag stage={challenge.stage} />
              </td>
              <td className={cell}>
                {challenge.outcome
                  ? CHALLENGE_OUTCOME_LABELS[challenge.outcome]
                  : "Not recorded yet"}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}
