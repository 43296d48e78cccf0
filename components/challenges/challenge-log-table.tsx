import Link from "next/link";
import { formatDate } from "@/components/members/format";
import { cell, DataTable } from "@/components/ui/data-table";
import type { ChallengeDto } from "@/lib/data/challenges";
import { CHALLENGE_OUTCOME_LABELS } from "@/lib/domain/challenges";
import { ChallengeStageTag } from "./challenge-stage-tag";

const EXCERPT = 160;

/** The start of a long challenge, cut at a word, for the table; the whole text is one click away. */
function excerpt(text: string): string {
  if (text.length <= EXCERPT) return text;
  const cut = text.slice(0, EXCERPT);
  const space = cut.lastIndexOf(" ");
  return `${(space > EXCERPT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Every challenge of a scrutiny as a GOV.UK table, each row opening onto the challenge. */
export function ChallengeLogTable({ challenges }: { challenges: ChallengeDto[] }) {
  return (
    <DataTable
      caption="Challenges"
      captionHidden
      headings={["Challenge", "About", "Responsible organisation", "Raised", "Stage"]}
    >
      {challenges.map((c) => (
        <tr key={c.id}>
          <td className={`${cell} max-w-md`}>
            <Link href={c.href} className="font-bold text-brand underline">
              Challenge {c.number}
            </Link>
            <p className="mt-1 break-words">{excerpt(c.text)}</p>
          </td>
          <td className={cell}>
            <Link href={c.about.href} className="text-brand underline">
              {c.about.label}
            </Link>
          </td>
          <td className={cell}>{c.responsibleOrganisation ?? "Not named"}</td>
          <td className={cell}>
            <span className="whitespace-nowrap">{formatDate(new Date(c.raised.at))}</span>
            <span className="block text-muted">by {c.raised.by}</span>
          </td>
          <td className={cell}>
            <ChallengeStageTag stage={c.stage} />
            {c.outcome ? (
              <span className="mt-1 block">{CHALLENGE_OUTCOME_LABELS[c.outcome.value]}</span>
            ) : null}
            {c.actions.length > 0 ? (
              <span className="block text-muted">
                {c.actions.length === 1 ? "1 action" : `${c.actions.length} actions`} raised
              </span>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
