import Link from "next/link";
import type { YearlyReportFlags as Flags } from "@/lib/data/yearly-report-home";
import { formatLongDate } from "@/lib/domain/yearly-report-publication-input";

/**
 * The business manager's reminders about the yearly report: overdue (more than 12 months since
 * the last one was published) or not sent to a recipient within seven days. Nothing when all is
 * well. The words carry the warning; the tag and colour only support them.
 */
export function YearlyReportFlags({
  partnershipId,
  partnershipName,
  flags,
}: {
  partnershipId: string;
  partnershipName: string;
  flags: Flags;
}) {
  if (!flags.overdue && flags.notSentInTime.length === 0) return null;
  return (
    <div className="space-y-2">
      <h3 className="text-2xl font-bold">Yearly report</h3>
      <ul className="space-y-2">
        {flags.overdue ? (
          <li>
            <strong className="mr-2 inline-block bg-[#f4cdc6] px-2 py-0.5 font-bold text-[#2a0b06]">
              Overdue
            </strong>
            The yearly report is overdue: the next one was due by{" "}
            {formatLongDate(flags.overdue.nextDueOn)}.
          </li>
        ) : null}
        {flags.notSentInTime.length > 0 ? (
          <li>
            <strong className="mr-2 inline-block bg-[#f4cdc6] px-2 py-0.5 font-bold text-[#2a0b06]">
              Not sent
            </strong>
            Not sent within 7 days of publication to: {flags.notSentInTime.join(", ")}.
          </li>
        ) : null}
      </ul>
      <p>
        <Link
          href={`/partnerships/${partnershipId}/yearly-report`}
          className="text-brand underline"
        >
          See the publication tracker
          <span className="sr-only"> for {partnershipName}</span>
        </Link>
      </p>
    </div>
  );
}
