import { cell, DataTable } from "@/components/ui/data-table";
import type { Heatmap } from "@/lib/data/report-heatmap";
import { COUNT_LABELS, COUNT_ORDER } from "@/lib/domain/report";

/** Per organisation, how many of the questions it was asked it rated each way. */
export function HeatmapCounts({ heatmap }: { heatmap: Heatmap }) {
  const label = (key: (typeof COUNT_ORDER)[number]) =>
    key === "UNRATED" ? "Not answered" : COUNT_LABELS[key];
  return (
    <DataTable
      caption="Ratings by organisation"
      headings={["Organisation", ...COUNT_ORDER.map(label)]}
    >
      {heatmap.organisations.map((o) => (
        <tr key={o.id}>
          <th scope="row" className={`${cell} font-bold`}>
            {o.name}
          </th>
          {COUNT_ORDER.map((key) => (
            <td key={key} className={`${cell} tabular-nums`}>
              {o.counts[key]}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
