import type { ReportEvidence } from "@/lib/data/report";

/** An evidence item as the evidence library links it: the web link, the file, or its title. */
export function EvidenceLink({ item }: { item: ReportEvidence }) {
  if (item.removed)
    return (
      <span>
        {item.title} <span className="text-muted">(file removed)</span>
      </span>
    );
  if (!item.href) return <span>{item.title}</span>;
  return item.external ? (
    <a href={item.href} rel="noopener noreferrer" className="text-brand underline">
      {item.title}
      <span className="sr-only"> (link to another website)</span>
    </a>
  ) : (
    <a href={item.href} download className="text-brand underline">
      {item.title}
      <span className="sr-only"> (download)</span>
    </a>
  );
}
