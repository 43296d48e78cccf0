import { cell, DataTable } from "@/components/ui/data-table";
import type { ScrutinyReport } from "@/lib/data/report";
import {
  ACCURACY_CHECK_STATE_LABELS,
  ACCURACY_DECISION_LABELS,
} from "@/lib/domain/report-authoring";
import { formatOn } from "./format";

const STATE_TEXT = {
  NOT_OPENED:
    "The draft report has not been shared with the statutory partners for a factual-accuracy check yet.",
  OPEN: "The draft report is open for the statutory partners' factual-accuracy comments.",
  CLOSED: "The factual-accuracy check is closed.",
} as const;

/** The statutory partners' factual-accuracy comments and what the scrutineers decided. */
export function AccuracyComments({ accuracy }: { accuracy: ScrutinyReport["accuracy"] }) {
  return (
    <>
      <p className="max-w-3xl text-lg">
        <span className="font-bold">{ACCURACY_CHECK_STATE_LABELS[accuracy.state]}. </span>
        {STATE_TEXT[accuracy.state]}
      </p>
      {accuracy.comments.length === 0 ? (
        <p className="text-muted">No factual-accuracy comments have been made.</p>
      ) : (
        <DataTable
          caption="Factual-accuracy comments and decisions"
          headings={["Section", "Statutory partner", "Comment", "Decision"]}
        >
          {accuracy.comments.map((comment) => (
            <tr key={comment.id} className="print:break-inside-avoid">
              <td className={cell}>{comment.sectionLabel}</td>
              <td className={cell}>{comment.organisationName ?? "Not recorded"}</td>
              <td className={`${cell} whitespace-pre-line`}>
                {comment.text}
                <span className="block text-muted">{formatOn(comment.createdAt)}</span>
              </td>
              <td className={cell}>
                {comment.decision ? (
                  <>
                    <span className="font-bold">{ACCURACY_DECISION_LABELS[comment.decision]}</span>
                    {comment.decisionNote ? (
                      <span className="block whitespace-pre-line">{comment.decisionNote}</span>
                    ) : null}
                  </>
                ) : (
                  "Not decided yet"
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
