import { z } from "zod";
import type { Role } from "@/lib/authz/permissions";
import { isUuid } from "@/lib/validation";

/** The challenge log's words (seed 001: scrutiny as a "constructive critical friend"). */
export const CHALLENGE_OUTCOMES = ["ACCEPTED", "PARTLY_ACCEPTED", "NOT_ACCEPTED"] as const;
export type ChallengeOutcomeValue = (typeof CHALLENGE_OUTCOMES)[number];

export const CHALLENGE_OUTCOME_LABELS: Record<ChallengeOutcomeValue, string> = {
  ACCEPTED: "Accepted",
  PARTLY_ACCEPTED: "Partly accepted",
  NOT_ACCEPTED: "Not accepted",
};

export type ChallengeStage = "AWAITING_RESPONSE" | "AWAITING_OUTCOME" | "CLOSED";

export const CHALLENGE_STAGE_LABELS: Record<ChallengeStage, string> = {
  AWAITING_RESPONSE: "Awaiting response",
  AWAITING_OUTCOME: "Awaiting outcome",
  CLOSED: "Closed",
};

/** Where a challenge is: raised → the partner responds → the scrutineer records the outcome. */
export function challengeStage(challenge: {
  partnerResponse: string | null;
  outcome: ChallengeOutcomeValue | null;
}): ChallengeStage {
  if (challenge.outcome) return "CLOSED";
  if (challenge.partnerResponse && challenge.partnerResponse.trim() !== "")
    return "AWAITING_OUTCOME";
  return "AWAITING_RESPONSE";
}

// ───────────────────────────── Forms and rules ─────────────────────────────
// Pure: schemas, messages and rules shared by the challenge log's actions, reads and forms.

export const CHALLENGE_TEXT_MAX = 5_000;

export const CHALLENGE_MESSAGES = {
  partnership: "That partnership does not exist",
  assessment: "That assessment does not exist",
  challenge: "That challenge does not exist",
  about: "Select the step or question the challenge is about",
  aboutNotInFramework:
    "Select a step or question from the list: that one is not part of this assessment's framework",
  organisation: "Select the organisation responsible for responding",
  organisationNotInPartnership:
    "Select an organisation from the list: that one is not part of this partnership",
  text: "Enter the challenge",
  textLength: "The challenge must be 5,000 characters or fewer",
  response: "Enter the response to the challenge",
  responseLength: "The response must be 5,000 characters or fewer",
  outcome: "Select whether the challenge was accepted, partly accepted or not accepted",
  outcomeNote: "Explain the outcome",
  outcomeNoteLength: "The explanation must be 5,000 characters or fewer",
  version: "This page is out of date: reload it and try again",
  notScrutiny: "Challenges can only be raised on an independent scrutiny.",
  notParticipantRaise:
    "Only a scrutineer taking part in this assessment can raise a challenge on it.",
  notParticipantOutcome:
    "Only a scrutineer taking part in this assessment can record the outcome of a challenge.",
  notResponsible:
    "Only the responsible organisation's agency respondent or the business manager can respond to this challenge.",
  noOrganisation:
    "This challenge does not name a responsible organisation, so only the business manager can respond to it.",
  alreadyClosed:
    "The outcome of this challenge has been recorded, so the response can no longer be changed.",
  awaitingResponse:
    "You can record the outcome once the responsible organisation has responded to the challenge.",
  conflict:
    "Someone else changed this challenge while you were working on it. Check what is stored now, then save yours again if you still want it.",
} as const;

export const CHALLENGE_FIELD_LABELS = {
  about: "What the challenge is about",
  responsibleOrganisationId: "Responsible organisation",
  text: "Challenge",
  response: "Response",
  outcome: "Outcome",
  outcomeNote: "Reason for the outcome",
} as const;

/** What a challenge is about: one question, or a whole step. */
export type ChallengeSubject = { kind: "question" | "step"; id: string };

/** A subject as one select value ("question:<id>" or "step:<id>"). */
export function challengeSubjectValue(subject: ChallengeSubject): string {
  return `${subject.kind}:${subject.id}`;
}

/** The subject of a select value, or null when it is not one. */
export function parseChallengeSubject(value: unknown): ChallengeSubject | null {
  if (typeof value !== "string") return null;
  const match = /^(question|step):([^:]+)$/.exec(value.trim());
  if (!match || !isUuid(match[2]!)) return null;
  return { kind: match[1] as ChallengeSubject["kind"], id: match[2]!.toLowerCase() };
}

