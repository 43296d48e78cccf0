import { formatLongDate } from "@/lib/domain/yearly-report-publication-input";
import { YEARLY_REPORT_STATUS_LABELS } from "@/lib/domain/yearly-report";
import type { PublicationStatus, SubmissionStatus } from "@/lib/domain/yearly-report-publication";
import type { YearlyReportStatus } from "@/lib/generated/prisma/enums";

/** GOV.UK tag colours; the words always carry the meaning. */
const TAG = {
  grey: "bg-[#f3f2f1] text-[#383f43]",
  blue: "bg-[#d2e2f1] text-[#0c2d4a]",
  green: "bg-[#cce2d8] text-[#005a30]",
  yellow: "bg-[#fff7bf] text-[#594d00]",
  red: "bg-[#f4cdc6] text-[#2a0b06]",
  purple: "bg-[#dbd5e9] text-[#3d2375]",
} as const;

function Tag({ colour, children }: { colour: keyof typeof TAG; children: React.ReactNode }) {
  return (
    <strong className={`inline-block px-2 py-0.5 font-bold ${TAG[colour]}`}>{children}</strong>
  );
}

const SECTION_COLOURS: Record<YearlyReportStatus, keyof typeof TAG> = {
  DRAFT: "grey",
  SHARED: "blue",
  SIGNED_OFF: "purple",
  PUBLISHED: "green",
};

/** The section's status: Draft, Shared with the independent scrutineer, Signed off, Published. */
export function SectionStatusTag({ status }: { status: YearlyReportStatus | null }) {
  if (!status) return <Tag colour="grey">Not started</Tag>;
  return <Tag colour={SECTION_COLOURS[status]}>{YEARLY_REPORT_STATUS_LABELS[status]}</Tag>;
}

/** Whether the published report went to one recipient within seven days, with the dates. */
export function SubmissionTag({ status }: { status: SubmissionStatus }) {
  switch (status.kind) {
    case "SENT_ON_TIME":
      return (
        <>
          <Tag colour="green">Sent on time</Tag>
          <span className="block">Sent on {formatLongDate(status.sentOn)}</span>
        </>
      );
    case "SENT_LATE":
      return (
        <>
          <Tag colour="yellow">Sent late</Tag>
          <span className="block">
            Sent on {formatLongDate(status.sentOn)}, {status.daysLate}{" "}
            {status.daysLate === 1 ? "day" : "days"} after {formatLongDate(status.sendBy)}
          </span>
        </>
      );
    case "NOT_SENT":
      return (
        <>
          <Tag colour="blue">Not sent yet</Tag>
          <span className="block">Send by {formatLongDate(status.sendBy)}</span>
        </>
      );
    case "OVERDUE":
      return (
        <>
          <Tag colour="red">Overdue</Tag>
          <span className="block">Not sent: it was due by {formatLongDate(status.sendBy)}</span>
        </>
      );
  }
}

/** When the next yearly report is due, as a tag and a sentence. */
export function PublicationDue({ status }: { status: PublicationStatus }) {
  if (status.kind === "NEVER_PUBLISHED")
    return <span>Not known: no publication has been recorded in the app yet</span>;
  if (status.kind === "OVERDUE")
    return (
      <>
        <Tag colour="red">Overdue</Tag>{" "}
        <span>
          It was due by {formatLongDate(status.nextDueOn)}, {status.daysOverdue}{" "}
          {status.daysOverdue === 1 ? "day" : "days"} ago
        </span>
      </>
    );
  return (
    <>
      <Tag colour="green">Due</Tag>{" "}
      <span>
        By {formatLongDate(status.nextDueOn)}, in {status.daysLeft}{" "}
        {status.daysLeft === 1 ? "day" : "days"}
      </span>
    </>
  );
}
