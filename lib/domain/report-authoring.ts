import { z } from "zod";
import type { Role } from "@/lib/authz/permissions";

/** The scrutiny report's sections as stored on a factual-accuracy comment. */
export type ReportSection = "summary" | "ratings" | `step-${number}`;

export const ACCURACY_DECISIONS = ["CHANGED", "NOT_CHANGED"] as const;
export type AccuracyDecisionValue = (typeof ACCURACY_DECISIONS)[number];

export const ACCURACY_DECISION_LABELS: Record<AccuracyDecisionValue, string> = {
  CHANGED: "Report changed",
  NOT_CHANGED: "No change made",
};

/** "summary", "ratings" or "step-3" → the words a person reads. */
export function reportSectionLabel(
  section: string,
  steps: ReadonlyArray<{ number: number; title: string }>,
): string {
  if (section === "summary") return "Overall summary";
  if (section === "ratings") return "Ratings";
  const match = /^step-(\d+)$/.exec(section);
  if (match) {
    const number = Number(match[1]);
    const step = steps.find((s) => s.number === number);
    return step ? `Step ${number}: ${step.title}` : `Step ${number}`;
  }
  return "Report";
}

/** The sections a comment may name, in report order. */
export function reportSections(steps: ReadonlyArray<{ number: number }>): ReportSection[] {
  return ["summary", "ratings", ...steps.map((s) => `step-${s.number}` as const)];
}

// ───────────────────────────── Writing the report: the pure rules and the form schemas ──────────
// Shared by the actions (lib/actions/report), the data reads (lib/data/report-authoring.ts) and the
// pages. No database types.

export const STRENGTHS_MAX = 10_000;
export const AREA_TEXT_MAX = 2_000;
export const AREAS_MAX = 30;
export const NARRATIVE_MAX = 10_000;
export const COMMENT_MAX = 4_000;
export const DECISION_NOTE_MAX = 4_000;
export const MANAGEMENT_RESPONSE_MAX = 10_000;

const count = (n: number) => n.toLocaleString("en-GB");

export const REPORT_MESSAGES = {
  reload: "Reload the page and try again",
  strengths: "Enter the strengths",
  strengthsLength: `The strengths must be ${count(STRENGTHS_MAX)} characters or fewer`,
  area: "Enter the area for development",
  areaLength: `An area for development must be ${count(AREA_TEXT_MAX)} characters or fewer`,
  areasFull: `The summary can have up to ${AREAS_MAX} areas for development. Combine or remove some before adding another.`,
  step: "That step is not in this assessment's framework",
  narrative: "Enter the narrative for this step",
  narrativeLength: `The narrative must be ${count(NARRATIVE_MAX)} characters or fewer`,
  section: "Select the part of the report your comment is about",
  organisation: "Select the statutory partner you are commenting for",
  comment: "Enter your comment",
  commentLength: `The comment must be ${count(COMMENT_MAX)} characters or fewer`,
  decision: "Select whether the report was changed",
  note: "Say what changed in the report, or why it was not changed",
  noteLength: `The note must be ${count(DECISION_NOTE_MAX)} characters or fewer`,
  response: "Enter the management response",
  responseLength: `The management response must be ${count(MANAGEMENT_RESPONSE_MAX)} characters or fewer`,
  notScrutiny: "Only an independent scrutiny has a scrutiny report.",
  notScrutineer: "Only the scrutineers of this assessment can write its report.",
  notLead:
    "Only the lead scrutineer of this assessment can open or close the factual-accuracy check.",
  notScrutineerDecide:
    "Only the scrutineers of this assessment can decide what changes in the report.",
  summaryConflict:
    "Someone else changed the overall summary while you were editing it. What is saved now is shown below: check it, then save again if you still want to replace it with yours.",
  areaConflict:
    "Someone else changed this area for development, or its management response, while you were editing it. What is saved now is shown below: check it, then save again if you still want yours.",
  narrativeConflict:
    "Someone else changed this step's narrative while you were editing it. What is saved now is shown below: check it, then save again if you still want to replace it with yours.",
  decisionConflict:
    "Someone else recorded a decision on this comment while you were editing it. Their decision is shown below: check it, then save again if you still want to replace it with yours.",
  responseConflict:
    "Someone else changed this area for development, or its management response, while you were editing it. What is saved now is shown below: check it, then save again if you still want to replace it with yours.",
  alreadyOpen: "The factual-accuracy check is already open.",
  notOpen: "The factual-accuracy check is not open, so there is nothing to close.",
  checkNotOpen:
    "The factual-accuracy check is not open, so comments cannot be added. Ask the lead scrutineer if you need it opened again.",
  notCommenter:
    "Only the statutory partners check the report for factual accuracy: an agency respondent of a statutory partner, or the business manager for one.",
  notResponder:
    "Only the statutory partners record the management response: an agency respondent of a statutory partner, or the business manager for one.",
  wrongOrganisation: "You can comment only for your own organisation.",
} as const;