/** "Question 2.3" or "Step 2: Learning from experience" — what was challenged, in words. */
export function challengeSubjectLabel(challenge: {
  question: { code: string } | null;
  step: { number: number; title?: string } | null;
}): string {
  if (challenge.question) return `Question ${challenge.question.code}`;
  if (challenge.step)
    return `Step ${challenge.step.number}${challenge.step.title ? `: ${challenge.step.title}` : ""}`;
  return "The assessment";
}

function normaliseLineBreaks(value: string): string {
  return value.replace(/\r\n?/g, "\n");
}

/** A required text, trimmed, 1 to 5,000 characters, with its own two messages. */
const requiredText = (missing: string, tooLong: string) =>
  z
    .string({ error: missing })
    .transform((value) => normaliseLineBreaks(value).trim())
    .pipe(z.string().min(1, { error: missing }).max(CHALLENGE_TEXT_MAX, { error: tooLong }));

/** The version of the challenge the person loaded: a whole number, 1 or more. */
const versionField = z.coerce
  .number({ error: CHALLENGE_MESSAGES.version })
  .int({ error: CHALLENGE_MESSAGES.version })
  .min(1, { error: CHALLENGE_MESSAGES.version })
  .max(2_147_483_647, { error: CHALLENGE_MESSAGES.version });

export type RaiseChallengeInput = {
  partnershipId: string;
  assessmentId: string;
  questionId: string | null;
  stepId: string | null;
  responsibleOrganisationId: string;
  text: string;
};

/** A scrutineer raises a challenge on a question or a step, naming the responsible organisation. */
export const raiseChallengeSchema = z
  .object({
    partnershipId: z.uuid({ error: CHALLENGE_MESSAGES.partnership }),
    assessmentId: z.uuid({ error: CHALLENGE_MESSAGES.assessment }),
    about: z.unknown().transform((value, ctx): ChallengeSubject => {
      const subject = parseChallengeSubject(value);
      if (subject) return subject;
      ctx.addIssue({ code: "custom", message: CHALLENGE_MESSAGES.about });
      return z.NEVER;
    }),
    responsibleOrganisationId: z.uuid({ error: CHALLENGE_MESSAGES.organisation }),
    text: requiredText(CHALLENGE_MESSAGES.text, CHALLENGE_MESSAGES.textLength),
  })
  .transform((value): RaiseChallengeInput => ({
    partnershipId: value.partnershipId,
    assessmentId: value.assessmentId,
    questionId: value.about.kind === "question" ? value.about.id : null,
    stepId: value.about.kind === "step" ? value.about.id : null,
    responsibleOrganisationId: value.responsibleOrganisationId.toLowerCase(),
    text: value.text,
  }));

/** The responsible partner's response; it can be changed until the outcome is recorded. */
export const respondToChallengeSchema = z.object({
  partnershipId: z.uuid({ error: CHALLENGE_MESSAGES.partnership }),
  assessmentId: z.uuid({ error: CHALLENGE_MESSAGES.assessment }),
  challengeId: z.uuid({ error: CHALLENGE_MESSAGES.challenge }),
  version: versionField,
  response: requiredText(CHALLENGE_MESSAGES.response, CHALLENGE_MESSAGES.responseLength),
});

export type RespondToChallengeInput = z.infer<typeof respondToChallengeSchema>;

/** A scrutineer's outcome, with the reason for it. */
export const recordChallengeOutcomeSchema = z.object({
  partnershipId: z.uuid({ error: CHALLENGE_MESSAGES.partnership }),
  assessmentId: z.uuid({ error: CHALLENGE_MESSAGES.assessment }),
  challengeId: z.uuid({ error: CHALLENGE_MESSAGES.challenge }),
  version: versionField,
  outcome: z.enum(CHALLENGE_OUTCOMES, { error: CHALLENGE_MESSAGES.outcome }),
  outcomeNote: requiredText(CHALLENGE_MESSAGES.outcomeNote, CHALLENGE_MESSAGES.outcomeNoteLength),
});

export type RecordChallengeOutcomeInput = z.infer<typeof recordChallengeOutcomeSchema>;

/**
 * Who may respond for the responsible organisation: the business manager (for any challenge), or
 * an agency respondent whose membership is that organisation's.
 */
export function canRespondToChallenge(
  member: { role: Role; organisationId: string | null },
  challenge: { responsibleOrganisationId: string | null },
): boolean {
  if (member.role === "BUSINESS_MANAGER") return true;
  return (
    member.role === "AGENCY_RESPONDENT" &&
    member.organisationId !== null &&
    member.organisationId === challenge.responsibleOrganisationId
  );
}

/** An accepted or partly accepted challenge can become an action on the improvement plan. */
export function challengeCanBecomeAction(outcome: ChallengeOutcomeValue | null): boolean {
  return outcome === "ACCEPTED" || outcome === "PARTLY_ACCEPTED";
}
