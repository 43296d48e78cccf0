import { z } from "zod";
import type { Role } from "@/lib/authz/permissions";
import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  type ActionPriorityValue,
  type ActionSourceValue,
  type ActionStatusValue,
} from "./actions";
import { gatherDateParts, parseDateParts } from "./date-parts";
import { ukDateStamp } from "./london-time";
import { isUuid, parseInput } from "@/lib/validation";

/**
 * The forms of the improvement plan: raising an action, changing it and recording progress. Pure
 * schemas and helpers, no database types. Every action needs an owning organisation, a named
 * person and a due date (seed 001: every answer, Green included, needs an action plan).
 */

export const DESCRIPTION_MAX = 2_000;
export const NOTE_MAX = 2_000;
export const OWNER_NAME_MAX = 200;
export const OWNER_EMAIL_MAX = 254;

export const ACTION_MESSAGES = {
  description: "Enter a description of the action",
  descriptionLength: "The description must be 2,000 characters or fewer",
  ownerOrganisation: "Select the organisation that owns the action",
  ownerKind:
    "Select whether the owner is a member of the partnership or someone without an account",
  ownerUser: "Select the member who owns the action",
  ownerName: "Enter the name of the person who owns the action",
  ownerNameLength: "The name must be 200 characters or fewer",
  ownerEmail: "Enter the email address of the person who owns the action",
  ownerEmailFormat: "Enter an email address in the correct format, like name@example.org",
  ownerEmailLength: "The email address must be 254 characters or fewer",
  dueOn: "Enter the due date",
  dueOnReal: "The due date must be a real date",
  dueOnPast: "The due date must be today or in the future",
  priority: "Select a priority",
  sourceType: "Select where the action comes from",
  sourceNote: "Enter the finding or reason for the action",
  sourceNoteLength: "The finding or reason must be 2,000 characters or fewer",
  sourceResponse: "That answer does not exist. Go back to the question and try again",
  notOwnAnswer:
    "That answer is not one of your organisation's. Raise actions from your organisation's answers",
  sourceRecommendation:
    "That recommendation does not exist. Go back to the case review and try again",
  sourceChallenge: "That challenge does not exist. Go back to the challenge log and try again",
  challengeNotAccepted:
    "You can raise an action from a challenge once its outcome is recorded as accepted or partly accepted",
  challengeNotOwn:
    "That challenge is not your organisation's. Raise actions from challenges your organisation is responsible for",
  sourceDevelopmentArea:
    "That area for development does not exist. Go back to the scrutiny report and try again",
  links: "Choose questions from the list",
  linksRequired: "An action raised from an answer must stay linked to at least one question",
  note: "Enter a progress update",
  noteLength: "The progress update must be 2,000 characters or fewer",
  status: "Select the status of the action",
  evidence: "Choose evidence from the list",
  completeNeedsEvidence: "Choose at least one piece of evidence that shows the action is complete",
  conflict:
    "Someone else updated this action while you were working on it. Reload the page to see their changes, then make yours again.",
  version: "This form is out of date: reload the page and try again",
  action: "That action does not exist",
  partnership: "That partnership does not exist",
  ownOrganisationMember: "Select a member of your organisation from the list",
} as const;

const AGENCY_ROLES: readonly Role[] = ["AGENCY_RESPONDENT", "AGENCY_CONTRIBUTOR"];

/**
 * A member with an agency role can own only their own organisation's actions: "Sam Lee belongs to
 * Police: choose someone from Schools Alliance or someone without an account". Null when they may.
 */
export function agencyOwnerProblem(
  member: { name: string; role: Role; organisationId: string | null; organisationName?: string },
  owning: { id: string; name: string },
): string | null {
  if (!AGENCY_ROLES.includes(member.role) || member.organisationId === owning.id) return null;
  const who = member.name.trim() || "This member";
  const where = member.organisationId
    ? `belongs to ${member.organisationName ?? "another organisation"}`
    : "is not linked to an organisation";
  return `${who} ${where}: choose someone from ${owning.name} or someone without an account`;
}

