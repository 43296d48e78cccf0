import { formatDay, formatOn } from "@/components/report/format";
import type { YearlyReportFacts } from "@/lib/data/yearly-report-facts";

/** The section's status and dates, as a GOV.UK summary list. */
export function SectionSummary({ facts }: { facts: YearlyReportFacts }) {
  const { section, scrutiny, previousCycle } = facts;
  const rows: Array<[string, React.ReactNode]> = [
    ["Status", section ? section.statusLabel : "Not started"],
    [
      "Built from",
      scrutiny
        ? `${scrutiny.title}${scrutiny.finalisedAt ? `, signed off on ${formatOn(scrutiny.finalisedAt)}` : ""}`
        : "No finalised independent scrutiny in this cycle yet",
    ],
    [
      "Compared with",
      previousCycle ? previousCycle.name : "No earlier cycle with a finalised scrutiny",
    ],
  ];
  if (section) {
    rows.push(["Last changed", formatOn(section.updatedAt)]);
    rows.push([
      "Shared with the independent scrutineer",
      section.sharedWithScrutineerAt ? formatOn(section.sharedWithScrutineerAt) : "Not yet",
    ]);
    rows.push(["Published", section.publishedOn ? formatDay(section.publishedOn) : "Not yet"]);
  }
  return (
    <dl className="max-w-3xl border-t border-[#b1b4b6]">
      {rows.map(([key, value]) => (
        <div
          key={key}
          className="grid gap-1 border-b border-[#b1b4b6] py-3 sm:grid-cols-[18rem_1fr]"
        >
          <dt className="font-bold">{key}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
