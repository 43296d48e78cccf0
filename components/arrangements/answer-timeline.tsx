import type { ArrangementHistoryEntry } from "@/lib/data/arrangements";
import { answerChangeTitle, type AnswerChange } from "@/lib/domain/arrangements";

function Text({ label, text, muted = false }: { label: string; text: string; muted?: boolean }) {
  return (
    <div>
      <p className="font-bold">{label}</p>
      <p className={`whitespace-pre-line ${muted ? "text-muted" : ""}`}>{text}</p>
    </div>
  );
}

function Change({ change }: { change: AnswerChange }) {
  switch (change.kind) {
    case "added":
      return <Text label="Answer" text={change.after} />;
    case "changed":
      return (
        <div className="space-y-3">
          <Text label="Before" text={change.before} muted />
          <Text label="After" text={change.after} />
        </div>
      );
    case "removed":
      return <Text label="Answer removed" text={change.before} muted />;
    case "unchanged":
      return <p>The answer stayed the same.</p>;
  }
}

/** Every change to one answer, newest first: who, when, and the answer before and after. */
export function AnswerTimeline({ entries }: { entries: ArrangementHistoryEntry[] }) {
  if (entries.length === 0) return <p>Nothing has been recorded for this question yet.</p>;
  return (
    <ol
      className="max-w-3xl divide-y divide-[#b1b4b6] border-y border-[#b1b4b6]"
      aria-label="Changes, newest first"
    >
      {entries.map((entry) => (
        <li key={entry.id} className="space-y-3 py-4">
          <h2 className="text-lg font-bold">{answerChangeTitle(entry.change)}</h2>
          <p className="text-muted">
            By {entry.actorName} on <time dateTime={entry.at}>{entry.atLabel}</time>
          </p>
          <div className="border-l-4 border-[#b1b4b6] pl-4">
            <Change change={entry.change} />
          </div>
        </li>
      ))}
    </ol>
  );
}