/** Browsers send a textarea's line breaks as CRLF; stored text uses LF, so lengths match what was typed. */
function normaliseLineBreaks(value: string): string {
  return value.replace(/\r\n?/g, "\n");
}

/** A required, trimmed text of at most `max` characters, with the messages given. */
function text(max: number, required: string, tooLong: string) {
  return z
    .string({ error: required })
    .transform((value) => normaliseLineBreaks(value).trim())
    .pipe(z.string().min(1, { error: required }).max(max, { error: tooLong }));
}

/** A version the form got: `min` 1 for a row that exists, 0 when the form may create it. */
function version(min: 0 | 1) {
  return z.coerce
    .number({ error: REPORT_MESSAGES.reload })
    .int({ error: REPORT_MESSAGES.reload })
    .min(min, { error: REPORT_MESSAGES.reload })
    .max(2_147_483_647, { error: REPORT_MESSAGES.reload });
}

const ids = {
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  assessmentId: z.uuid({ error: "That assessment does not exist" }),
};
const areaId = z.uuid({ error: "That area for development does not exist. Reload the page" });

export const saveReportSummarySchema = z.object({
  ...ids,
  strengths: text(STRENGTHS_MAX, REPORT_MESSAGES.strengths, REPORT_MESSAGES.strengthsLength),
  version: version(1),
});

export const addDevelopmentAreaSchema = z.object({
  ...ids,
  text: text(AREA_TEXT_MAX, REPORT_MESSAGES.area, REPORT_MESSAGES.areaLength),
});

export const updateDevelopmentAreaSchema = z.object({
  ...ids,
  areaId,
  text: text(AREA_TEXT_MAX, REPORT_MESSAGES.area, REPORT_MESSAGES.areaLength),
  version: version(1),
});

export const removeDevelopmentAreaSchema = z.object({ ...ids, areaId, version: version(1) });

/** "3" from a page address or a form → 3; anything else (0, "03", "1.5", "x") → null. */
export function parseStepNumber(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 1 && raw <= 99 ? raw : null;
  if (typeof raw !== "string" || !/^[1-9]\d?$/.test(raw)) return null;
  return Number(raw);
}

export const saveStepNarrativeSchema = z.object({
  ...ids,
  stepNumber: z.unknown().transform((raw, context) => {
    const number = parseStepNumber(raw);
    if (number === null) {
      context.addIssue({ code: "custom", message: REPORT_MESSAGES.step });
      return z.NEVER;
    }
    return number;
  }),
  text: text(NARRATIVE_MAX, REPORT_MESSAGES.narrative, REPORT_MESSAGES.narrativeLength),
  // 0 when the step has no narrative yet.
  version: version(0),
});

export const accuracyCheckSchema = z.object(ids);

/** "summary", "ratings" or "step-N" (N a step number); anything else → null. */
export function parseReportSection(
  raw: unknown,
  steps: ReadonlyArray<{ number: number }>,
): ReportSection | null {
  if (typeof raw !== "string") return null;
  return reportSections(steps).find((section) => section === raw) ?? null;
}

export const addAccuracyCommentSchema = z.object({
  ...ids,
  section: z
    .string({ error: REPORT_MESSAGES.section })
    .regex(/^(summary|ratings|step-[1-9]\d?)$/, { error: REPORT_MESSAGES.section }),
  // Needed from a business manager (who comments for a statutory partner); an agency respondent
  // comments for their own organisation, so a blank choice is theirs.
  organisationId: z
    .string({ error: REPORT_MESSAGES.organisation })
    .nullish()
    .transform((value) => (value ? value.trim() : "") || null)
    .pipe(z.uuid({ error: REPORT_MESSAGES.organisation }).nullable()),
  text: text(COMMENT_MAX, REPORT_MESSAGES.comment, REPORT_MESSAGES.commentLength),
});

export const decideAccuracyCommentSchema = z.object({
  ...ids,
  commentId: z.uuid({ error: "That comment does not exist. Reload the page" }),
  decision: z.enum(ACCURACY_DECISIONS, { error: REPORT_MESSAGES.decision }),
  note: text(DECISION_NOTE_MAX, REPORT_MESSAGES.note, REPORT_MESSAGES.noteLength),
  // When the decision the person saw was made (ISO), or blank when there was none: a decision made
  // since then is a conflict, not silently replaced.
  decidedAt: z
    .string({ error: REPORT_MESSAGES.reload })
    .nullish()
    .transform((value) => value?.trim() || null)
    .pipe(z.iso.datetime({ error: REPORT_MESSAGES.reload }).nullable()),
});

export const saveManagementResponseSchema = z.object({
  ...ids,
  areaId,
  response: text(MANAGEMENT_RESPONSE_MAX, REPORT_MESSAGES.response, REPORT_MESSAGES.responseLength),
  version: version(1),
});

export type SaveReportSummaryInput = z.infer<typeof saveReportSummarySchema>;
export type AddAccuracyCommentInput = z.infer<typeof addAccuracyCommentSchema>;
export type DecideAccuracyCommentInput = z.infer<typeof decideAccuracyCommentSchema>;

