import { z } from "zod";
import { isDateStamp, ukDateStamp } from "./london-time";
import { RATINGS, type RatingValue } from "./rating";
import { disagreement } from "./responses";

/**
 * Agreeing ratings, signing off a scrutiny, finalising a self-assessment and reopening: the pure
 * rules (no database types), shared by the actions, the data reads and the pages.
 */

export type ParticipantStatusValue = "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" | "SIGNED_OFF";

// ───────────────────────────── Spread of the scrutineers' ratings ─────────────────────────────

/** "agreed": every scrutineer gave the same rating; "differs": any spread; "strong": Red vs Green. */
export type Spread = "agreed" | "differs" | "strong";

export function ratingSpread(ratings: Array<RatingValue | null>): Spread {
  const level = disagreement(ratings);
  return level === "NONE" ? "agreed" : level === "STRONG" ? "strong" : "differs";
}

export const SPREAD_LABELS: Record<Spread, string> = {
  agreed: "Ratings agree",
  differs: "Ratings differ",
  strong: "Ratings differ strongly: Red and Green",
};

const CAUTION: Record<RatingValue, number> = { RED: 0, AMBER: 1, GREEN: 2, NOT_IN_SCOPE: 3 };

/**
 * A starting point for the lead, never a decision: the rating most scrutineers gave; on a tie the
 * more cautious one (Red before Amber before Green; "not in scope" last). Null when none rated.
 */
export function suggestedRating(ratings: Array<RatingValue | null>): RatingValue | null {
  const counts = new Map<RatingValue, number>();
  for (const rating of ratings) if (rating) counts.set(rating, (counts.get(rating) ?? 0) + 1);
  let best: RatingValue | null = null;
  for (const [rating, count] of counts) {
    const bestCount = best ? (counts.get(best) ?? 0) : 0;
    if (count > bestCount || (count === bestCount && best && CAUTION[rating] < CAUTION[best]))
      best = rating;
  }
  return best;
}

/**
 * The lead must explain an agreed rating when the scrutineers differ, or when it is not what a
 * scrutineer gave (which, when they all agree, means it departs from all of them).
 */
export function agreedReasonRequired(
  scrutineerRatings: Array<RatingValue | null>,
  agreed: RatingValue,
): boolean {
  return scrutineerRatings.some((rating) => rating !== agreed);
}

/** "2.3" → "Step 2 question 3"; a code in another form is shown as it is. */
export function questionLabel(code: string): string {
  const match = /^(\d+)\.(\d+)$/.exec(code.trim());
  return match ? `Step ${match[1]} question ${match[2]}` : `Question ${code}`;
}

