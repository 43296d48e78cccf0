import { cell, DataTable } from "@/components/ui/data-table";
import { RagTag } from "@/components/ui/rag-tag";
import type { ReportTrends } from "@/lib/data/report";
import { COUNT_LABELS, COUNT_ORDER, MOVEMENT_LABELS } from "@/lib/domain/report";
import { TrendChart } from "./trend-chart";

type Cycle = ReportTrends["cycles"][number];

function cycleLabel(cycle: Cycle): string {
  if (cycle.current) return `${cycle.name} (this report)`;
  return cycle.source === "NONE" ? `${cycle.name} (no signed-off scrutiny)` : cycle.name;
}

/**
 * The trends across cycles, per step: a small chart with the same figures as a table, and each
 * question's agreed rating in each cycle (followed by its identity when the framework changed).
 */
export function Trends({ trends }: { trends: ReportTrends }) {
  const { cycles } = trends;
  return (
    <>
      <p className="max-w-3xl text-lg">
        The agreed ratings of each cycle&apos;s signed-off independent scrutiny, oldest first, up to
        this report ({cycles.length === 1 ? "1 cycle" : `${cycles.length} cycles`}). A question is
        followed across framework versions even when its number or wording changed.
      </p>
      {trends.steps.map((step) => (
        <div key={step.number} className="space-y-4 print:break-inside-avoid">
          <h3 className="text-2xl font-bold">
            Step {step.number}: {step.title}
          </h3>
          <figure className="space-y-2">
            <TrendChart
              series={step.counts.map((point, index) => ({
                key: point.cycleId,
                label: cycles[index]!.startsOn.slice(0, 4),
                counts: point.counts,
              }))}
            />
            <figcaption className="text-muted">
              Chart of step {step.number}&apos;s questions by agreed rating in each cycle (R Red, A
              Amber, G Green, – not in scope, ? no rating). The first table below gives the same
              figures.
            </figcaption>
          </figure>
          <DataTable
            caption={`Step ${step.number}: questions by agreed rating in each cycle`}
            headings={[
              "Cycle",
              ...COUNT_ORDER.map((k) => (k === "UNRATED" ? "No rating" : COUNT_LABELS[k])),
            ]}
          >
            {step.counts.map((point, index) => (
              <tr key={point.cycleId}>
                <th scope="row" className={`${cell} font-bold`}>
                  {cycleLabel(cycles[index]!)}
                </th>
                {COUNT_ORDER.map((key) => (
                  <td key={key} className={`${cell} tabular-nums`}>
                    {point.counts[key]}
                  </td>
                ))}
              </tr>
            ))}
          </DataTable>
          <DataTable
            caption={`Step ${step.number}: each question's agreed rating by cycle`}
            headings={["Question", ...cycles.map(cycleLabel), "Change since the last rated cycle"]}
          >
            {step.questions.map((question) => (
              <tr key={question.lineageKey} className="text-sm">
                <th scope="row" className={`${cell} font-bold tabular-nums`}>
                  {question.code}
                </th>
                {question.ratings.map((point) => (
                  <td key={point.cycleId} className={`${cell} whitespace-nowrap`}>
                    {point.rating ? <RagTag rating={point.rating} /> : "No rating"}
                  </td>
                ))}
                <td className={cell}>
                  {question.movement ? MOVEMENT_LABELS[question.movement] : "Nothing to compare"}
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      ))}
    </>
  );
}