// ───────────────────────────── Who may do what ─────────────────────────────

export type ReportActor = { userId: string; role: Role; organisationId: string | null };
export type ReportScrutineer = { userId: string | null; isLead: boolean };
export type ReportOrganisation = { id: string; name: string; isStatutoryPartner: boolean };

/** A scrutineer of the assessment (a participant who is a person, not an organisation). */
export function isScrutineerOf(
  actor: ReportActor,
  participants: ReadonlyArray<ReportScrutineer>,
): boolean {
  return (
    actor.role === "SCRUTINEER" &&
    participants.some((p) => p.userId !== null && p.userId === actor.userId)
  );
}

export function isLeadScrutineerOf(
  actor: ReportActor,
  participants: ReadonlyArray<ReportScrutineer>,
): boolean {
  return (
    actor.role === "SCRUTINEER" &&
    participants.some((p) => p.isLead && p.userId !== null && p.userId === actor.userId)
  );
}

/**
 * The statutory partners this person may speak for in the factual-accuracy check and the
 * management response: a business manager for any of them; an agency respondent for their own
 * organisation when it is a statutory partner; nobody else. In the order given.
 */
export function partnersActorSpeaksFor<T extends ReportOrganisation>(
  actor: ReportActor,
  organisations: ReadonlyArray<T>,
): T[] {
  const statutory = organisations.filter((o) => o.isStatutoryPartner);
  if (actor.role === "BUSINESS_MANAGER") return statutory;
  if (actor.role === "AGENCY_RESPONDENT")
    return statutory.filter((o) => actor.organisationId !== null && o.id === actor.organisationId);
  return [];
}

/**
 * Which organisation a comment is for, or why it cannot be made: an agency respondent comments for
 * their own statutory partner (a different choice is refused); a business manager must choose one.
 */
export function commentOrganisation(
  actor: ReportActor,
  organisations: ReadonlyArray<ReportOrganisation>,
  chosen: string | null,
): { ok: true; organisationId: string } | { ok: false; message: string; field?: string } {
  const allowed = partnersActorSpeaksFor(actor, organisations);
  if (allowed.length === 0) return { ok: false, message: REPORT_MESSAGES.notCommenter };
  if (actor.role === "AGENCY_RESPONDENT") {
    const own = allowed[0]!;
    if (chosen !== null && chosen !== own.id)
      return { ok: false, message: REPORT_MESSAGES.wrongOrganisation, field: "organisationId" };
    return { ok: true, organisationId: own.id };
  }
  const match = allowed.find((o) => o.id === chosen);
  if (!match) return { ok: false, message: REPORT_MESSAGES.organisation, field: "organisationId" };
  return { ok: true, organisationId: match.id };
}

export type AccuracyCheckState = "NOT_OPENED" | "OPEN" | "CLOSED";

export const ACCURACY_CHECK_STATE_LABELS: Record<AccuracyCheckState, string> = {
  NOT_OPENED: "Not opened",
  OPEN: "Open for comments",
  CLOSED: "Closed",
};

/** Opened and not closed since: open. Opened again after closing clears the closing time. */
export function accuracyCheckState(assessment: {
  accuracyCheckOpenedAt: Date | string | null;
  accuracyCheckClosedAt: Date | string | null;
}): AccuracyCheckState {
  if (!assessment.accuracyCheckOpenedAt) return "NOT_OPENED";
  return assessment.accuracyCheckClosedAt ? "CLOSED" : "OPEN";
}

/**
 * Why an area for development cannot be removed, or null when it can: once the partners have
 * responded to it or actions were raised from it, removing it would lose that record.
 */
export function areaRemovalBlocker(area: {
  managementResponse: string | null;
  actionCount: number;
}): string | null {
  const responded = Boolean(area.managementResponse?.trim());
  if (responded && area.actionCount > 0)
    return `This area for development cannot be removed: the statutory partners have recorded a management response to it and ${area.actionCount === 1 ? "an action was" : `${area.actionCount} actions were`} raised from it. Change its wording instead.`;
  if (responded)
    return "This area for development cannot be removed: the statutory partners have recorded a management response to it. Change its wording instead.";
  if (area.actionCount > 0)
    return `This area for development cannot be removed: ${area.actionCount === 1 ? "an action was" : `${area.actionCount} actions were`} raised from it. Change its wording instead.`;
  return null;
}

/** The audit events this feature records (keys for lib/domain/audit-labels.ts). */
export const REPORT_AUDIT_ACTIONS = {
  summarySaved: "report.summary-saved",
  areaAdded: "report.area-added",
  areaUpdated: "report.area-updated",
  areaRemoved: "report.area-removed",
  narrativeSaved: "report.narrative-saved",
  checkOpened: "report.accuracy-check-opened",
  checkClosed: "report.accuracy-check-closed",
  commentAdded: "report.accuracy-comment-added",
  commentDecided: "report.accuracy-comment-decided",
  managementResponseSaved: "report.management-response-saved",
} as const;
