import { RagTag } from "@/components/ui/rag-tag";
import { cell, DataTable } from "@/components/ui/data-table";
import type { Answer } from "@/lib/domain/return-import";

type Change = { row: number; code: string; text: string; before: Answer; after: Answer };

function Rating({ rating }: { rating: Answer["rating"] }) {
  return rating ? <RagTag rating={rating} /> : <span>Not rated</span>;
}

/** One answer's text: what it was and what it will be, only where it changes. */
function TextChange({ label, before, after }: { label: string; before: string; after: string }) {
  if (before === after) return null;
  return (
    <div className="mt-2">
      <p className="font-bold">{label}</p>
      <p className="text-muted">
        Now: {before ? <span className="whitespace-pre-line">{before}</span> : "blank"}
      </p>
      <p>New: {after ? <span className="whitespace-pre-line">{after}</span> : "blank"}</p>
    </div>
  );
}

/** What confirming the import will change, question by question (current → new). */
export function OfflineImportPreview({ changes }: { changes: ReadonlyArray<Change> }) {
  return (
    <DataTable
      caption={`What will change (${changes.length} ${changes.length === 1 ? "answer" : "answers"})`}
      headings={["Question", "Rating now", "New rating", "Text that changes"]}
    >
      {changes.map((change) => (
        <tr key={change.code}>
          <th scope="row" className={`${cell} font-normal`}>
            <span className="font-bold tabular-nums">{change.code}</span> {change.text}
            <span className="block text-muted">Row {change.row} of the file</span>
          </th>
          <td className={cell}>
            <Rating rating={change.before.rating} />
          </td>
          <td className={cell}>
            <Rating rating={change.after.rating} />
          </td>
          <td className={cell}>
            <TextChange
              label="Evidence and narrative"
              before={change.before.narrative}
              after={change.after.narrative}
            />
            <TextChange
              label="Remaining work"
              before={change.before.remainingWork}
              after={change.after.remainingWork}
            />
            <TextChange
              label="Reason not in scope"
              before={change.before.notInScopeReason ?? ""}
              after={change.after.notInScopeReason ?? ""}
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
