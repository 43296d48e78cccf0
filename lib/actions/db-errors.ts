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
  if (
    error instanceof Error &&
    /Connection terminated|ECONNREFUSED|timeout exceeded when trying to connect/i.test(
      error.message,
    )
  ) {
    return new DomainError(
      "The service cannot reach its database just now. Nothing was saved; try again in a minute.",
    );
  }
  return null;
}
