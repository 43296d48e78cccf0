import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };

/**
 * Every mail is kept in the outbox table (shown at /outbox outside production) and, when SMTP_URL is
 * set, delivered. A delivery failure is recorded, never thrown at the person who caused the mail.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const message = await db().outboxMessage.create({ data: mail, select: { id: true } });
  const smtp = env().SMTP_URL;
  if (!smtp) return;
  try {
    await nodemailer.createTransport(smtp).sendMail({ from: env().MAIL_FROM, ...mail });
    await db().outboxMessage.update({ where: { id: message.id }, data: { sentAt: new Date() } });
  } catch (error) {
    await db().outboxMessage.update({
      where: { id: message.id },
      data: { error: error instanceof Error ? error.message : String(error) },
    });
  }
}

export function appUrl(path: string): string {
  return new URL(path, env().NEXTAUTH_URL).toString();
}