/** The id of a question's block on the agreement page, so problems can link to it. */
export function questionAnchor(code: string): string {
  return `question-${code.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

// ───────────────────────────── Readiness ─────────────────────────────

/** One thing stopping sign-off or finalising: `key` is the id of the place to fix it on the page. */
export type ReadinessProblem = { key: string; message: string };

const done = (status: ParticipantStatusValue) => status === "SUBMITTED" || status === "SIGNED_OFF";

/** Scrutineers who have not submitted yet, in the order given. */
export function scrutineersStillToSubmit<
  T extends { name: string; status: ParticipantStatusValue },
>(scrutineers: T[]): T[] {
  return scrutineers.filter((scrutineer) => !done(scrutineer.status));
}

/**
 * What stops the lead signing off the scrutiny: every scrutineer must have submitted, and with
 * more than one scrutineer every question needs an agreed rating. With one scrutineer the agreed
 * ratings are theirs, copied at sign-off.
 */
export function scrutinySignOffProblems(input: {
  scrutineers: Array<{ participantId: string; name: string; status: ParticipantStatusValue }>;
  questions: Array<{ code: string; agreed: boolean }>;
}): ReadinessProblem[] {
  if (input.scrutineers.length === 0)
    return [{ key: "scrutineers", message: "No scrutineers are taking part in this assessment" }];
  const problems: ReadinessProblem[] = scrutineersStillToSubmit(input.scrutineers).map((s) => ({
    key: `scrutineer-${s.participantId}`,
    message: `${s.name} has not submitted their ratings`,
  }));
  if (input.scrutineers.length > 1) {
    for (const question of input.questions) {
      if (!question.agreed)
        problems.push({
          key: questionAnchor(question.code),
          message: `${questionLabel(question.code)} has no agreed rating`,
        });
    }
  }
  return problems;
}

/**
 * What stops a business manager finalising a self-assessment: every organisation taking part must
 * have submitted, and each statutory partner organisation taking part needs a recorded agreement.
 */
export function selfAssessmentFinaliseProblems(input: {
  organisations: Array<{
    organisationId: string;
    name: string;
    status: ParticipantStatusValue;
    isStatutoryPartner: boolean;
  }>;
  /** Organisations whose agreement is given (in the form, or already recorded). */
  agreedOrganisationIds: string[];
}): ReadinessProblem[] {
  if (input.organisations.length === 0)
    return [
      { key: "organisations", message: "No organisations are taking part in this assessment" },
    ];
  const agreed = new Set(input.agreedOrganisationIds);
  const problems: ReadinessProblem[] = input.organisations
    .filter((organisation) => !done(organisation.status))
    .map((organisation) => ({
      key: `organisation-${organisation.organisationId}`,
      message: `${organisation.name} has not submitted its answers`,
    }));
  for (const organisation of input.organisations) {
    if (organisation.isStatutoryPartner && !agreed.has(organisation.organisationId))
      problems.push({
        key: agreementField(organisation.organisationId, "name"),
        message: `Record who agreed the self-assessment for ${organisation.name}`,
      });
  }
  return problems;
}

/** Problems as an action's field errors: one message per place to fix. */
export function problemsAsFieldErrors(problems: ReadinessProblem[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const problem of problems) (errors[problem.key] ??= []).push(problem.message);
  return errors;
}

// ───────────────────────────── Inputs ─────────────────────────────

const partnershipId = z.uuid({ error: "That partnership does not exist" });
const assessmentId = z.uuid({ error: "That assessment does not exist" });

export const agreeRatingSchema = z.object({
  partnershipId,
  assessmentId,
  questionId: z.uuid({ error: "That question does not exist" }),
  rating: z.enum(RATINGS, { error: "Select the agreed rating" }),
  reason: z
    .string({ error: "Explain why you agreed this rating" })
    .trim()
    .max(5000, "The reason must be 5,000 characters or fewer")
    .default(""),
  // The agreed rating's version the lead edited; 0 when none had been agreed yet.
  version: z.coerce
    .number({ error: "Reload the page and try again" })
    .int("Reload the page and try again")
    .min(0, "Reload the page and try again")
    .max(2_147_483_647, "Reload the page and try again"),
});

export type AgreeRatingInput = z.infer<typeof agreeRatingSchema>;

export const AGREE_FIELD_LABELS = { rating: "Agreed rating", reason: "Reason" };

export const signOffScrutinySchema = z.object({
  partnershipId,
  assessmentId,
  confirm: z.literal("yes", {
    error: "Confirm that the agreed ratings are final and you are ready to sign off",
  }),
});

export const AGREEMENT_ROLES = [
  "LEAD_SAFEGUARDING_PARTNER",
  "DELEGATED_SAFEGUARDING_PARTNER",
] as const;
export type AgreementRole = (typeof AGREEMENT_ROLES)[number];

export const AGREEMENT_ROLE_LABELS: Record<AgreementRole, string> = {
  LEAD_SAFEGUARDING_PARTNER: "Lead safeguarding partner",
  DELEGATED_SAFEGUARDING_PARTNER: "Delegated safeguarding partner",
};

/** The form field of one organisation's agreement: "agreements.<organisationId>.name". */
export function agreementField(organisationId: string, field: "name" | "role" | "agreedOn") {
  return `agreements.${organisationId}.${field}`;
}

const agreedOn = z.string({ error: "Enter the date they agreed it" }).superRefine((value, ctx) => {
  const stamp = value.trim();
  if (stamp === "") ctx.addIssue({ code: "custom", message: "Enter the date they agreed it" });
  else if (!isDateStamp(stamp))
    ctx.addIssue({ code: "custom", message: "Enter a real date, for example 27 May 2026" });
  else if (stamp > ukDateStamp(new Date()))
    ctx.addIssue({
      code: "custom",
      message: "The date they agreed it must be today or in the past",
    });
});

const partnerAgreement = z.object({
  name: z
    .string({ error: "Enter the name of the person who agreed it" })
    .trim()
    .min(1, "Enter the name of the person who agreed it")
    .max(200, "The name must be 200 characters or fewer"),
  role: z.enum(AGREEMENT_ROLES, {
    error: "Select whether they are the lead or a delegated safeguarding partner",
  }),
  agreedOn: agreedOn.transform((value) => value.trim()),
});

/** Form posts name fields "agreements.<organisationId>.<field>"; gather them per organisation. */
function gatherAgreements(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || raw instanceof FormData) return raw;
  const flat = raw as Record<string, unknown>;
  const given = flat.agreements;
  // Maps, not objects: an id posted as "__proto__" must never reach Object.prototype.
  const agreements = new Map<string, unknown>(
    given && typeof given === "object" && !Array.isArray(given) ? Object.entries(given) : [],
  );
  const rest = new Map<string, unknown>();
  for (const [key, value] of Object.entries(flat)) {
    const match = /^agreements\.([^.]+)\.(name|role|agreedOn)$/.exec(key);
    if (match) {
      const [, id, field] = match as unknown as [string, string, string];
      const row = agreements.get(id);
      agreements.set(id, { ...(row && typeof row === "object" ? row : {}), [field]: value });
    } else if (key !== "agreements") rest.set(key, value);
  }
  return { ...Object.fromEntries(rest), agreements: Object.fromEntries(agreements) };
}

export const finaliseSelfAssessmentSchema = z.preprocess(
  gatherAgreements,
  z.object({
    partnershipId,
    assessmentId,
    agreements: z.record(
      z.uuid({ error: "That organisation is not taking part" }),
      partnerAgreement,
      { error: "That organisation is not taking part" },
    ),
  }),
);

export type FinaliseSelfAssessmentInput = z.infer<typeof finaliseSelfAssessmentSchema>;

export const reopenAssessmentSchema = z.object({
  partnershipId,
  assessmentId,
  reason: z
    .string({ error: "Enter a reason for reopening" })
    .trim()
    .min(1, "Enter a reason for reopening")
    .max(1000, "The reason must be 1,000 characters or fewer"),
});
