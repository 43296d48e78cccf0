import type { Mail } from "../mail/transport";
import { addDays, REMINDER_WINDOW_DAYS } from "../domain/actions";
import { ukDateStamp } from "../domain/london-time";

/**
 * The pure parts of `npm run reminders`: who an action's reminder goes to, what it says, and the
 * one-line summary. See ./send-reminders.ts for the run itself.
 */

export type ReminderKind = "DUE_SOON" | "OVERDUE";

/** The last due date that can need a reminder now: today in London plus the reminder window. */
export function reminderCutoff(now: Date): string {
  return addDays(ukDateStamp(now), REMINDER_WINDOW_DAYS);
}

export type ReminderOwner = {
  /** The named owner's account, when the owner is a member. */
  user: { email: string; name: string; disabled: boolean; activeMember: boolean } | null;
  ownerName: string | null;
  ownerEmail: string | null;
};

/**
 * The named owner's address: their account's when they have one they can still use (not disabled,
 * still a member of the partnership), else the email given for someone without an account. Null
 * when there is nobody to write to.
 */
export function reminderRecipient(
  owner: ReminderOwner,
): { email: string; name: string | null } | null {
  if (owner.user && !owner.user.disabled && owner.user.activeMember)
    return { email: owner.user.email, name: owner.user.name || null };
  const email = owner.ownerEmail?.trim();
  if (!email) return null;
  return { email, name: owner.ownerName?.trim() || owner.user?.name || null };
}

const LONG_DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "31 March 2027" for the calendar date "2027-03-31". */
export function formatLongDate(stamp: string): string {
  return LONG_DATE.format(new Date(`${stamp}T00:00:00Z`));
}

/**
 * The reminder email: plain text, naming the action, the partnership, the due date and a link to
 * the action. Nothing else from the action (no source, notes or evidence) goes into an email.
 */
export function reminderMail(reminder: {
  kind: ReminderKind;
  to: string;
  name: string | null;
  partnershipName: string;
  organisationName: string;
  description: string;
  dueOn: string;
  link: string;
}): Mail {
  const due = formatLongDate(reminder.dueOn);
  const when =
    reminder.kind === "OVERDUE" ? `It was due on ${due} and is overdue.` : `It is due on ${due}.`;
  return {
    to: reminder.to,
    subject:
      reminder.kind === "OVERDUE"
        ? `Overdue action: ${reminder.partnershipName}`
        : `Action due on ${due}: ${reminder.partnershipName}`,
    text: [
      reminder.name ? `Hello ${reminder.name},` : "Hello,",
      `This is a reminder about an action you own in the ${reminder.partnershipName} improvement plan on Six Steps. ${when}`,
      `Action: ${reminder.description}\nOwning organisation: ${reminder.organisationName}`,
      `To record progress, or to mark the action complete, open this link:\n${reminder.link}`,
      "You are getting this email because you are named as the owner of this action. If someone else should own it, ask the partnership's business manager to change the owner.",
    ].join("\n\n"),
  };
}

export type ReminderTally = {
  dueSoon: number;
  overdue: number;
  alreadySent: number;
  /** Sent (kept in the outbox) but the SMTP server did not take them: the error is on the row. */
  failed: number;
};

/**
 * "Sent 3 reminders (2 due soon, 1 overdue); 0 already sent." and, when some could not be
 * delivered, "; 1 could not be delivered (see the outbox)" before the full stop.
 */
export function reminderSummary(tally: ReminderTally): string {
  const sent = tally.dueSoon + tally.overdue;
  const failed =
    tally.failed > 0 ? `; ${tally.failed} could not be delivered (see the outbox)` : "";
  return `Sent ${sent} ${sent === 1 ? "reminder" : "reminders"} (${tally.dueSoon} due soon, ${tally.overdue} overdue); ${tally.alreadySent} already sent${failed}.`;
}
