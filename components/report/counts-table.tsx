import { cell, DataTable } from "@/components/ui/data-table";
import type { ReportStep } from "@/lib/data/report";
import { COUNT_LABELS, COUNT_ORDER, type RagCounts } from "@/lib/domain/report";

/** "At a glance": how many questions of each step have each agreed rating, and the whole report. */
export function CountsTable({ steps, totals }: { steps: ReportStep[]; totals: RagCounts }) {
  return (
    <DataTable
      caption="Agreed ratings at a glance"
      headings={["Step", ...COUNT_ORDER.map((key) => COUNT_LABELS[key])]}
    >
      {steps.map((step) => (
        <tr key={step.id}>
          <th scope="row" className={`${cell} font-bold`}>
            <a href={`#step-${step.number}`} className="text-brand underline">
              Step {step.number}
            </a>
          </th>
          {COUNT_ORDER.map((key) => (
            <td key={key} className={`${cell} tabular-nums`}>
              {step.counts[key]}
            </td>
          ))}
        </tr>
      ))}
      <tr>
        <th scope="row" className={`${cell} font-bold`}>
          All steps
        </th>
        {COUNT_ORDER.map((key) => (
          <td key={key} className={`${cell} font-bold tabular-nums`}>
            {totals[key]}
          </td>
        ))}
      </tr>
    </DataTable>
  );
}

/** One step's counts in a sentence: "2 Red, 1 Amber, 1 Green, 0 not in scope, 0 not yet agreed". */
export function countsSentence(counts: RagCounts): string {
  return COUNT_ORDER.map((key) => {
    const label =
      key === "RED" || key === "AMBER" || key === "GREEN"
        ? COUNT_LABELS[key]
        : COUNT_LABELS[key].toLowerCase();
    return `${counts[key]} ${label}`;
  }).join(", ");
}
