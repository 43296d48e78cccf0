import { z } from "zod";
import { ORGANISATION_KIND_LABELS } from "./arrangements";
import { gatherDateParts, parseDateParts } from "./date-parts";
import { ukDateStamp } from "./london-time";
import { emailSchema } from "./members";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";

/**
 * The returns manager of a wider-partner self-assessment: where each organisation's return stands,
 * the counts above the grid, and the add, deadline and sign-off forms. Pure.
 */

export type ParticipantStatusValue = "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" | "SIGNED_OFF";
export type ReturnState = ParticipantStatusValue | "OVERDUE";

export const RETURN_STATE_LABELS: Record<ReturnState, string> = {
  SIGNED_OFF: "Returned",
  SUBMITTED: "Submitted, awaiting sign-off",
  IN_PROGRESS: "In progress",
  NOT_STARTED: "Not started",
  OVERDUE: "Overdue",
};

/** The order of the counts above the grid (and the grid's sort order, most urgent last). */
export const RETURN_STATES: readonly ReturnState[] = [
  "SIGNED_OFF",
  "SUBMITTED",
  "IN_PROGRESS",
  "NOT_STARTED",
  "OVERDUE",
];

/**
 * A return counts as returned only once signed off by the organisation's senior person. Until then
 * it is overdue from the day after its deadline (London calendar days), whatever its progress.
 */
export function returnState(
  participant: { status: ParticipantStatusValue; dueOn: string | null },
  now: Date,
): ReturnState {
  if (participant.status === "SIGNED_OFF") return "SIGNED_OFF";
  if (participant.dueOn && participant.dueOn < ukDateStamp(now)) return "OVERDUE";
  return participant.status;
}

export type ReturnCounts = Record<ReturnState, number>;

export function returnCounts(states: readonly ReturnState[]): ReturnCounts {
  const counts = Object.fromEntries(RETURN_STATES.map((s) => [s, 0])) as ReturnCounts;
  for (const state of states) counts[state] += 1;
  return counts;
}

const COUNT_WORDS: Record<ReturnState, string> = {
  SIGNED_OFF: "returned",
  SUBMITTED: "submitted awaiting sign-off",
  IN_PROGRESS: "in progress",
  NOT_STARTED: "not started",
  OVERDUE: "overdue",
};

/** "12 returned, 3 submitted awaiting sign-off, 8 in progress, 5 not started, 2 overdue". */
export function returnCountsSentence(counts: ReturnCounts): string {
  return RETURN_STATES.map((state) => `${counts[state]} ${COUNT_WORDS[state]}`).join(", ");
}

// ───────────────────────────── Forms ─────────────────────────────

export const RETURN_TEXT_MAX = 200;

export const RETURN_MESSAGES = {
  assessment: "That assessment does not exist",
  notWiderPartner: "Returns are gathered only for a wider-partner self-assessment",
  finalised: "This self-assessment is finalised: its returns can no longer change",
  organisationId: "Select an organisation, or choose to add a new relevant agency",
  newName: "Enter the name of the new relevant agency",
  newNameLength: `The organisation's name must be ${RETURN_TEXT_MAX} characters or fewer`,
  newKind: "Select what kind of organisation it is",
  respondentName: "Enter the respondent's name",
  respondentNameLength: `The respondent's name must be ${RETURN_TEXT_MAX} characters or fewer`,
  alreadyTakingPart: (name: string) => `${name} is already taking part in this self-assessment`,
  nameTaken: (name: string) =>
    `The partnership already has an organisation called ‘${name}’: choose it from the list`,
  participant: "That organisation is not taking part in this self-assessment",
  signedOffName: "Enter the name of the senior person who signed off the return",
  signedOffNameLength: `The senior person's name must be ${RETURN_TEXT_MAX} characters or fewer`,
  signedOffRole: "Enter the senior person's role, for example Head teacher",
  signedOffRoleLength: `The senior person's role must be ${RETURN_TEXT_MAX} characters or fewer`,
  notSubmitted: "The answers must be submitted before the return is signed off",
  alreadySignedOff: "This return has already been signed off",
  notTheirOrganisation: "Only the organisation's own agency respondent can sign off its return",
} as const;

