import type { Counts } from "@/lib/domain/actions";
import { TRACKER_DUE_SOON_DAYS } from "@/lib/domain/actions";

/** The tracker's counts, over exactly the rows the table shows (the filters apply to both). */
export function TrackerCounts({ counts, filtered }: { counts: Counts; filtered: boolean }) {
  const cards = [
    { label: "Open", value: counts.open },
    { label: "Overdue", value: counts.overdue },
    { label: `Due in the next ${TRACKER_DUE_SOON_DAYS} days`, value: counts.dueSoon },
  ];
  return (
    <section aria-labelledby="tracker-counts-heading" className="mb-8">
      <h2 id="tracker-counts-heading" className="sr-only">
        {filtered ? "Counts for the actions matching these filters" : "Counts"}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-3">
        {cards.map((card) => (
          <div key={card.label} className="border-t-4 border-brand bg-white p-4">
            <dt className="text-lg">{card.label}</dt>
            <dd className="text-4xl font-bold">{card.value}</dd>
          </div>
        ))}
      </dl>
      {filtered ? (
        <p className="mt-2 text-muted">Counts are for the actions matching these filters.</p>
      ) : null}
    </section>
  );
}
