import "server-only";
import { db } from "@/lib/db";
import { env, type Env } from "@/lib/env";

/**
 * The outbox page shows every mail, invitation links included, to anyone who can reach it: so it
 * is on only when asked for, or outside production when nobody said otherwise.
 */
export function outboxEnabled(config: Pick<Env, "OUTBOX_ENABLED" | "NODE_ENV"> = env()): boolean {
  return config.OUTBOX_ENABLED ?? config.NODE_ENV !== "production";
}

export type OutboxEntry = {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
  error: string | null;
};

/** The latest mails, newest first; refuses when the outbox is off so no caller can forget. */
export async function latestOutboxMessages(limit = 100): Promise<OutboxEntry[]> {
  if (!outboxEnabled()) throw new Error("The outbox is not enabled");
  return db().outboxMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      to: true,
      subject: true,
      text: true,
      createdAt: true,
      sentAt: true,
      error: true,
    },
  });
}
