import type { ReactNode } from "react";
import { formatDate } from "@/components/members/format";
import type { ReturnDetail } from "@/lib/data/returns";
import { RETURN_STATE_LABELS } from "@/lib/domain/returns";
import { ReturnStateTag } from "./return-state-tag";

const day = (stamp: string) => formatDate(new Date(`${stamp}T12:00:00Z`));

/** One organisation's return as a GOV.UK summary list. */
export function ReturnSummary({ detail }: { detail: ReturnDetail }) {
  const rows: Array<[string, ReactNode]> = [
    ["Kind of organisation", detail.kindLabel],
    [
      "Respondent",
      detail.respondents.length === 0
        ? "No respondent yet"
        : detail.respondents
            .map((p) => `${p.name} (${p.email}${p.invited ? ", invited, not yet joined" : ""})`)
            .join("; "),
    ],
    ["Deadline", detail.dueOn ? day(detail.dueOn) : "Not set"],
    [
      "Return",
      <>
        <ReturnStateTag state={detail.state} />
        {detail.state === "OVERDUE" ? (
          <span className="ml-2">{RETURN_STATE_LABELS[detail.status]}</span>
        ) : null}
      </>,
    ],
    ["Questions answered", `${detail.answered} of ${detail.total}`],
    ["Submitted", detail.submittedAt ? formatDate(new Date(detail.submittedAt)) : "Not yet"],
    [
      "Signed off by",
      detail.signedOff
        ? `${detail.signedOff.name}, ${detail.signedOff.role}, on ${formatDate(new Date(detail.signedOff.on))}`
        : "Not yet",
    ],
    [
      "Last reminder",
      detail.lastReminder ? formatDate(new Date(detail.lastReminder.sentAt)) : "None sent",
    ],
  ];
  return (
    <dl className="mb-8 max-w-3xl border-t border-[#b1b4b6]">
      {rows.map(([key, value]) => (
        <div key={key} className="grid gap-1 border-b border-[#b1b4b6] py-3 sm:grid-cols-3">
          <dt className="font-bold">{key}</dt>
          <dd className="sm:col-span-2">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
