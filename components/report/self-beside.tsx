import Link from "next/link";
import { cell, DataTable } from "@/components/ui/data-table";
import { RagTag } from "@/components/ui/rag-tag";
import type { SelfBesideIndependent } from "@/lib/data/report";
import type { RatingValue } from "@/lib/domain/rating";
import { formatOn, plural } from "./format";

function Rating({ rating, empty }: { rating: RatingValue | null; empty: string }) {
  return rating ? <RagTag rating={rating} /> : <span>{empty}</span>;
}

/**
 * The core partners' self-assessment beside the independent scrutiny: per question each statutory
 * partner's rating, their combined rating, the independent rating and the gap in words.
 */
export function SelfBeside({ data }: { data: SelfBesideIndependent }) {
  if (!data.assessment)
    return (
      <p className="max-w-3xl text-lg">
        There is no core partners&apos; self-assessment in this cycle to set beside the independent
        scrutiny.
      </p>
    );
  const { assessment } = data;
  return (
    <>
      <div className="max-w-3xl space-y-2 text-lg">
        <p>
          From{" "}
          <Link href={assessment.href} className="text-brand underline">
            {assessment.title}
          </Link>
          {assessment.status === "FINALISED" && assessment.finalisedAt
            ? `, finalised on ${formatOn(assessment.finalisedAt)}.`
            : ", which is not finalised yet: its ratings may still change."}
        </p>
        <p>
          The partners&apos; combined rating is the one most of them gave, the more cautious on a
          tie. <span className="font-bold">{plural(data.gapCount, "question")}</span>{" "}
          {data.gapCount === 1 ? "has" : "have"} a gap between the self-assessment and the
          independent rating.
        </p>
      </div>
      <DataTable
        caption="Self-assessment beside independent scrutiny, by question"
        headings={[
          "Question",
          ...data.organisations.map((o) => o.name),
          "Self-assessment (combined)",
          "Independent scrutiny",
          "Gap",
        ]}
      >
        {data.rows.map((row) => {
          const gap = row.gap.kind === "SELF_HIGHER" || row.gap.kind === "SELF_LOWER";
          return (
            <tr key={row.questionId} className="print:break-inside-avoid">
              <th scope="row" className={`${cell} font-bold tabular-nums`}>
                <span className="sr-only">Question </span>
                {row.code}
              </th>
              {row.partners.map((p) => (
                <td key={p.organisationId} className={`${cell} whitespace-nowrap`}>
                  <Rating rating={p.rating} empty={p.asked ? "Not answered" : "Not asked"} />
                </td>
              ))}
              <td className={`${cell} whitespace-nowrap`}>
                <Rating rating={row.self} empty="No rating" />
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                <Rating rating={row.independent} empty="Not yet agreed" />
              </td>
              <td className={`${cell} ${gap ? "border-l-4 border-l-ink font-bold" : ""}`}>
                {row.gapLabel}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}
