import type { ReactNode } from "react";

export type SummaryRow = { key: string; value: ReactNode; action?: ReactNode };

/** GOV.UK summary list rows: what each thing is, its value, and (optionally) a "Change" link. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl>
      {rows.map((row) => (
        <div
          key={row.key}
          className="grid gap-1 border-b border-[#b1b4b6] py-3 last:border-b-0 sm:grid-cols-[14rem_1fr_auto] sm:gap-4"
        >
          <dt className="font-bold">{row.key}</dt>
          <dd className="break-words">{row.value}</dd>
          {row.action ? <dd className="sm:text-right">{row.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

/**
 * GOV.UK summary card: a titled box holding a summary list, with the card's actions (links) in its
 * title bar. `id` lets other pages link straight to the card.
 */
export function SummaryCard({
  id,
  title,
  headingLevel = 2,
  actions,
  children,
}: {
  id: string;
  title: ReactNode;
  headingLevel?: 2 | 3;
  actions?: ReactNode[];
  children: ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="border border-[#b1b4b6] bg-white">
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2 border-b border-[#b1b4b6] bg-[#f3f2f1] px-4 py-3">
        <Heading id={`${id}-title`} className="text-xl font-bold">
          {title}
        </Heading>
        {actions && actions.length > 0 ? (
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            {actions.map((action, index) => (
              <li key={index}>{action}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="px-4">{children}</div>
    </section>
  );
}
