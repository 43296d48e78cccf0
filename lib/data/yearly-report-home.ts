import "server-only";
import { db } from "@/lib/db";
import {
  publicationStatus,
  submissionStatus,
  type PublicationStatus,
} from "@/lib/domain/yearly-report-publication";

export type YearlyReportFlags = {
  /** Set when the next yearly report was due more than 12 months after the last one. */
  overdue: Extract<PublicationStatus, { kind: "OVERDUE" }> | null;
  /** The latest published report's recipients it was not sent to within seven days, in order. */
  notSentInTime: string[];
};

type Row = {
  partnershipId: string;
  publishedOn: string;
  recipientName: string | null;
  sentOn: string | null;
};

/**
 * For the business manager's home page: whether each partnership's yearly report is overdue and
 * which recipients did not get the latest one within seven days. Only for partnerships the
 * caller has already checked the person manages. One query, whatever the number of partnerships,
 * sections and recipients; a partnership that never published has no flags.
 */
export async function yearlyReportFlags(
  partnershipIds: string[],
  now: Date = new Date(),
): Promise<Map<string, YearlyReportFlags>> {
  const flags = new Map<string, YearlyReportFlags>();
  if (partnershipIds.length === 0) return flags;
  const rows = await db().$queryRaw<Row[]>`
    WITH latest AS (
      SELECT DISTINCT ON ("partnershipId") id, "partnershipId", "publishedOn"
      FROM "YearlyReportSection"
      WHERE "partnershipId" = ANY(${partnershipIds}::uuid[])
        AND status = 'PUBLISHED' AND "publishedOn" IS NOT NULL
      ORDER BY "partnershipId", "publishedOn" DESC
    )
    SELECT l."partnershipId"::text AS "partnershipId", l."publishedOn"::text AS "publishedOn",
           r.name AS "recipientName", s."sentOn"::text AS "sentOn"
    FROM latest l
    LEFT JOIN "PublicationRecipient" r ON r."partnershipId" = l."partnershipId"
    LEFT JOIN "YearlyReportSubmission" s ON s."sectionId" = l.id AND s."recipientId" = r.id
    ORDER BY l."partnershipId", r.position`;
  for (const row of rows) {
    let entry = flags.get(row.partnershipId);
    if (!entry) {
      const status = publicationStatus(row.publishedOn, now);
      entry = { overdue: status.kind === "OVERDUE" ? status : null, notSentInTime: [] };
      flags.set(row.partnershipId, entry);
    }
    if (row.recipientName && submissionStatus(row.publishedOn, row.sentOn, now).kind === "OVERDUE")
      entry.notSentInTime.push(row.recipientName);
  }
  return flags;
}
