import { z } from "zod";
import type { Mail } from "../mail/transport";
import { daysBetween } from "./actions";
import { ukDateStamp } from "./london-time";

/**
 * Chasing an organisation's self-assessment return: which reminder is due today, who it goes to
 * and what it says. Pure; the reminders job (lib/reminders/return-reminders.ts) and the one-click
 * reminder (lib/actions/returns/send-return-reminders.ts) do the sending.
 */

export type ReturnReminderKind = "BEFORE_DEADLINE" | "AFTER_DEADLINE" | "MANUAL";
export type ParticipantStatusValue = "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" | "SIGNED_OFF";

/** The automatic reminder goes out when the deadline is this many days away or fewer. */
export const RETURN_REMINDER_WINDOW_DAYS = 7;

export const RETURN_REMINDER_KIND_LABELS: Record<ReturnReminderKind, string> = {
  BEFORE_DEADLINE: "Before the deadline (automatic)",
  AFTER_DEADLINE: "After the deadline (automatic)",
  MANUAL: "Sent by the business manager",
};

type Timed = { status: ParticipantStatusValue; dueOn: string | null };

/**
 * The automatic reminder a return is due on `now` (London calendar days): after the deadline when
 * it has passed, before it when it is at most 7 days away (the day itself included). None once the
 * return is signed off (only then does it count as returned), and none without a deadline.
 */
export function returnReminderDue(
  participant: Timed,
  now: Date,
): "BEFORE_DEADLINE" | "AFTER_DEADLINE" | null {
  if (participant.status === "SIGNED_OFF" || !participant.dueOn) return null;
  const gap = daysBetween(ukDateStamp(now), participant.dueOn);
  if (gap < 0) return "AFTER_DEADLINE";
  return gap <= RETURN_REMINDER_WINDOW_DAYS ? "BEFORE_DEADLINE" : null;
}

/** The last deadline that can need a reminder on `now`: the database read's upper bound. */
export function returnReminderCutoff(now: Date): Date {
  const [y, m, d] = ukDateStamp(now).split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + RETURN_REMINDER_WINDOW_DAYS));
}

export type Respondent = { email: string; name: string | null };

/**
 * Who a return's reminder goes to: the organisation's agency respondents who can sign in (account
 * not disabled, membership not suspended), and those invited as its respondent who have not yet
 * accepted. Each address once, in the order given.
 */
export function returnRecipients(people: {
  members: Array<{ email: string; name: string | null; disabled: boolean; suspended: boolean }>;
  invitations: Array<{ email: string; name: string | null }>;
}): Respondent[] {
  const seen = new Set<string>();
  const result: Respondent[] = [];
  const add = (email: string, name: string | null) => {
    const key = email.trim().toLowerCase();
    if (!key || seen.has(key)) return;
    seen.add(key);
    result.push({ email: email.trim(), name: name?.trim() || null });
  };
  for (const m of people.members) if (!m.disabled && !m.suspended) add(m.email, m.name);
  for (const i of people.invitations) add(i.email, i.name);
  return result;
}

const LONG_DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
/** "15 June 2026" for the calendar date "2026-06-15". */
export const longDate = (stamp: string) => LONG_DATE.format(new Date(`${stamp}T00:00:00Z`));

/** "3 June 2026" for an instant, as a London calendar date. */
export const longUkDate = (iso: string) => longDate(ukDateStamp(new Date(iso)));

/** The last reminder in words: "3 June 2026, sent by the business manager", or "None sent". */
export function describeLastReminder(
  last: { kind: ReturnReminderKind; sentAt: string } | null,
): string {
  if (!last) return "None sent";
  return `${longUkDate(last.sentAt)}, ${last.kind === "MANUAL" ? "sent by the business manager" : "sent automatically"}`;
}

export type ReturnFacts = {
  partnershipName: string;
  assessmentTitle: string;
  organisationName: string;
  status: ParticipantStatusValue;
  dueOn: string | null;
  answered: number;
  total: number;
  link: string;
};

/** What is still missing from a return, in a sentence. */
export function whatIsMissing(facts: Pick<ReturnFacts, "status" | "answered" | "total">): string {
  if (facts.status === "SIGNED_OFF") return "Nothing: the return is signed off.";
  if (facts.status === "SUBMITTED")
    return "The answers are submitted and are awaiting sign-off by a named senior person of your organisation.";
  return `${facts.answered} of ${facts.total} ${facts.total === 1 ? "question" : "questions"} answered. When every question is answered, submit the answers and record your senior person's sign-off.`;
}

