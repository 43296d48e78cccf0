import { cell, DataTable } from "@/components/ui/data-table";
import { RagTag } from "@/components/ui/rag-tag";
import type { AgreementQuestion } from "@/lib/data/agreement";

/** One question: each scrutineer's rating and rationale side by side, contributors named. */
export function ScrutineerRatingsTable({ question }: { question: AgreementQuestion }) {
  return (
    <DataTable
      caption={`Scrutineers' ratings for ${question.label.toLowerCase()}`}
      captionHidden
      headings={["Scrutineer", "Rating", "Rationale"]}
    >
      {question.entries.map((entry) => (
        <tr key={entry.participantId}>
          <th scope="row" className={`${cell} w-48 font-bold`}>
            {entry.name}
            {entry.isLead ? <span className="block font-normal text-muted">Lead</span> : null}
          </th>
          <td className={`${cell} w-40`}>
            {entry.rating ? <RagTag rating={entry.rating} /> : <span>Not rated</span>}
          </td>
          <td className={`${cell} space-y-2`}>
            {entry.rating === "NOT_IN_SCOPE" && entry.notInScopeReason ? (
              <p>
                <span className="font-bold">Why not in scope: </span>
                {entry.notInScopeReason}
              </p>
            ) : null}
            {entry.narrative ? <p className="whitespace-pre-line">{entry.narrative}</p> : null}
            {entry.remainingWork ? (
              <p className="whitespace-pre-line">
                <span className="font-bold">Work remaining: </span>
                {entry.remainingWork}
              </p>
            ) : null}
            {entry.evidence.length > 0 ? (
              <div>
                <p className="font-bold">Evidence cited:</p>
                <ul className="list-disc pl-6">
                  {entry.evidence.map((item) => (
                    <li key={item.id}>
                      {item.title}{" "}
                      <span className="text-muted">
                        ({item.nature === "OUTCOME" ? "outcome" : "process"})
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {!entry.narrative &&
            !entry.remainingWork &&
            entry.evidence.length === 0 &&
            !(entry.rating === "NOT_IN_SCOPE" && entry.notInScopeReason) ? (
              <p className="text-muted">No rationale given.</p>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
