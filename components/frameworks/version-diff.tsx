import { cell, DataTable } from "@/components/ui/data-table";
import type { VersionDiff } from "@/lib/domain/framework-versions";

/**
 * What changed between two versions, by question identity: counts first (a GOV.UK summary list),
 * then a table for each kind of change. Questions that persist keep their trends across cycles.
 */
export function VersionDiffTables({
  diff,
  texts,
}: {
  diff: VersionDiff;
  texts: Record<string, string>;
}) {
  const counts: Array<[string, number, string]> = [
    ["Questions in both versions", diff.persisting, "Their trends continue across the two."],
    ["Added", diff.added.length, "New questions: their trends start with this version."],
    ["Removed", diff.removed.length, "Their trends stop at the earlier version."],
    ["Reworded", diff.reworded.length, "The same question in new words: its trend continues."],
    ["Moved", diff.moved.length, "The same question with a new number: its trend continues."],
  ];
  return (
    <div className="space-y-10">
      <dl className="max-w-3xl border-t border-[#b1b4b6]">
        {counts.map(([label, count, hint]) => (
          <div
            key={label}
            className="grid gap-1 border-b border-[#b1b4b6] py-3 sm:grid-cols-[16rem_4rem_1fr]"
          >
            <dt className="font-bold">{label}</dt>
            <dd className="tabular-nums font-bold">{count}</dd>
            <dd className="text-muted">{hint}</dd>
          </div>
        ))}
      </dl>
      {diff.added.length > 0 ? (
        <DataTable caption="Added questions" headings={["Code", "Question"]}>
          {diff.added.map((q) => (
            <tr key={q.lineageKey}>
              <td className={`${cell} font-bold tabular-nums`}>{q.code}</td>
              <td className={cell}>{q.text}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {diff.removed.length > 0 ? (
        <DataTable caption="Removed questions" headings={["Code before", "Question"]}>
          {diff.removed.map((q) => (
            <tr key={q.lineageKey}>
              <td className={`${cell} font-bold tabular-nums`}>{q.code}</td>
              <td className={cell}>{q.text}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {diff.reworded.length > 0 ? (
        <DataTable caption="Reworded questions" headings={["Code", "Before", "After"]}>
          {diff.reworded.map((q) => (
            <tr key={q.lineageKey}>
              <td className={`${cell} font-bold tabular-nums`}>{q.code}</td>
              <td className={cell}>{q.before}</td>
              <td className={cell}>{q.after}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {diff.moved.length > 0 ? (
        <DataTable caption="Moved questions" headings={["Code before", "Code after", "Question"]}>
          {diff.moved.map((q) => (
            <tr key={q.lineageKey}>
              <td className={`${cell} tabular-nums`}>{q.from}</td>
              <td className={`${cell} font-bold tabular-nums`}>{q.to}</td>
              <td className={cell}>{texts[q.lineageKey]}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}