/**
 * The reminder email: plain text naming the assessment, the organisation, the deadline, what is
 * missing and a link. Nothing of the answers themselves goes into an email.
 */
export function returnReminderMail(reminder: ReturnFacts & { to: Respondent }, now: Date): Mail {
  const overdue = reminder.dueOn !== null && reminder.dueOn < ukDateStamp(now);
  const due = reminder.dueOn ? longDate(reminder.dueOn) : null;
  const when = !due
    ? "No deadline has been set yet."
    : overdue
      ? `It was due on ${due} and is overdue.`
      : `It is due on ${due}.`;
  const subject = overdue
    ? `Overdue self-assessment return: ${reminder.assessmentTitle}`
    : due
      ? `Self-assessment return due on ${due}: ${reminder.assessmentTitle}`
      : `Self-assessment return: ${reminder.assessmentTitle}`;
  return {
    to: reminder.to.email,
    subject,
    text: [
      reminder.to.name ? `Hello ${reminder.to.name},` : "Hello,",
      `This is a reminder about ${reminder.organisationName}'s return for "${reminder.assessmentTitle}", the ${reminder.partnershipName} self-assessment on Six Steps. ${when}`,
      `Still to do: ${whatIsMissing(reminder)}`,
      `To open the self-assessment, use this link:\n${reminder.link}`,
      "If you have not yet accepted your invitation to Six Steps, accept it first; if it has expired, ask the partnership's business manager for a new one.",
      "You are getting this email because you are named as your organisation's respondent. If someone else should answer, tell the partnership's business manager.",
    ].join("\n\n"),
  };
}

export type ReturnReminderTally = {
  beforeDeadline: number;
  afterDeadline: number;
  alreadySent: number;
  /** Kept in the outbox, but the SMTP server did not take them. */
  failed: number;
};

/** "Sent 3 return reminders (2 before the deadline, 1 after); 0 already sent." */
export function returnReminderSummary(tally: ReturnReminderTally): string {
  const sent = tally.beforeDeadline + tally.afterDeadline;
  const failed =
    tally.failed > 0 ? `; ${tally.failed} could not be delivered (see the outbox)` : "";
  return `Sent ${sent} return ${sent === 1 ? "reminder" : "reminders"} (${tally.beforeDeadline} before the deadline, ${tally.afterDeadline} after); ${tally.alreadySent} already sent${failed}.`;
}

// ───────────────────────────── The one-click reminder ─────────────────────────────

export const REMIND_MESSAGES = {
  none: "Select at least one organisation to remind",
  participant:
    "One of the organisations selected is not taking part in this self-assessment. Reload the page",
  nobodySent:
    "No reminder was sent: none of the organisations selected has a respondent who can be written to, or their returns are already signed off.",
} as const;

/** Checkboxes arrive as one string for one tick, an array for more, nothing for none. */
const ticked = (value: unknown) =>
  value === undefined || value === null || value === ""
    ? []
    : Array.isArray(value)
      ? value
      : [value];

export const sendReturnRemindersSchema = z.object({
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  assessmentId: z.uuid({ error: "That assessment does not exist" }),
  participantIds: z.preprocess(
    ticked,
    z
      .array(z.uuid({ error: REMIND_MESSAGES.participant }), { error: REMIND_MESSAGES.none })
      .min(1, { error: REMIND_MESSAGES.none })
      .max(500, { error: REMIND_MESSAGES.participant })
      .transform((ids) => [...new Set(ids)]),
  ),
});

/** Why a selected organisation was not reminded, in words. */
export type SkippedReminder = { organisation: string; reason: "returned" | "no-respondent" };

/** "Reminders sent to 3 organisations." and, for any left out, why. */
export function remindOutcome(sent: string[], skipped: SkippedReminder[]): string {
  const parts = [
    sent.length === 1
      ? `Reminder sent to ${sent[0]}.`
      : `Reminders sent to ${sent.length} organisations.`,
  ];
  const returned = skipped.filter((s) => s.reason === "returned").map((s) => s.organisation);
  const nobody = skipped.filter((s) => s.reason === "no-respondent").map((s) => s.organisation);
  if (returned.length) parts.push(`Not sent to ${returned.join(", ")}: already returned.`);
  if (nobody.length)
    parts.push(
      `Not sent to ${nobody.join(", ")}: no respondent to write to. Invite the organisation's respondent from the returns page.`,
    );
  return parts.join(" ");
}
