import nodemailer from "nodemailer";
import type { PrismaClient } from "../generated/prisma/client";

/**
 * The sending core, free of "server-only" and of the app's process-wide database client, so that
 * command-line jobs (scripts/reminders.ts) send mail exactly as the app does. The app uses
 * ./send.ts, which binds this to its own database and environment.
 */

export type Mail = { to: string; subject: string; text: string };

export type MailSettings = {
  /** smtp(s)://…; unset = the mail is only kept in the outbox. */
  smtpUrl?: string;
  from: string;
};

type OutboxClient = Pick<PrismaClient, "outboxMessage">;

/**
 * Every mail is kept in the outbox table (shown at /outbox outside production) and, when an SMTP
 * URL is set, delivered. A delivery failure is recorded, never thrown at the person who caused it.
 */
export async function deliverMail(
  client: OutboxClient,
  settings: MailSettings,
  mail: Mail,
): Promise<void> {
  const message = await client.outboxMessage.create({ data: mail, select: { id: true } });
  if (!settings.smtpUrl) return;
  try {
    await nodemailer.createTransport(settings.smtpUrl).sendMail({ from: settings.from, ...mail });
    await client.outboxMessage.update({ where: { id: message.id }, data: { sentAt: new Date() } });
  } catch (error) {
    await client.outboxMessage.update({
      where: { id: message.id },
      data: { error: error instanceof Error ? error.message : String(error) },
    });
  }
}

/** An absolute link into the app, from its public address. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path, baseUrl).toString();
}
