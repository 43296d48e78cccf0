import Link from "next/link";
import {
  YEARLY_REPORT_PARTS,
  type YearlyReportPart,
  type YearlyReportPartKey,
} from "@/lib/domain/yearly-report";

/** What the statutory guidance asks this part to cover, quoted, with where it comes from. */
export function PartRequirement({ part }: { part: YearlyReportPart }) {
  return (
    <div className="border-l-8 border-[#b1b4b6] pl-4">
      <p className="font-bold">What this part must cover</p>
      <blockquote className="text-lg">{part.requirement}</blockquote>
      <p className="text-muted">Source: {part.source}</p>
    </div>
  );
}

/** Previous and next part, then the check page after the last. */
export function PartNav({ base, current }: { base: string; current: YearlyReportPartKey }) {
  const index = YEARLY_REPORT_PARTS.findIndex((part) => part.key === current);
  const previous = YEARLY_REPORT_PARTS[index - 1];
  const next = YEARLY_REPORT_PARTS[index + 1];
  return (
    <nav
      aria-label="Previous and next part"
      className="mt-12 flex max-w-3xl flex-wrap justify-between gap-4"
    >
      {previous ? (
        <Link href={`${base}/parts/${previous.key}`} className="text-brand underline">
          Previous: {previous.heading}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`${base}/parts/${next.key}`} className="font-bold text-brand underline">
          Next: {next.heading}
        </Link>
      ) : (
        <Link href={`${base}/check`} className="font-bold text-brand underline">
          Check the whole section
        </Link>
      )}
    </nav>
  );
}
