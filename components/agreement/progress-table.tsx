import type { ReactNode } from "react";
import { cell, DataTable } from "@/components/ui/data-table";
import type { ParticipantProgress, ParticipantRole } from "@/lib/data/agreement";
import { ParticipantStatusTag } from "./workflow-tags";

const ROLE_LABELS: Record<ParticipantRole, string> = {
  LEAD_SCRUTINEER: "Lead scrutineer",
  SCRUTINEER: "Scrutineer",
  ORGANISATION: "Organisation",
};

/**
 * Progress per participant: who, their part, their status and how many of their questions they
 * have answered. `extra` adds a last column (for example a business manager's "Answer on behalf"
 * link for a statutory partner organisation); it renders nothing for rows it does not apply to.
 */
export function ProgressTable({
  participants,
  extra,
}: {
  participants: ParticipantProgress[];
  extra?: { heading: string; render: (row: ParticipantProgress) => ReactNode };
}) {
  const headings = ["Participant", "Taking part as", "Status", "Answered"];
  if (extra) headings.push(extra.heading);
  return (
    <DataTable caption="Progress" headings={headings}>
      {participants.map((row) => (
        <tr key={row.participantId} id={`participant-${row.participantId}`}>
          <th scope="row" className={`${cell} font-bold`}>
            {row.name}
          </th>
          <td className={cell}>
            {ROLE_LABELS[row.role]}
            {row.isStatutoryPartner ? (
              <span className="block text-muted">Safeguarding partner</span>
            ) : null}
          </td>
          <td className={cell}>
            <ParticipantStatusTag status={row.status} />
          </td>
          <td className={`${cell} tabular-nums`}>
            {row.answered} of {row.total}
          </td>
          {extra ? <td className={cell}>{extra.render(row)}</td> : null}
        </tr>
      ))}
    </DataTable>
  );
}
