import type { HistoryEntry } from "@/lib/data/question-history";
import { changeDetail, type FieldChange } from "@/lib/domain/history";

function Change({ change }: { change: FieldChange }) {
  if (change.kind === "text") {
    return (
      <li>
        <span className="font-bold">{change.label}:</span> {change.change}
        <details className="mt-1">
          <summary className="cursor-pointer text-brand underline">
            {change.change === "removed" ? "Show the text that was removed" : "Show the new text"}
            <span className="sr-only"> ({change.label.toLowerCase()})</span>
          </summary>
          <div className="mt-2 space-y-2 border-l-4 border-[#b1b4b6] pl-4">
            {change.change === "removed" ? (
              <p className="whitespace-pre-wrap">{change.before}</p>
            ) : (
              <>
                <p className="whitespace-pre-wrap">{change.after}</p>
                {change.change === "changed" ? (
                  <>
                    <p className="font-bold">Before:</p>
                    <p className="whitespace-pre-wrap text-muted">{change.before}</p>
                  </>
                ) : null}
              </>
            )}
          </div>
        </details>
      </li>
    );
  }
  if (change.kind === "list") {
    return (
      <li>
        <span className="font-bold">{change.label}:</span> {changeDetail(change)}
      </li>
    );
  }
  return (
    <li>
      <span className="font-bold">{change.label}:</span> {change.before}{" "}
      <span aria-hidden="true">→</span>
      <span className="sr-only">changed to</span> {change.after}
    </li>
  );
}

/** A question's changes, newest first: who, whose answer, when, and what changed in words. */
export function QuestionTimeline({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p>Nothing has been recorded for this question yet.</p>;
  return (
    <ol
      className="max-w-3xl divide-y divide-[#b1b4b6] border-y border-[#b1b4b6]"
      aria-label="Changes, newest first"
    >
      {entries.map((entry) => (
        <li key={entry.id} className="space-y-2 py-4">
          <h2 className="text-lg font-bold">
            {entry.actionLabel}
            {entry.subject ? <span className="font-normal">: {entry.subject}</span> : null}
          </h2>
          <p className="text-muted">
            By {entry.actorName}
            {entry.onBehalf ? ", on the organisation's behalf" : ""} on{" "}
            <time dateTime={entry.at}>{entry.atLabel}</time>
          </p>
          {entry.changes.length > 0 ? (
            <ul className="list-disc space-y-1 pl-6">
              {entry.changes.map((change) => (
                <Change key={change.field} change={change} />
              ))}
            </ul>
          ) : (
            <p>Saved with no change to the answer.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
