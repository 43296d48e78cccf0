import Link from "next/link";
import { SpreadFlag } from "@/components/agreement/spread-flag";
import { cell, DataTable } from "@/components/ui/data-table";
import { RagTag } from "@/components/ui/rag-tag";
import type { ReportDifference } from "@/lib/data/report";
import { formatOn, namesList, plural } from "./format";

/**
 * "Where the scrutineers differed": exactly the questions they rated differently, each with every
 * scrutineer's rating and rationale side by side, the flag in words, and the agreed rating.
 */
export function Differences({
  differences,
  scrutineers,
}: {
  differences: ReportDifference[];
  scrutineers: Array<{ name: string; isLead: boolean }>;
}) {
  return (
    <>
      <p className="max-w-3xl text-lg">
        {namesList(scrutineers.map((s) => s.name))} rated the questions.{" "}
        {differences.length === 0
          ? "They gave the same rating to every question."
          : `They rated ${plural(differences.length, "question")} differently: ${differences.map((d) => d.code).join(", ")}.`}
      </p>
      {differences.map((question) => (
        <article
          key={question.id}
          aria-labelledby={`differ-${question.id}`}
          className="space-y-4 border-t border-[#b1b4b6] pt-4 print:break-inside-avoid"
        >
          <h3 id={`differ-${question.id}`} className="text-xl font-bold">
            <span className="mr-2 tabular-nums">{question.code}</span>
            {question.text}
          </h3>
          <SpreadFlag spread={question.spread} />
          <DataTable
            caption={`Each scrutineer's rating for question ${question.code}`}
            captionHidden
            headings={["Scrutineer", "Rating", "Rationale"]}
          >
            {question.scrutineers.map((s) => (
              <tr key={s.name}>
                <th scope="row" className={`${cell} w-48 font-bold`}>
                  {s.name}
                  {s.isLead ? <span className="block font-normal text-muted">Lead</span> : null}
                </th>
                <td className={`${cell} w-40`}>
                  {s.rating ? <RagTag rating={s.rating} /> : "Not rated"}
                </td>
                <td className={`${cell} whitespace-pre-line`}>
                  {s.rating === "NOT_IN_SCOPE" && s.notInScopeReason
                    ? `Why not in scope: ${s.notInScopeReason}`
                    : s.narrative || "No rationale given."}
                </td>
              </tr>
            ))}
          </DataTable>
          {question.agreed ? (
            <div className="space-y-1">
              <p className="flex flex-wrap items-center gap-2 text-lg">
                <span className="font-bold">Agreed rating:</span>
                <RagTag rating={question.agreed.rating} />
              </p>
              <p className="whitespace-pre-line">
                <span className="font-bold">Reason: </span>
                {question.agreed.reason || "None given."}
              </p>
              <p className="text-muted">
                Rated by {namesList(question.scrutineers.map((s) => s.name))}; agreed
                {question.agreed.agreedByName ? ` by ${question.agreed.agreedByName}` : ""} on{" "}
                {formatOn(question.agreed.agreedAt)}.
              </p>
            </div>
          ) : (
            <p className="text-lg">
              No rating agreed yet. Rated by {namesList(question.scrutineers.map((s) => s.name))}.
            </p>
          )}
          <p className="print:hidden">
            <Link href={question.href} className="text-brand underline">
              See the responses<span className="sr-only"> to question {question.code}</span> in full
            </Link>
          </p>
        </article>
      ))}
    </>
  );
}
