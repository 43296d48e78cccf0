/**
 * `npm run reminders`: emails the named owner of every action due within 14 days or overdue, once
 * per action, kind and due date (see lib/reminders/send-reminders.ts), and the respondents of every
 * organisation whose self-assessment return is due within 7 days or overdue and not signed off
 * (lib/reminders/return-reminders.ts). Safe to run as often as you
 * like, for example daily from cron; the mail goes through the same outbox and SMTP as invitations.
 * Exit codes: 0 all done; 2 some reminders are recorded as sent (in the outbox) but the SMTP server
 * did not take them, so cron can alert someone; 1 the run itself failed (what was committed
 * before stays sent, the rest go on the next run).
 */
import { createPrismaClient } from "../lib/db/client";
import { EnvError, parseEnv } from "../lib/env";
import { absoluteUrl, smtpDelivery } from "../lib/mail/transport";
import { reminderSummary } from "../lib/reminders/messages";
import { sendActionReminders } from "../lib/reminders/send-reminders";
import { returnReminderSummary } from "../lib/domain/return-reminders";
import { sendReturnReminderJob } from "../lib/reminders/return-reminders";
import { loadDotEnv, prepareDatabase } from "./lib/local-env";
import { UserFacingError } from "./lib/ports";

/** The exit code: 0, or 2 when some reminders could not be delivered. */
async function main(): Promise<number> {
  loadDotEnv();
  const local = !process.env.DATABASE_URL;
  const { embedded } = await prepareDatabase({ quiet: true, shareRunning: true });
  // Locally (embedded database) links point at the dev server, as `npm run dev` does.
  if (local) process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
  try {
    const config = parseEnv(process.env);
    const prisma = createPrismaClient({
      databaseUrl: config.DATABASE_URL,
      poolMax: 2,
      connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    });
    try {
      const run = {
        prisma,
        now: new Date(),
        deliver: smtpDelivery({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM }),
        link: (path: string) => absoluteUrl(config.NEXTAUTH_URL, path),
      };
      const tally = await sendActionReminders(run);
      console.log(reminderSummary(tally));
      // Organisations' self-assessment returns: before and after each deadline, until signed off.
      // Its line only when some return was due a reminder, so a run with none stays one line.
      const returns = await sendReturnReminderJob(run);
      if (returns.beforeDeadline + returns.afterDeadline + returns.alreadySent > 0)
        console.log(returnReminderSummary(returns));
      return tally.failed + returns.failed > 0 ? 2 : 0;
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await embedded?.stop();
  }
}

/** One line a person can act on: never a stack trace or a page of driver detail. */
function explain(error: unknown): string {
  if (error instanceof EnvError || error instanceof UserFacingError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const line =
    message
      .split("\n")
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1) ?? "unknown error";
  return `Reminders could not be sent: ${line}`;
}

main().then(
  // Explicitly: the embedded database's exit hook ends the process with 0 otherwise.
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(explain(error));
    process.exit(1);
  },
);
