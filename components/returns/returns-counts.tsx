import { returnCountsSentence, type ReturnCounts } from "@/lib/domain/returns";

/** The counts above the grid, as one sentence: "12 returned, 3 submitted awaiting sign-off, …". */
export function ReturnsCounts({ counts, total }: { counts: ReturnCounts; total: number }) {
  return (
    <div className="mb-6 border-l-4 border-brand bg-white p-4 text-lg" aria-label="Returns so far">
      <p className="font-bold">
        {total} {total === 1 ? "organisation" : "organisations"} taking part
      </p>
      <p>{returnCountsSentence(counts)}.</p>
      <p className="text-muted">
        A return counts as returned only when a named senior person of the organisation has signed
        it off.
      </p>
    </div>
  );
}
