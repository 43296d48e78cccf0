import type { AccessLogEntry } from "@/lib/data/access-log";
import {
  AUDIT_CATEGORY_LABELS,
  auditActionLabel,
  auditEntityLabel,
  NO_ACTOR_LABEL,
} from "@/lib/domain/audit-labels";
import { formatUkDateTime, ukDateStamp } from "@/lib/domain/london-time";
import type { CsvCell } from "./csv";

/** The page's columns, with the email in a column of its own so it can be sorted and filtered. */
export const ACCESS_LOG_CSV_HEADERS = [
  "When (UK time)",
  "Who",
  "Email",
  "What",
  "Category",
  "Entity",
] as const;

export function accessLogCsvRow(entry: AccessLogEntry, partnershipId: string): CsvCell[] {
  return [
    formatUkDateTime(entry.at),
    entry.actorName ?? NO_ACTOR_LABEL,
    entry.actorEmail ?? "",
    auditActionLabel(entry.action),
    AUDIT_CATEGORY_LABELS[entry.category],
    auditEntityLabel(
      { type: entry.entityType, id: entry.entityId, name: entry.entityName },
      partnershipId,
    ),
  ];
}

export function accessLogFileName(now = new Date()): string {
  return `access-log-${ukDateStamp(now)}.csv`;
}
