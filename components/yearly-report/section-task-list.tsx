import Link from "next/link";
import { YEARLY_REPORT_PARTS } from "@/lib/domain/yearly-report";
import { partStatus } from "@/lib/domain/yearly-report-drafting";
import type { YearlyReportFacts } from "@/lib/data/yearly-report-facts";
import { PartStatusTag } from "./part-status-tag";

/**
 * GOV.UK task list of the section's seven parts: each links to its page once the section is
 * started, with a tag saying whether it is written, has suggested text waiting, or neither.
 */
export function SectionTaskList({ facts, base }: { facts: YearlyReportFacts; base: string }) {
  const started = facts.section !== null;
  return (
    <ol
      className="max-w-3xl divide-y divide-[#b1b4b6] border-y border-[#b1b4b6]"
      aria-label="Parts of the section"
    >
      {YEARLY_REPORT_PARTS.map((part, index) => {
        const status = partStatus(facts.section?.texts[part.key], facts.suggestions[part.key]);
        const tagId = `part-${part.key}-status`;
        return (
          <li key={part.key} className="flex flex-wrap items-center justify-between gap-3 py-4">
            <div className="max-w-xl">
              {started ? (
                <Link
                  href={`${base}/parts/${part.key}`}
                  className="text-lg font-bold text-brand underline"
                  aria-describedby={tagId}
                >
                  {index + 1}. {part.heading}
                </Link>
              ) : (
                <span className="text-lg font-bold">
                  {index + 1}. {part.heading}
                </span>
              )}
              <p className="text-muted">{part.requirement}</p>
            </div>
            <PartStatusTag id={tagId} status={status} />
          </li>
        );
      })}
    </ol>
  );
}
