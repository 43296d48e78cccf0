import type { PublicationTracker } from "@/lib/data/yearly-report-publication";
import {
  PUBLICATION_INTERVAL_MONTHS,
  SUBMISSION_DAYS,
} from "@/lib/domain/yearly-report-publication";
import { formatLongDate } from "@/lib/domain/yearly-report-publication-input";
import { PublicationDue } from "./publication-tags";

/**
 * The tracker's headline: the last publication recorded, when the next is due (at most 12 months
 * later), and a warning in words when it is overdue.
 */
export function PublicationDueSummary({ tracker }: { tracker: PublicationTracker }) {
  const { lastPublished, publication } = tracker;
  const rows: Array<[string, React.ReactNode]> = [
    [
      "Last published",
      lastPublished
        ? `${formatLongDate(lastPublished.on)} (${lastPublished.cycleName})`
        : "No publication recorded in the app yet",
    ],
    ["Next report due", <PublicationDue key="due" status={publication} />],
    [
      "Recipients",
      tracker.recipients.length > 0
        ? tracker.recipients.map((r) => r.name).join(", ")
        : "None: add who the report is sent to",
    ],
  ];
  return (
    <div className="max-w-3xl space-y-4">
      {publication.kind === "OVERDUE" ? (
        <div
          className="border-l-8 border-[#d4351c] bg-white p-4"
          role="region"
          aria-label="Overdue"
        >
          <p className="text-lg font-bold">
            The yearly report is overdue. The next one was due by{" "}
            {formatLongDate(publication.nextDueOn)}, {PUBLICATION_INTERVAL_MONTHS} months after the
            last.
          </p>
        </div>
      ) : null}
      <p>
        The safeguarding partners must publish a yearly report at least once every{" "}
        {PUBLICATION_INTERVAL_MONTHS} months and send it to the recipients below within{" "}
        {SUBMISSION_DAYS} days. Publishing happens outside the app, on the partnership&apos;s
        website: here you record when and where it happened.
      </p>
      <dl className="border-t border-[#b1b4b6]">
        {rows.map(([key, value]) => (
          <div
            key={key}
            className="grid gap-1 border-b border-[#b1b4b6] py-3 sm:grid-cols-[14rem_1fr]"
          >
            <dt className="font-bold">{key}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
