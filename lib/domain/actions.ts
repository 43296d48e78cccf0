import type { Role } from "@/lib/authz/permissions";
import { ukDateStamp } from "./london-time";

/**
 * Actions: the one improvement plan. Pure rules, no database types. Due dates are calendar dates
 * ("YYYY-MM-DD"); "today" is the UK calendar date, so an action due on 31 March is overdue from
 * 00:00 on 1 April in London (BST or GMT), not from midnight UTC.
 */

export const ACTION_STATUSES = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "COMPLETE"] as const;
export type ActionStatusValue = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatusValue, string> = {
  NOT_STARTED: "Not started",
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  COMPLETE: "Complete",
};

export const ACTION_PRIORITIES = ["HIGH", "MEDIUM", "LOW"] as const;
export type ActionPriorityValue = (typeof ACTION_PRIORITIES)[number];

export const ACTION_PRIORITY_LABELS: Record<ActionPriorityValue, string> = {
  HIGH: "High",
  MEDIUM: "Medium",
  LOW: "Low",
};

export const ACTION_SOURCES = [
  "RESPONSE",
  "CHALLENGE",
  "MANAGEMENT_RESPONSE",
  "CASE_REVIEW_RECOMMENDATION",
  "AUDIT_FINDING",
  "INSPECTION_FINDING",
  "OTHER",
] as const;
export type ActionSourceValue = (typeof ACTION_SOURCES)[number];

export const ACTION_SOURCE_LABELS: Record<ActionSourceValue, string> = {
  RESPONSE: "Six Steps response",
  CHALLENGE: "Scrutiny challenge",
  MANAGEMENT_RESPONSE: "Management response to the scrutiny report",
  CASE_REVIEW_RECOMMENDATION: "Case review recommendation",
  AUDIT_FINDING: "Audit finding",
  INSPECTION_FINDING: "Inspection finding",
  OTHER: "Other",
};

/** How many days ahead "due soon" looks, for reminders (14) and the tracker's count (30). */
export const REMINDER_WINDOW_DAYS = 14;
export const TRACKER_DUE_SOON_DAYS = 30;

