import Link from "next/link";
import type { ReactNode } from "react";
import { formatDate } from "@/components/members/format";
import type { ChallengeDto } from "@/lib/data/challenges";
import { CHALLENGE_FIELD_LABELS, CHALLENGE_OUTCOME_LABELS } from "@/lib/domain/challenges";
import { ChallengeStageTag } from "./challenge-stage-tag";

function Byline({ by, at }: { by: string; at: string }) {
  return (
    <span className="mt-1 block text-muted">
      {by}, {formatDate(new Date(at))}
    </span>
  );
}

const Text = ({ children }: { children: string }) => (
  <span className="block whitespace-pre-line break-words">{children}</span>
);

/** GOV.UK summary list of one challenge: what, who, where it is, the response and the outcome. */
export function ChallengeSummary({ challenge }: { challenge: ChallengeDto }) {
  const { about, response, outcome } = challenge;
  const rows: Array<[string, ReactNode]> = [
    [
      CHALLENGE_FIELD_LABELS.about,
      <>
        <Link href={about.href} className="text-brand underline">
          {about.label}
        </Link>
        {about.text ? <span className="mt-1 block">{about.text}</span> : null}
      </>,
    ],
    [
      CHALLENGE_FIELD_LABELS.responsibleOrganisationId,
      challenge.responsibleOrganisation ?? "Not named",
    ],
    [
      CHALLENGE_FIELD_LABELS.text,
      <>
        <Text>{challenge.text}</Text>
        <Byline by={`Raised by ${challenge.raised.by}`} at={challenge.raised.at} />
      </>,
    ],
    ["Stage", <ChallengeStageTag key="stage" stage={challenge.stage} />],
    [
      CHALLENGE_FIELD_LABELS.response,
      response ? (
        <>
          <Text>{response.text}</Text>
          <Byline by={`Responded by ${response.by}`} at={response.at} />
        </>
      ) : (
        "No response yet"
      ),
    ],
    [
      CHALLENGE_FIELD_LABELS.outcome,
      outcome ? (
        <>
          <span className="block font-bold">{CHALLENGE_OUTCOME_LABELS[outcome.value]}</span>
          {outcome.note ? <Text>{outcome.note}</Text> : null}
          <Byline by={`Recorded by ${outcome.by}`} at={outcome.at} />
        </>
      ) : (
        "Not recorded yet"
      ),
    ],
  ];
  return (
    <dl className="max-w-3xl border-t border-[#b1b4b6]">
      {rows.map(([key, value]) => (
        <div
          key={key}
          className="grid gap-1 border-b border-[#b1b4b6] py-3 sm:grid-cols-[14rem_1fr]"
        >
          <dt className="font-bold">{key}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
