import { cell, DataTable } from "@/components/ui/data-table";
import type { AccessLogEntry } from "@/lib/data/access-log";
import {
  AUDIT_CATEGORY_LABELS,
  auditActionLabel,
  auditEntityLabel,
  NO_ACTOR_LABEL,
} from "@/lib/domain/audit-labels";
import { formatUkDateTime } from "@/lib/domain/london-time";

/** The CSV download's columns in the same words (lib/export/access-log-csv.ts); the email sits under the name. */
export function AccessLogTable({
  entries,
  partnershipId,
}: {
  entries: AccessLogEntry[];
  partnershipId: string;
}) {
  return (
    <DataTable
      caption="Access log entries, newest first"
      captionHidden
      headings={["When (UK time)", "Who", "What", "Category", "Entity"]}
    >
      {entries.map((entry) => (
        <tr key={entry.id}>
          <td className={`${cell} whitespace-nowrap`}>
            <time dateTime={entry.at.toISOString()}>{formatUkDateTime(entry.at)}</time>
          </td>
          <td className={cell}>
            {entry.actorName ?? NO_ACTOR_LABEL}
            {entry.actorEmail ? (
              <span className="block text-muted wrap-anywhere">{entry.actorEmail}</span>
            ) : null}
          </td>
          <td className={cell}>{auditActionLabel(entry.action)}</td>
          <td className={cell}>{AUDIT_CATEGORY_LABELS[entry.category]}</td>
          <td className={`${cell} text-sm wrap-anywhere`}>
            {auditEntityLabel(
              { type: entry.entityType, id: entry.entityId, name: entry.entityName },
              partnershipId,
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
