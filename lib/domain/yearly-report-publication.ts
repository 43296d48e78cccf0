/**
 * The yearly report's publication rules (seed 002 §3.9): published at least once every 12 months,
 * sent to each recipient within seven days, signed off by every statutory partner first. Dates are
 * calendar dates ("YYYY-MM-DD"); "today" is the UK calendar date of `now`.
 */
import { addDays, daysBetween } from "./actions";
import { ukDateStamp } from "./london-time";

/** How long after publishing the next yearly report is due, and how long to send a copy. */
export const PUBLICATION_INTERVAL_MONTHS = 12;
export const SUBMISSION_DAYS = 7;

/** The same day `months` later; a day the month lacks becomes its last (29 Feb → 28 Feb). */
export function addMonths(stamp: string, months: number): string {
  const [y, m, d] = stamp.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

export type PublicationStatus =
  | { kind: "NEVER_PUBLISHED" }
  | { kind: "DUE"; lastPublishedOn: string; nextDueOn: string; daysLeft: number }
  | { kind: "OVERDUE"; lastPublishedOn: string; nextDueOn: string; daysOverdue: number };

/** When the next yearly report is due: 12 months after the last; overdue from the day after. */
export function publicationStatus(
  lastPublishedOn: string | null,
  now: Date = new Date(),
): PublicationStatus {
  if (!lastPublishedOn) return { kind: "NEVER_PUBLISHED" };
  const nextDueOn = addMonths(lastPublishedOn, PUBLICATION_INTERVAL_MONTHS);
  const gap = daysBetween(ukDateStamp(now), nextDueOn);
  return gap >= 0
    ? { kind: "DUE", lastPublishedOn, nextDueOn, daysLeft: gap }
    : { kind: "OVERDUE", lastPublishedOn, nextDueOn, daysOverdue: -gap };
}

export type SubmissionStatus =
  | { kind: "SENT_ON_TIME"; sendBy: string; sentOn: string }
  | { kind: "SENT_LATE"; sendBy: string; sentOn: string; daysLate: number }
  | { kind: "NOT_SENT"; sendBy: string; daysLeft: number }
  | { kind: "OVERDUE"; sendBy: string; daysOverdue: number };

/** Whether a copy went to a recipient within seven days of publication. */
export function submissionStatus(
  publishedOn: string,
  sentOn: string | null,
  now: Date = new Date(),
): SubmissionStatus {
  const sendBy = addDays(publishedOn, SUBMISSION_DAYS);
  if (sentOn) {
    const late = daysBetween(sendBy, sentOn);
    return late > 0
      ? { kind: "SENT_LATE", sendBy, sentOn, daysLate: late }
      : { kind: "SENT_ON_TIME", sendBy, sentOn };
  }
  const gap = daysBetween(ukDateStamp(now), sendBy);
  return gap >= 0
    ? { kind: "NOT_SENT", sendBy, daysLeft: gap }
    : { kind: "OVERDUE", sendBy, daysOverdue: -gap };
}

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus["kind"], string> = {
  SENT_ON_TIME: "Sent within 7 days",
  SENT_LATE: "Sent late",
  NOT_SENT: "Not sent yet",
  OVERDUE: "Not sent: overdue",
};

export const PUBLICATION_STATUS_LABELS: Record<PublicationStatus["kind"], string> = {
  NEVER_PUBLISHED: "Not published yet",
  DUE: "Next report due",
  OVERDUE: "Overdue",
};

/** Which statutory partner organisations have not signed off yet; signed off when none remain. */
export function missingSignOffs<O extends { id: string }>(
  statutoryPartners: ReadonlyArray<O>,
  signOffs: ReadonlyArray<{ organisationId: string }>,
): O[] {
  const signed = new Set(signOffs.map((s) => s.organisationId));
  return statutoryPartners.filter((organisation) => !signed.has(organisation.id));
}