/** Whole days from one calendar date to another ("2026-03-30" → "2026-04-01" is 2). */
export function daysBetween(from: string, to: string): number {
  const toUtc = (stamp: string) => {
    const [y, m, d] = stamp.split("-").map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** The calendar date `days` after `stamp`. */
export function addDays(stamp: string, days: number): string {
  const [y, m, d] = stamp.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A `@db.Date` value from the database (midnight UTC) as "YYYY-MM-DD". */
export function dateOnly(value: Date): string {
  return value.toISOString().slice(0, 10);
}

type Timed = { dueOn: string; status: ActionStatusValue };

/** Overdue: not complete and the due date is before today in London. */
export function isOverdue(action: Timed, now: Date = new Date()): boolean {
  return action.status !== "COMPLETE" && action.dueOn < ukDateStamp(now);
}

/** Due within `days` days from today in London (today included), not complete and not overdue. */
export function isDueWithin(action: Timed, days: number, now: Date = new Date()): boolean {
  if (action.status === "COMPLETE") return false;
  const gap = daysBetween(ukDateStamp(now), action.dueOn);
  return gap >= 0 && gap <= days;
}

/** What the tracker shows: the recorded status, or "Overdue" derived from the date. */
export type ActionDisplayStatus = ActionStatusValue | "OVERDUE";

export function displayStatus(action: Timed, now: Date = new Date()): ActionDisplayStatus {
  return isOverdue(action, now) ? "OVERDUE" : action.status;
}

export const DISPLAY_STATUS_LABELS: Record<ActionDisplayStatus, string> = {
  ...ACTION_STATUS_LABELS,
  OVERDUE: "Overdue",
};

/** The reminder an action is due, if any, on `now` (see scripts/reminders.ts). */
export function reminderDue(action: Timed, now: Date = new Date()): "DUE_SOON" | "OVERDUE" | null {
  if (isOverdue(action, now)) return "OVERDUE";
  if (isDueWithin(action, REMINDER_WINDOW_DAYS, now)) return "DUE_SOON";
  return null;
}

export type Counts = { open: number; overdue: number; dueSoon: number };

/** The tracker's counts, computed over the same rows the table shows. */
export function actionCounts(actions: Timed[], now: Date = new Date()): Counts {
  let open = 0;
  let overdue = 0;
  let dueSoon = 0;
  for (const action of actions) {
    if (action.status === "COMPLETE") continue;
    open += 1;
    if (isOverdue(action, now)) overdue += 1;
    else if (isDueWithin(action, TRACKER_DUE_SOON_DAYS, now)) dueSoon += 1;
  }
  return { open, overdue, dueSoon };
}

export type ActionActor = { userId: string; role: Role; organisationId: string | null };
export type ActionFacts = {
  ownerOrganisationId: string;
  ownerUserId: string | null;
  createdById: string | null;
};

const AGENCY_ROLES: readonly Role[] = ["AGENCY_RESPONDENT", "AGENCY_CONTRIBUTOR"];

/** Agency respondents and contributors see only their own organisation's actions. */
export function canSeeAction(actor: ActionActor, action: ActionFacts): boolean {
  if (!AGENCY_ROLES.includes(actor.role)) return true;
  return actor.organisationId !== null && actor.organisationId === action.ownerOrganisationId;
}

/**
 * Progress updates, status and evidence of completion: the business manager for any action; the
 * owning organisation's respondents and contributors; the named owner.
 */
export function canUpdateProgress(actor: ActionActor, action: ActionFacts): boolean {
  if (actor.role === "BUSINESS_MANAGER") return true;
  if (actor.role === "VIEWER") return false;
  if (action.ownerUserId !== null && action.ownerUserId === actor.userId) return true;
  return AGENCY_ROLES.includes(actor.role) && canSeeAction(actor, action);
}

/**
 * Changing what the action is (description, owner, date, priority, links): the business manager;
 * a scrutineer for actions they raised; an agency respondent for their own organisation's.
 */
export function canEditAction(actor: ActionActor, action: ActionFacts): boolean {
  if (actor.role === "BUSINESS_MANAGER") return true;
  if (actor.role === "SCRUTINEER") return action.createdById === actor.userId;
  if (actor.role === "AGENCY_RESPONDENT") return canSeeAction(actor, action);
  return false;
}

/** Raising an action: agency respondents only for their own organisation. */
export function canRaiseActionFor(actor: ActionActor, ownerOrganisationId: string): boolean {
  if (actor.role === "BUSINESS_MANAGER" || actor.role === "SCRUTINEER") return true;
  return actor.role === "AGENCY_RESPONDENT" && actor.organisationId === ownerOrganisationId;
}

/**
 * Seed 001: "Any response … will still require an action plan". An action counts towards a
 * response's plan when it is linked to the response's (assessment, question) and:
 * - for a scrutineer, any such action (a scrutiny has one improvement plan, shared by its
 *   scrutineers);
 * - for an organisation, one that organisation owns: the plan it can see and answer for (its
 *   agency users see only their own organisation's actions).
 */
export function countsTowardsPlan(
  participant: { organisationId: string | null },
  action: { ownerOrganisationId: string },
): boolean {
  return (
    participant.organisationId === null || action.ownerOrganisationId === participant.organisationId
  );
}

export type RatingChange = "UP" | "DOWN" | "SAME";

const SCORE = { RED: 0, AMBER: 1, GREEN: 2 } as const;

/**
 * What changed since last cycle for one question. Nothing to compare when either rating is missing
 * or "not in scope".
 */
export function ratingChange(
  previous: string | null | undefined,
  current: string | null | undefined,
): RatingChange | null {
  if (!previous || !current || !(previous in SCORE) || !(current in SCORE)) return null;
  const before = SCORE[previous as keyof typeof SCORE];
  const after = SCORE[current as keyof typeof SCORE];
  return after > before ? "UP" : after < before ? "DOWN" : "SAME";
}

export const RATING_CHANGE_LABELS: Record<RatingChange, string> = {
  UP: "Improved since last cycle",
  DOWN: "Worse than last cycle",
  SAME: "Same as last cycle",
};
