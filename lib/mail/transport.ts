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

/** Hands one mail to the SMTP server; throws when it could not. */
export type Deliver = (mail: Mail) => Promise<void>;

type OutboxClient = Pick<PrismaClient, "outboxMessage">;

/** The SMTP delivery for these settings, or undefined when no SMTP URL is set (outbox only). */
export function smtpDelivery(settings: MailSettings): Deliver | undefined {
  const { smtpUrl, from } = settings;
  if (!smtpUrl) return undefined;
  // Made on first use, so a malformed URL is a delivery failure like any other.
  let transport: ReturnType<typeof nodemailer.createTransport> | undefined;
  return async (mail) => {
    transport ??= nodemailer.createTransport(smtpUrl);
    await transport.sendMail({ from, ...mail });
  };
}

/**
 * Delivers a mail already kept in the outbox (row `messageId`) and records the outcome on that
 * row: sentAt when delivered, the error when not. Never throws for a delivery failure; returns
 * whether the mail was delivered.
 */
export async function deliverKeptMail(
  client: OutboxClient,
  deliver: Deliver,
  messageId: string,
  mail: Mail,
): Promise<boolean> {
  try {
    await deliver(mail);
  } catch (error) {
    await client.outboxMessage.update({
      where: { id: messageId },
      data: { error: (error instanceof Error ? error.message : String(error)) || "Not delivered" },
    });
    return false;
  }
  await client.outboxMessage.update({ where: { id: messageId }, data: { sentAt: new Date() } });
  return true;
}

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
  const deliver = smtpDelivery(settings);
  if (deliver) await deliverKeptMail(client, deliver, message.id, mail);
}

/** An absolute link into the app, from its public address. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path, baseUrl).toString();
}