/** The organisation kinds a person may pick, in words. */
export const RETURN_KIND_CHOICES = (
  Object.keys(ORGANISATION_KIND_LABELS) as OrganisationKind[]
).map((kind) => ({ value: kind, label: ORGANISATION_KIND_LABELS[kind] }));

const text = (blank: string, long: string) =>
  z
    .string({ error: blank })
    .transform((value) => value.trim().replace(/\s+/g, " "))
    .pipe(z.string().min(1, blank).max(RETURN_TEXT_MAX, long));

/** A required real calendar date; `past` also refuses a date after today (UK time). */
export function dateField(name: string, past = false) {
  return z.unknown().transform((value, ctx): string => {
    const parsed = parseDateParts(value);
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (parsed.kind === "blank") return fail(`Enter the ${name}`);
    if (parsed.kind === "incomplete") return fail(`The ${name} must include a ${parsed.missing}`);
    if (parsed.kind === "invalid") return fail(`The ${name} must be a real date`);
    if (past && parsed.stamp > ukDateStamp(new Date()))
      return fail(`The ${name} must be today or in the past`);
    return parsed.stamp;
  });
}

const ids = {
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  assessmentId: z.uuid({ error: RETURN_MESSAGES.assessment }),
};
const participantId = z.uuid({ error: RETURN_MESSAGES.participant });

export const NEW_ORGANISATION = "new";

export const addReturnOrganisationSchema = z.preprocess(
  (raw) => gatherDateParts(raw, ["dueOn"]),
  z
    .object({
      ...ids,
      organisationId: z.union(
        [z.literal(NEW_ORGANISATION), z.uuid({ error: RETURN_MESSAGES.organisationId })],
        { error: RETURN_MESSAGES.organisationId },
      ),
      newName: z.string({ error: RETURN_MESSAGES.newName }).optional(),
      newKind: z.string({ error: RETURN_MESSAGES.newKind }).optional(),
      respondentName: text(RETURN_MESSAGES.respondentName, RETURN_MESSAGES.respondentNameLength),
      respondentEmail: emailSchema,
      dueOn: dateField("deadline"),
    })
    .transform((value, ctx) => {
      const { newName, newKind, ...rest } = value;
      if (value.organisationId !== NEW_ORGANISATION) return { ...rest, newOrganisation: null };
      const name = (newName ?? "").trim().replace(/\s+/g, " ");
      const kind = RETURN_KIND_CHOICES.find((choice) => choice.value === newKind)?.value;
      if (!name)
        ctx.addIssue({ code: "custom", path: ["newName"], message: RETURN_MESSAGES.newName });
      else if (name.length > RETURN_TEXT_MAX)
        ctx.addIssue({ code: "custom", path: ["newName"], message: RETURN_MESSAGES.newNameLength });
      if (!kind)
        ctx.addIssue({ code: "custom", path: ["newKind"], message: RETURN_MESSAGES.newKind });
      return { ...rest, newOrganisation: kind ? { name, kind } : null };
    }),
);
export type AddReturnOrganisationInput = z.infer<typeof addReturnOrganisationSchema>;

export const setReturnDeadlineSchema = z.preprocess(
  (raw) => gatherDateParts(raw, ["dueOn"]),
  z.object({ ...ids, participantId, dueOn: dateField("deadline") }),
);

export const signOffReturnSchema = z.preprocess(
  (raw) => gatherDateParts(raw, ["signedOffOn"]),
  z.object({
    ...ids,
    participantId,
    signedOffName: text(RETURN_MESSAGES.signedOffName, RETURN_MESSAGES.signedOffNameLength),
    signedOffRole: text(RETURN_MESSAGES.signedOffRole, RETURN_MESSAGES.signedOffRoleLength),
    signedOffOn: dateField("date it was signed off", true),
  }),
);

/** Where the grid lives. */
export const returnsPath = (partnershipId: string, assessmentId: string) =>
  `/partnerships/${partnershipId}/assessments/${assessmentId}/returns`;
