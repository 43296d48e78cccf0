import Link from "next/link";
import { formatDate } from "@/components/members/format";
import { cell, DataTable } from "@/components/ui/data-table";
import type { ReturnRow } from "@/lib/data/returns";
import { RETURN_STATE_LABELS } from "@/lib/domain/returns";
import { ReturnStateTag } from "./return-state-tag";

const day = (stamp: string) => formatDate(new Date(`${stamp}T12:00:00Z`));

/** The "who has returned" grid: one row per organisation, with a link to its return. */
export function ReturnsTable({ rows, base }: { rows: ReturnRow[]; base: string }) {
  return (
    <DataTable
      caption="Organisations and their returns"
      headings={[
        "Organisation",
        "Respondent",
        "Deadline",
        "Return",
        "Answered",
        "Last reminder",
        "Details",
      ]}
    >
      {rows.map((row) => (
        <tr key={row.participantId}>
          <th scope="row" className={`${cell} font-bold`}>
            {row.organisationName}
            <span className="block font-normal text-muted">{row.kindLabel}</span>
          </th>
          <td className={cell}>
            {row.respondents.length === 0 ? (
              <span className="text-muted">No respondent yet</span>
            ) : (
              <ul>
                {row.respondents.map((person) => (
                  <li key={person.email}>
                    {person.name}
                    <span className="block text-muted">
                      {person.email}
                      {person.invited ? " (invited, not yet joined)" : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </td>
          <td className={cell}>{row.dueOn ? day(row.dueOn) : "Not set"}</td>
          <td className={cell}>
            <ReturnStateTag state={row.state} />
            {row.state === "OVERDUE" ? (
              <span className="mt-1 block text-muted">{RETURN_STATE_LABELS[row.status]}</span>
            ) : null}
          </td>
          <td className={cell}>
            {row.answered} of {row.total}
          </td>
          <td className={cell}>
            {row.lastReminder ? formatDate(new Date(row.lastReminder.sentAt)) : "None sent"}
          </td>
          <td className={cell}>
            <Link href={`${base}/${row.participantId}`} className="text-brand underline">
              View return<span className="sr-only"> of {row.organisationName}</span>
            </Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
