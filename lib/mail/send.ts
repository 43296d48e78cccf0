import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { absoluteUrl, deliverMail, type Mail } from "./transport";

export type { Mail } from "./transport";

/**
 * Every mail is kept in the outbox table (shown at /outbox outside production) and, when SMTP_URL is
 * set, delivered. A delivery failure is recorded, never thrown at the person who caused the mail.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const config = env();
  await deliverMail(db(), { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM }, mail);
}

export function appUrl(path: string): string {
  return absoluteUrl(env().NEXTAUTH_URL, path);
}