/** Names of the fields, for the error summary and the summary list. */
export const ACTION_FIELD_LABELS = {
  description: "Action",
  ownerOrganisationId: "Owning organisation",
  ownerKind: "Named owner",
  ownerUserId: "Member",
  ownerName: "Full name",
  ownerEmail: "Email address",
  dueOn: "Due date",
  priority: "Priority",
  sourceType: "Where the action comes from",
  sourceNote: "Finding or reason",
  links: "Linked questions",
  note: "Progress update",
  status: "Status",
  evidenceIds: "Evidence of completion",
} as const;

export const OWNER_KINDS = ["MEMBER", "OTHER"] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

export const OWNER_KIND_LABELS: Record<OwnerKind, string> = {
  MEMBER: "A member of the partnership",
  OTHER: "Someone without an account",
};

/**
 * Sources a person can choose on the form; a response, a recommendation, a scrutiny challenge or
 * an area for development of the scrutiny report (its management response) is prefilled.
 */
export const CHOSEN_SOURCES = ["AUDIT_FINDING", "INSPECTION_FINDING", "OTHER"] as const;
export const FORM_SOURCES = [
  "RESPONSE",
  "CASE_REVIEW_RECOMMENDATION",
  "CHALLENGE",
  "MANAGEMENT_RESPONSE",
  ...CHOSEN_SOURCES,
] as const;
type FormSource = (typeof FORM_SOURCES)[number];

export type LinkPair = { assessmentId: string; questionId: string };

/** A link as one form value ("<assessmentId>:<questionId>"), for checkboxes. */
export function linkValue(link: LinkPair): string {
  return `${link.assessmentId}:${link.questionId}`;
}

/** The version a form was loaded at; anything else means the page is out of date. */
const versionField = z.coerce
  .number({ error: ACTION_MESSAGES.version })
  .int({ error: ACTION_MESSAGES.version })
  .positive({ error: ACTION_MESSAGES.version })
  .max(2_147_483_647, { error: ACTION_MESSAGES.version });

/** The (assessment, question) pair of a checkbox value, or null when it is not one. */
export function parseLinkValue(value: string): LinkPair | null {
  const [assessmentId, questionId, ...rest] = value.split(":");
  if (rest.length > 0 || !assessmentId || !questionId) return null;
  if (!isUuid(assessmentId) || !isUuid(questionId)) return null;
  return { assessmentId: assessmentId.toLowerCase(), questionId: questionId.toLowerCase() };
}

/** The same pairs once each, in the order first given. */
export function uniqueLinks(links: readonly LinkPair[]): LinkPair[] {
  const seen = new Map<string, LinkPair>();
  for (const link of links) if (!seen.has(linkValue(link))) seen.set(linkValue(link), link);
  return [...seen.values()];
}

/** The anchor of a question on its step page (components/responses/question-response.tsx). */
export function questionAnchor(code: string): string {
  return `q${code.replace(".", "-")}-title`;
}

/** Where a question is answered: its step page, scrolled to the question. */
export function questionHref(
  partnershipId: string,
  assessmentId: string,
  stepNumber: number,
  code: string,
): string {
  return `/partnerships/${partnershipId}/assessments/${assessmentId}/steps/${stepNumber}#${questionAnchor(code)}`;
}

const RETURN_BASE = "https://return-to.invalid";

/**
 * Where to go after saving: only a path inside this partnership ("/partnerships/<id>/..."), so a
 * crafted link cannot send anyone to another site or another partnership. Anything else is null.
 */
