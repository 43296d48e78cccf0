import { SPREAD_LABELS, type Spread } from "@/lib/domain/agreement";

/**
 * How far the scrutineers' ratings differ, in words with an icon (never colour alone). Nothing is
 * shown when they agree.
 */
export function SpreadFlag({ spread }: { spread: Spread }) {
  if (spread === "agreed") return <p className="text-muted">{SPREAD_LABELS.agreed}</p>;
  const strong = spread === "strong";
  return (
    <p
      className={`inline-flex items-center gap-2 border-l-4 px-3 py-1 font-bold ${
        strong ? "border-rag-red bg-[#f6d7d2]" : "border-ink bg-[#f3f2f1]"
      }`}
    >
      <span
        aria-hidden="true"
        className="flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-ink text-sm text-white"
      >
        {strong ? "!!" : "!"}
      </span>
      {SPREAD_LABELS[spread]}
    </p>
  );
}
