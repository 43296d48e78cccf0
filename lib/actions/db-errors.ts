import { DomainError } from "@/lib/authz/errors";

type PrismaLikeError = { code?: string; meta?: { target?: unknown; modelName?: string } };

/** Maps the database errors we expect to clear sentences; anything else returns null. */
export function toDomainError(error: unknown): DomainError | null {
  const code = (error as PrismaLikeError | null)?.code;
  if (error instanceof Error && error.message.includes("assessment_locked")) {
    return new DomainError(
      "This assessment is finalised, so its responses, ratings and evidence can no longer be changed. A business manager or the lead scrutineer can reopen it.",
    );
  }
  if (error instanceof Error && error.message.includes("framework_published")) {
    return new DomainError(
      "This framework version is published, so it cannot be changed. Start a new draft from it instead.",
    );
  }
  if (code === "P2002")
    return new DomainError("That already exists. Check for a duplicate and try again.");
  if (code === "P2025")
    return new DomainError("That record no longer exists. Reload the page and try again.");
  if (code === "P2003")
    return new DomainError(
      "That refers to something that does not exist. Reload the page and try again.",
    );
  if (isDatabaseUnavailable(error)) {
    return new DomainError(
      "The service cannot reach its database just now. Nothing was saved; try again in a minute.",
    );
  }
  return null;
}

/** Prisma's codes for a database it cannot reach, lost, or waited too long for. */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapter's kinds for the same. */
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error/i;

/**
 * Whether an error means the database is down, restarting or out of reach (rather than a fault in
 * what was asked): Prisma's connection codes, the adapter's kinds, PostgreSQL's SQLSTATE classes
 * 08 (connection exception) and 57P (operator intervention: shutting down, starting up) and 53300
 * (too many connections), or node-postgres's socket messages, looked for along the cause chain.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const item = current as {
      code?: unknown;
      kind?: unknown;
      originalCode?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    const sqlState = typeof item.originalCode === "string" ? item.originalCode : item.code;
    if (typeof item.code === "string" && UNAVAILABLE_PRISMA_CODES.has(item.code)) return true;
    if (typeof item.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(item.kind)) return true;
    if (typeof sqlState === "string" && /^(08|57P0[1-3]$|53300$)/.test(sqlState)) return true;
    if (typeof item.message === "string" && UNAVAILABLE_MESSAGE.test(item.message)) return true;
    queue.push(item.cause, item.meta?.driverAdapterError);
  }
  return false;
}
