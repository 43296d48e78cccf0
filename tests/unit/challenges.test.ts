import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  canRespondToChallenge,
  CHALLENGE_MESSAGES,
  CHALLENGE_TEXT_MAX,
  challengeCanBecomeAction,
  challengeStage,
  challengeSubjectLabel,
  challengeSubjectValue,
  parseChallengeSubject,
  raiseChallengeSchema,
  recordChallengeOutcomeSchema,
  respondToChallengeSchema,
} from "../../lib/domain/challenges";
import { auditActionLabel } from "../../lib/domain/audit-labels";

const partnershipId = "5f0c3a52-1111-4c2e-9a55-0d7a3c8f9e01";
const assessmentId = "6a1d4b63-2222-4d3f-8b66-1e8b4d9f0a12";
const questionId = "7b2e5c74-3333-4e4a-9c77-2f9c5eaf1b23";
const organisationId = "8c3f6d85-4444-4f5b-8d88-3a0d6fb02c34";

function errorsOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues)
    (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}

describe("parseChallengeSubject", () => {
  it("reads a question or a step from a select value, ids in lower case", () => {
    expect(parseChallengeSubject(`question:${questionId}`)).toEqual({
      kind: "question",
      id: questionId,
    });
    expect(parseChallengeSubject(` step:${questionId.toUpperCase()} `)).toEqual({
      kind: "step",
      id: questionId,
    });
    expect(parseChallengeSubject(challengeSubjectValue({ kind: "step", id: questionId }))).toEqual({
      kind: "step",
      id: questionId,
    });
  });

  it.each([
    [`assessment:${questionId}`],
    ["question:not-a-uuid"],
    [questionId],
    [`question:${questionId}:extra`],
    [""],
    [42],
    [null],
  ])("refuses %j", (value) => expect(parseChallengeSubject(value)).toBeNull());
});

describe("challengeStage", () => {
  it("awaits a response, then an outcome, then is closed", () => {
    expect(challengeStage({ partnerResponse: null, outcome: null })).toBe("AWAITING_RESPONSE");
    expect(challengeStage({ partnerResponse: "  ", outcome: null })).toBe("AWAITING_RESPONSE");
    expect(challengeStage({ partnerResponse: "Done", outcome: null })).toBe("AWAITING_OUTCOME");
    expect(challengeStage({ partnerResponse: "Done", outcome: "NOT_ACCEPTED" })).toBe("CLOSED");
  });

  it("names what was challenged", () => {
    expect(challengeSubjectLabel({ question: { code: "2.3" }, step: null })).toBe("Question 2.3");
    expect(challengeSubjectLabel({ question: null, step: { number: 2, title: "Learning" } })).toBe(
      "Step 2: Learning",
    );
  });
});

describe("the challenge schemas", () => {
  const raise = {
    partnershipId,
    assessmentId,
    about: `question:${questionId}`,
    responsibleOrganisationId: organisationId,
    text: "  Why Green?\r\n  ",
  };

  it("raising: the subject becomes a question or a step id, the text is trimmed", () => {
    expect(raiseChallengeSchema.parse(raise)).toEqual({
      partnershipId,
      assessmentId,
      questionId,
      stepId: null,
      responsibleOrganisationId: organisationId,
      text: "Why Green?",
    });
    expect(raiseChallengeSchema.parse({ ...raise, about: `step:${questionId}` })).toMatchObject({
      questionId: null,
      stepId: questionId,
    });
  });

  it("raising: every missing field has its own message", () => {
    expect(
      errorsOf(raiseChallengeSchema, {
        ...raise,
        about: "",
        responsibleOrganisationId: "",
        text: "x".repeat(CHALLENGE_TEXT_MAX + 1),
      }),
    ).toEqual({
      about: [CHALLENGE_MESSAGES.about],
      responsibleOrganisationId: [CHALLENGE_MESSAGES.organisation],
      text: [CHALLENGE_MESSAGES.textLength],
    });
  });

  it("responding and the outcome need the version loaded and the words", () => {
    const base = { partnershipId, assessmentId, challengeId: questionId };
    expect(errorsOf(respondToChallengeSchema, { ...base, version: "0", response: " " })).toEqual({
      version: [CHALLENGE_MESSAGES.version],
      response: [CHALLENGE_MESSAGES.response],
    });
    expect(
      errorsOf(recordChallengeOutcomeSchema, {
        ...base,
        version: 2,
        outcome: "MAYBE",
        outcomeNote: "",
      }),
    ).toEqual({
      outcome: [CHALLENGE_MESSAGES.outcome],
      outcomeNote: [CHALLENGE_MESSAGES.outcomeNote],
    });
  });
});

describe("canRespondToChallenge and challengeCanBecomeAction", () => {
  const challenge = { responsibleOrganisationId: "police" };
  it("the responsible organisation's agency respondent or the business manager", () => {
    expect(
      canRespondToChallenge({ role: "BUSINESS_MANAGER", organisationId: null }, challenge),
    ).toBe(true);
    expect(
      canRespondToChallenge({ role: "AGENCY_RESPONDENT", organisationId: "police" }, challenge),
    ).toBe(true);
    expect(
      canRespondToChallenge({ role: "AGENCY_RESPONDENT", organisationId: "council" }, challenge),
    ).toBe(false);
    expect(
      canRespondToChallenge({ role: "AGENCY_CONTRIBUTOR", organisationId: "police" }, challenge),
    ).toBe(false);
    expect(
      canRespondToChallenge(
        { role: "AGENCY_RESPONDENT", organisationId: null },
        { responsibleOrganisationId: null },
      ),
    ).toBe(false);
    expect(canRespondToChallenge({ role: "SCRUTINEER", organisationId: null }, challenge)).toBe(
      false,
    );
  });

  it("only an accepted or partly accepted challenge becomes an action", () => {
    expect(challengeCanBecomeAction("ACCEPTED")).toBe(true);
    expect(challengeCanBecomeAction("PARTLY_ACCEPTED")).toBe(true);
    expect(challengeCanBecomeAction("NOT_ACCEPTED")).toBe(false);
    expect(challengeCanBecomeAction(null)).toBe(false);
  });
});

describe("the audit events", () => {
  it.each(["challenge.raised", "challenge.responded", "challenge.outcome-recorded"])(
    "%s reads as a sentence in the access log",
    (key) => expect(auditActionLabel(key)).not.toBe(key),
  );
});
