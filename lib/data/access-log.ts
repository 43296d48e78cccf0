import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise, type PartnershipAccess } from "@/lib/authz/guard";
import { recordAccess } from "@/lib/audit";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuditCategory } from "@/lib/generated/prisma/enums";
import {
  ACCESS_LOG_PAGE_SIZE,
  accessLogRange,
  type AccessLogFilters,
} from "@/lib/domain/access-log-filters";

export type AccessLogEntry = {
  id: string;
  at: Date;
  category: AuditCategory;
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  entityType: string | null;
  entityId: string | null;
  /** The person's name when the event is about a user (a password reset, say). */
  entityName: string | null;
};

export type AccessLogPage = {
  entries: AccessLogEntry[];
  total: number;
  page: number;
  pageCount: number;
};

type Row = Omit<AccessLogEntry, "id"> & { id: bigint; total?: bigint };

/**
 * The partnership's own events, plus its members' account events (signing in, passwords), which
 * belong to no partnership: those only from while the person was a member, so another
 * partnership's business manager never sees someone's activity from before they joined.
 */
function conditions(partnershipId: string, filters: AccessLogFilters): Prisma.Sql[] {
  const { from, until } = accessLogRange(filters);
  return [
    Prisma.sql`(e."partnershipId" = ${partnershipId}::uuid OR (
      e."partnershipId" IS NULL AND e.category = 'SECURITY' AND EXISTS (
        SELECT 1 FROM "Membership" m
        WHERE m."userId" = e."actorUserId" AND m."partnershipId" = ${partnershipId}::uuid
          AND m."createdAt" <= e.at AND (m."deactivatedAt" IS NULL OR m."deactivatedAt" >= e.at))))`,
    ...(filters.category ? [Prisma.sql`e.category::text = ${filters.category}`] : []),
    ...(from ? [Prisma.sql`e.at >= ${from}`] : []),
    ...(until ? [Prisma.sql`e.at < ${until}`] : []),
  ];
}

/**
 * One query: the events, the names of who did them and of who they were about (joins), and the
 * total count (a window function).
 */
function select(where: Prisma.Sql[], tail: Prisma.Sql, withTotal: boolean): Promise<Row[]> {
  return db().$queryRaw<Row[]>`
    SELECT e.id, e.at, e.category::text AS category, e.action,
      u.name AS "actorName", u.email AS "actorEmail", e."entityType", e."entityId",
      subject.name AS "entityName"
      ${withTotal ? Prisma.sql`, count(*) OVER () AS total` : Prisma.empty}
    FROM "AuditEvent" e
      LEFT JOIN "User" u ON u.id = e."actorUserId"
      LEFT JOIN "User" subject ON e."entityType" = 'User' AND subject.id::text = e."entityId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY e.at DESC, e.id DESC
    ${tail}`;
}

function toEntry({ total: _total, ...row }: Row): AccessLogEntry {
  return { ...row, id: row.id.toString() };
}

/** A page of the access log, newest first, for a business manager; the viewing is itself logged. */
export async function getAccessLogPage(
  partnershipId: string,
  filters: AccessLogFilters,
): Promise<AccessLogPage> {
  const { user } = authorise(await getCurrentUser(), partnershipId, "accessLog.view");
  const offset = (filters.page - 1) * ACCESS_LOG_PAGE_SIZE;
  const rows = await select(
    conditions(partnershipId, filters),
    Prisma.sql`LIMIT ${ACCESS_LOG_PAGE_SIZE} OFFSET ${offset}`,
    true,
  );
  await recordAccess({
    action: "access-log.viewed",
    actorUserId: user.id,
    partnershipId,
    entityType: "Partnership",
    entityId: partnershipId,
  });
  const total = Number(rows[0]?.total ?? 0);
  return {
    entries: rows.map(toEntry),
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / ACCESS_LOG_PAGE_SIZE)),
  };
}

/**
 * Every matching event, newest first, in batches (keyset pagination: steady memory and speed
 * however long the log). The caller has already checked "accessLog.export" for this partnership.
 */
export async function* accessLogBatches(
  access: PartnershipAccess,
  filters: AccessLogFilters,
  batchSize = 500,
): AsyncGenerator<AccessLogEntry[]> {
  const where = conditions(access.membership.partnershipId, filters);
  let last: Row | undefined;
  do {
    const page = last
      ? [...where, Prisma.sql`(e.at, e.id) < (${last.at}, ${last.id.toString()}::bigint)`]
      : where;
    const rows = await select(page, Prisma.sql`LIMIT ${batchSize}`, false);
    if (rows.length > 0) yield rows.map(toEntry);
    last = rows.length === batchSize ? rows[rows.length - 1] : undefined;
  } while (last);
}