export function safeReturnTo(partnershipId: string, value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 500) return null;
  const prefix = `/partnerships/${partnershipId}/`;
  if (!value.startsWith(prefix)) return null;
  // No backslashes, spaces, control characters or protocol-relative tricks.
  if (/[\\\s\u0000-\u001f\u007f]/.test(value) || value.includes("//")) return null;
  let url: URL;
  try {
    url = new URL(value, RETURN_BASE);
  } catch {
    return null;
  }
  // Dot segments (also encoded ones) are resolved by the parser: it must still be inside.
  if (url.origin !== RETURN_BASE || !url.pathname.startsWith(prefix)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The due date arrives either as one "YYYY-MM-DD" value (`dueOn`) or as the GOV.UK date input's
 * three fields (`dueOn-day`, `-month`, `-year`); the three are gathered into one value.
 */
function gatherDueDate(raw: unknown): unknown {
  return gatherDateParts(raw, ["dueOn"]);
}

/** A due date as "YYYY-MM-DD", or why not. `notBefore` is today when raising an action. */
export function parseDueDate(
  value: unknown,
  notBefore?: string,
): { ok: true; dueOn: string } | { ok: false; message: string } {
  const parsed = parseDateParts(value);
  switch (parsed.kind) {
    case "blank":
      return { ok: false, message: ACTION_MESSAGES.dueOn };
    case "incomplete":
      return { ok: false, message: `The due date must include a ${parsed.missing}` };
    case "invalid":
      return { ok: false, message: ACTION_MESSAGES.dueOnReal };
  }
  if (notBefore && parsed.stamp < notBefore)
    return { ok: false, message: ACTION_MESSAGES.dueOnPast };
  return { ok: true, dueOn: parsed.stamp };
}

/**
 * Changing an action: an overdue action keeps its date when other things change, but a date that
 * is changed must be today or later.
 */
export function changedDueDateProblem(
  previous: string,
  next: string,
  today: string,
): string | null {
  return next !== previous && next < today ? ACTION_MESSAGES.dueOnPast : null;
}

/** When the action was completed, after a status change. */
export function completedAtAfter(
  before: { status: ActionStatusValue; completedAt: Date | null },
  status: ActionStatusValue,
  now: Date,
): Date | null {
  if (status !== "COMPLETE") return null;
  return before.status === "COMPLETE" && before.completedAt ? before.completedAt : now;
}

/** The fields whose values differ, as { before, after } for the audit log. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
): { before: Partial<T>; after: Partial<T> } {
  const changed = (Object.keys(after) as Array<keyof T>).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])) as Partial<T>,
    after: Object.fromEntries(changed.map((key) => [key, after[key]])) as Partial<T>,
  };
}

// Blank form fields mean "not given".
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const optionalId = (message: string) =>
  z.preprocess(blankToUndefined, z.uuid({ error: message }).optional());

const optionalText = (max: number, message: string, notText: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim() || undefined : value),
    z.string({ error: notText }).max(max, message).optional(),
  );

// Checkboxes arrive as nothing, one value or several.
const list = (value: unknown) =>
  value === undefined || value === null
    ? []
    : (Array.isArray(value) ? value : [value]).filter((item) => item !== "");

const linkList = z.preprocess(
  list,
  z
    .array(z.string({ error: ACTION_MESSAGES.links }), { error: ACTION_MESSAGES.links })
    .max(200, ACTION_MESSAGES.links)
    .transform((values, ctx) => {
      const pairs = values.map(parseLinkValue);
      if (pairs.some((pair) => pair === null)) {
        ctx.addIssue({ code: "custom", message: ACTION_MESSAGES.links });
        return z.NEVER;
      }
      return uniqueLinks(pairs as LinkPair[]);
    }),
);

const idList = (message: string) =>
  z.preprocess(
    list,
    z
      .array(z.string({ error: message }), { error: message })
      .max(50, "Choose 50 pieces of evidence at most")
      .transform((ids, ctx) => {
        // One message for the list (its checkboxes share one error), not one per item.
        if (ids.some((id) => !isUuid(id))) {
          ctx.addIssue({ code: "custom", message });
          return z.NEVER;
        }
        return [...new Set(ids.map((id) => id.toLowerCase()))];
      }),
  );

const description = z
  .string({ error: ACTION_MESSAGES.description })
  .trim()
  .min(1, ACTION_MESSAGES.description)
  .max(DESCRIPTION_MAX, ACTION_MESSAGES.descriptionLength);

const emailFormat = z.email();

/** The fields raising and changing an action share. */
const commonFields = {
  partnershipId: z.uuid({ error: ACTION_MESSAGES.partnership }),
  description,
  ownerOrganisationId: z.uuid({ error: ACTION_MESSAGES.ownerOrganisation }),
  ownerKind: z.enum(OWNER_KINDS, { error: ACTION_MESSAGES.ownerKind }),
  ownerUserId: optionalId(ACTION_MESSAGES.ownerUser),
  ownerName: optionalText(
    OWNER_NAME_MAX,
    ACTION_MESSAGES.ownerNameLength,
    ACTION_MESSAGES.ownerName,
  ),
  ownerEmail: optionalText(
    OWNER_EMAIL_MAX,
    ACTION_MESSAGES.ownerEmailLength,
    ACTION_MESSAGES.ownerEmail,
  ),
  priority: z.enum(ACTION_PRIORITIES, { error: ACTION_MESSAGES.priority }),
  links: linkList,
};

const dueDate = (notPast: boolean) =>
  z.unknown().transform((value, ctx): string => {
    const parsed = parseDueDate(value, notPast ? ukDateStamp(new Date()) : undefined);
    if (parsed.ok) return parsed.dueOn;
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  });

type Loose = Record<string, unknown>;
const isObject = (payload: { value: unknown }) =>
  typeof payload.value === "object" && payload.value !== null;

/** The named owner: a member, or a name and email for someone without an account. */
function checkOwner(value: Loose, ctx: z.RefinementCtx) {
  if (value.ownerKind === "MEMBER" && !value.ownerUserId)
    ctx.addIssue({ code: "custom", path: ["ownerUserId"], message: ACTION_MESSAGES.ownerUser });
  if (value.ownerKind === "OTHER") {
    if (!value.ownerName)
      ctx.addIssue({ code: "custom", path: ["ownerName"], message: ACTION_MESSAGES.ownerName });
    if (!value.ownerEmail)
      ctx.addIssue({ code: "custom", path: ["ownerEmail"], message: ACTION_MESSAGES.ownerEmail });
    else if (
      typeof value.ownerEmail === "string" &&
      value.ownerEmail.length <= OWNER_EMAIL_MAX &&
      !parseInput(emailFormat, value.ownerEmail).success
    )
      ctx.addIssue({
        code: "custom",
        path: ["ownerEmail"],
        message: ACTION_MESSAGES.ownerEmailFormat,
      });
  }
}

type OwnerColumns = {
  ownerUserId: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
};

function ownerColumns(value: {
  ownerKind: OwnerKind;
  ownerUserId?: string;
  ownerName?: string;
  ownerEmail?: string;
}): OwnerColumns {
  return value.ownerKind === "MEMBER"
    ? { ownerUserId: value.ownerUserId ?? null, ownerName: null, ownerEmail: null }
    : {
        ownerUserId: null,
        ownerName: value.ownerName ?? null,
        ownerEmail: value.ownerEmail?.toLowerCase() ?? null,
      };
}

export type CreateActionInput = OwnerColumns & {
  partnershipId: string;
  description: string;
  ownerOrganisationId: string;
  dueOn: string;
  priority: ActionPriorityValue;
  sourceType: ActionSourceValue;
  sourceResponseId: string | null;
  sourceRecommendationId: string | null;
  /** Only for an action raised from a scrutiny challenge. */
  sourceChallengeId?: string;
  /** Only for an action raised from an area for development of a scrutiny report. */
  sourceDevelopmentAreaId?: string;
  sourceNote: string | null;
  /**
   * The question the action was raised from (also the first of `links`), if any. From a challenge
   * it is the challenge's question, found by the action itself (never taken from the form).
   */
  primaryLink: LinkPair | null;
  links: LinkPair[];
};

/**
 * Raising an action. From a question the form carries the (assessment, question) pair and, from
 * an answer, the response: the pair is always linked. From a case-review recommendation it carries
 * the recommendation; from a scrutiny challenge the challenge; from an area for development of a
 * scrutiny report the area. Otherwise the person chooses an audit finding, an inspection finding
 * or another reason, and writes it down.
 */
export const createActionSchema = z.preprocess(
  gatherDueDate,
  z
    .object({
      ...commonFields,
      dueOn: dueDate(true),
      sourceType: z.enum(FORM_SOURCES, { error: ACTION_MESSAGES.sourceType }),
      sourceNote: optionalText(
        NOTE_MAX,
        ACTION_MESSAGES.sourceNoteLength,
        ACTION_MESSAGES.sourceNote,
      ),
      sourceResponseId: optionalId(ACTION_MESSAGES.sourceResponse),
      sourceRecommendationId: optionalId(ACTION_MESSAGES.sourceRecommendation),
      sourceChallengeId: optionalId(ACTION_MESSAGES.sourceChallenge),
      sourceDevelopmentAreaId: optionalId(ACTION_MESSAGES.sourceDevelopmentArea),
      assessmentId: optionalId(ACTION_MESSAGES.links),
      questionId: optionalId(ACTION_MESSAGES.links),
    })
    .superRefine(
      (raw, ctx) => {
        const value = raw as unknown as Loose;
        checkOwner(value, ctx);
        const fromQuestion = Boolean(value.assessmentId && value.questionId);
        if (Boolean(value.assessmentId) !== Boolean(value.questionId))
          ctx.addIssue({ code: "custom", path: ["links"], message: ACTION_MESSAGES.links });
        const source = value.sourceType as FormSource | undefined;
        if (source === "RESPONSE" && (!value.sourceResponseId || !fromQuestion))
          ctx.addIssue({
            code: "custom",
            path: ["sourceType"],
            message: ACTION_MESSAGES.sourceResponse,
          });
        if (source === "CASE_REVIEW_RECOMMENDATION" && !value.sourceRecommendationId)
          ctx.addIssue({
            code: "custom",
            path: ["sourceType"],
            message: ACTION_MESSAGES.sourceRecommendation,
          });
        if (source === "CHALLENGE" && !value.sourceChallengeId)
          ctx.addIssue({
            code: "custom",
            path: ["sourceType"],
            message: ACTION_MESSAGES.sourceChallenge,
          });
        if (source === "MANAGEMENT_RESPONSE" && !value.sourceDevelopmentAreaId)
          ctx.addIssue({
            code: "custom",
            path: ["sourceType"],
            message: ACTION_MESSAGES.sourceDevelopmentArea,
          });
        if (source && (CHOSEN_SOURCES as readonly string[]).includes(source) && !value.sourceNote)
          ctx.addIssue({
            code: "custom",
            path: ["sourceNote"],
            message: ACTION_MESSAGES.sourceNote,
          });
      },
      // Also when other fields are wrong, so every problem is listed at once.
      { when: isObject },
    )
    .transform((value): CreateActionInput => {
      // A challenge's question is linked by the action from the challenge itself.
      const derived =
        value.sourceType === "CHALLENGE" || value.sourceType === "MANAGEMENT_RESPONSE";
      const primaryLink =
        !derived && value.assessmentId && value.questionId
          ? {
              assessmentId: value.assessmentId.toLowerCase(),
              questionId: value.questionId.toLowerCase(),
            }
          : null;
      const chosen = (CHOSEN_SOURCES as readonly string[]).includes(value.sourceType);
      return {
        partnershipId: value.partnershipId,
        description: value.description,
        ownerOrganisationId: value.ownerOrganisationId,
        ...ownerColumns(value),
        dueOn: value.dueOn,
        priority: value.priority,
        sourceType: value.sourceType,
        sourceResponseId: value.sourceType === "RESPONSE" ? (value.sourceResponseId ?? null) : null,
        sourceRecommendationId:
          value.sourceType === "CASE_REVIEW_RECOMMENDATION"
            ? (value.sourceRecommendationId ?? null)
            : null,
        ...(value.sourceType === "CHALLENGE" && value.sourceChallengeId
          ? { sourceChallengeId: value.sourceChallengeId.toLowerCase() }
          : {}),
        ...(value.sourceType === "MANAGEMENT_RESPONSE" && value.sourceDevelopmentAreaId
          ? { sourceDevelopmentAreaId: value.sourceDevelopmentAreaId.toLowerCase() }
          : {}),
        sourceNote: chosen ? (value.sourceNote ?? null) : null,
        primaryLink,
        links: uniqueLinks(primaryLink ? [primaryLink, ...value.links] : value.links),
      };
    }),
);

export type EditActionInput = OwnerColumns & {
  partnershipId: string;
  actionId: string;
  version: number;
  description: string;
  ownerOrganisationId: string;
  dueOn: string;
  priority: ActionPriorityValue;
  links: LinkPair[];
  /**
   * The links the form showed ticked when it was loaded: only these can be removed, so a link added
   * elsewhere since (a carried-forward action, say) is never dropped by a form that did not show it.
   */
  shownLinks: LinkPair[];
};

/**
 * Changing an action: everything but its source. The date is checked against the stored one by
 * the action (an overdue action can be changed without moving its date).
 */
export const editActionSchema = z.preprocess(
  gatherDueDate,
  z
    .object({
      ...commonFields,
      actionId: z.uuid({ error: ACTION_MESSAGES.action }),
      version: versionField,
      dueOn: dueDate(false),
      shownLinks: linkList,
    })
    .superRefine((raw, ctx) => checkOwner(raw as unknown as Loose, ctx), { when: isObject })
    .transform((value): EditActionInput => ({
      partnershipId: value.partnershipId,
      actionId: value.actionId,
      version: value.version,
      description: value.description,
      ownerOrganisationId: value.ownerOrganisationId,
      ...ownerColumns(value),
      dueOn: value.dueOn,
      priority: value.priority,
      links: value.links,
      shownLinks: value.shownLinks,
    })),
);

export type AddProgressInput = {
  partnershipId: string;
  actionId: string;
  version: number;
  note: string;
  status: ActionStatusValue;
  evidenceIds: string[];
};

/**
 * A progress update: a note, the status after it and the evidence of completion (the whole set:
 * ticked items are attached, unticked ones detached). Complete needs at least one piece.
 */
export const addProgressSchema = z
  .object({
    partnershipId: z.uuid({ error: ACTION_MESSAGES.partnership }),
    actionId: z.uuid({ error: ACTION_MESSAGES.action }),
    version: versionField,
    note: z
      .string({ error: ACTION_MESSAGES.note })
      .trim()
      .min(1, ACTION_MESSAGES.note)
      .max(NOTE_MAX, ACTION_MESSAGES.noteLength),
    status: z.enum(ACTION_STATUSES, { error: ACTION_MESSAGES.status }),
    evidenceIds: idList(ACTION_MESSAGES.evidence),
  })
  .superRefine(
    (raw, ctx) => {
      const value = raw as unknown as Loose;
      if (
        value.status === "COMPLETE" &&
        Array.isArray(value.evidenceIds) &&
        value.evidenceIds.length === 0
      )
        ctx.addIssue({
          code: "custom",
          path: ["evidenceIds"],
          message: ACTION_MESSAGES.completeNeedsEvidence,
        });
    },
    { when: isObject },
  );
