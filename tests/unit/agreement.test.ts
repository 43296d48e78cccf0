import { afterEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import {
  agreedReasonRequired,
  agreeRatingSchema,
  finaliseSelfAssessmentSchema,
  questionAnchor,
  questionLabel,
  ratingSpread,
  reopenAssessmentSchema,
  scrutinySignOffProblems,
  selfAssessmentFinaliseProblems,
  signOffScrutinySchema,
  suggestedRating,
} from "../../lib/domain/agreement";

/** The field errors a form would show, keyed by field name (as lib/actions/safe-action.ts does). */
function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues)
    (errors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return errors;
}

const P = "7b0c2f0e-3f0a-4a57-9f43-7a3c0cf0b1a1";
const A = "5d2f3c9e-1a4b-4c6d-8e7f-9a0b1c2d3e4f";
const Q = "0e1d2c3b-4a59-4687-9766-554433221100";
const ORG = "11111111-2222-4333-8444-555555555555";

afterEach(() => vi.useRealTimers());

describe("ratingSpread", () => {
  it("is agreed when every scrutineer gave the same rating", () => {
    expect(ratingSpread(["AMBER", "AMBER"])).toBe("agreed");
    expect(ratingSpread(["GREEN"])).toBe("agreed");
  });
  it("differs on any spread, and strongly when Red and Green are both present", () => {
    expect(ratingSpread(["AMBER", "GREEN"])).toBe("differs");
    expect(ratingSpread(["RED", "NOT_IN_SCOPE"])).toBe("differs");
    expect(ratingSpread(["RED", "AMBER", "GREEN"])).toBe("strong");
    expect(ratingSpread(["GREEN", "RED"])).toBe("strong");
  });
});

describe("suggestedRating", () => {
  it("suggests what most scrutineers gave", () => {
    expect(suggestedRating(["GREEN", "GREEN", "AMBER"])).toBe("GREEN");
  });
  it("breaks a tie towards the more cautious rating", () => {
    expect(suggestedRating(["GREEN", "AMBER"])).toBe("AMBER");
    expect(suggestedRating(["GREEN", "RED"])).toBe("RED");
    expect(suggestedRating(["NOT_IN_SCOPE", "GREEN"])).toBe("GREEN");
  });
  it("suggests nothing when nobody rated", () => {
    expect(suggestedRating([null, null])).toBeNull();
  });
});

describe("agreedReasonRequired", () => {
  it("is not required when the lead agrees what every scrutineer gave", () => {
    expect(agreedReasonRequired(["AMBER", "AMBER"], "AMBER")).toBe(false);
  });
  it("is required when the scrutineers differ", () => {
    expect(agreedReasonRequired(["AMBER", "GREEN"], "AMBER")).toBe(true);
  });
  it("is required when the agreed rating departs from the scrutineers'", () => {
    expect(agreedReasonRequired(["GREEN", "GREEN"], "AMBER")).toBe(true);
  });
});

describe("questionLabel and questionAnchor", () => {
  it("reads a code as a step and question a person can find", () => {
    expect(questionLabel("2.3")).toBe("Step 2 question 3");
    expect(questionLabel("A")).toBe("Question A");
    expect(questionAnchor("2.3")).toBe("question-2-3");
  });
});

describe("scrutinySignOffProblems", () => {
  const scrutineers = [
    { participantId: "p1", name: "Asha Lead", status: "SUBMITTED" as const },
    { participantId: "p2", name: "Ben Second", status: "IN_PROGRESS" as const },
  ];

  it("names scrutineers who have not submitted and questions without an agreed rating", () => {
    expect(
      scrutinySignOffProblems({
        scrutineers,
        questions: [
          { code: "1.1", agreed: true },
          { code: "2.3", agreed: false },
        ],
      }),
    ).toEqual([
      { key: "scrutineer-p2", message: "Ben Second has not submitted their ratings" },
      { key: "question-2-3", message: "Step 2 question 3 has no agreed rating" },
    ]);
  });

  it("needs no agreed ratings with one scrutineer: theirs are the agreed ones", () => {
    expect(
      scrutinySignOffProblems({
        scrutineers: [scrutineers[0]!],
        questions: [{ code: "2.3", agreed: false }],
      }),
    ).toEqual([]);
  });

  it("is ready when everyone submitted and everything is agreed", () => {
    expect(
      scrutinySignOffProblems({
        scrutineers: scrutineers.map((s) => ({ ...s, status: "SUBMITTED" as const })),
        questions: [{ code: "1.1", agreed: true }],
      }),
    ).toEqual([]);
  });

  it("refuses an assessment with no scrutineers", () => {
    expect(scrutinySignOffProblems({ scrutineers: [], questions: [] })).toHaveLength(1);
  });
});

describe("selfAssessmentFinaliseProblems", () => {
  const organisations = [
    {
      organisationId: "o1",
      name: "Police",
      status: "SUBMITTED" as const,
      isStatutoryPartner: true,
    },
    {
      organisationId: "o2",
      name: "Schools",
      status: "NOT_STARTED" as const,
      isStatutoryPartner: false,
    },
    {
      organisationId: "o3",
      name: "County Council",
      status: "SUBMITTED" as const,
      isStatutoryPartner: true,
    },
  ];
  it("names organisations not submitted and statutory partners without an agreement", () => {
    expect(
      selfAssessmentFinaliseProblems({ organisations, agreedOrganisationIds: ["o1"] }),
    ).toEqual([
      { key: "organisation-o2", message: "Schools has not submitted its answers" },
      {
        key: "agreements.o3.name",
        message: "Record who agreed the self-assessment for County Council",
      },
    ]);
  });
  it("is ready when all submitted and every statutory partner agreed", () => {
    expect(
      selfAssessmentFinaliseProblems({
        organisations: organisations.map((o) => ({ ...o, status: "SUBMITTED" as const })),
        agreedOrganisationIds: ["o1", "o3"],
      }),
    ).toEqual([]);
  });
});

describe("agreeRatingSchema", () => {
  it("asks for the agreed rating in words", () => {
    const result = agreeRatingSchema.safeParse({
      partnershipId: P,
      assessmentId: A,
      questionId: Q,
      version: "0",
    });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ rating: ["Select the agreed rating"] });
  });
  it("accepts a form post and limits the reason", () => {
    const ok = agreeRatingSchema.parse({
      partnershipId: P,
      assessmentId: A,
      questionId: Q,
      rating: "AMBER",
      reason: "  Most evidence is process only  ",
      version: "2",
    });
    expect(ok).toMatchObject({
      rating: "AMBER",
      reason: "Most evidence is process only",
      version: 2,
    });
    const long = agreeRatingSchema.safeParse({ ...ok, reason: "x".repeat(5001) });
    expect(fieldErrorsOf(long.error!)).toEqual({
      reason: ["The reason must be 5,000 characters or fewer"],
    });
  });
});

describe("signOffScrutinySchema", () => {
  it("needs the confirmation ticked", () => {
    const result = signOffScrutinySchema.safeParse({ partnershipId: P, assessmentId: A });
    expect(fieldErrorsOf(result.error!)).toEqual({
      confirm: ["Confirm that the agreed ratings are final and you are ready to sign off"],
    });
    expect(
      signOffScrutinySchema.safeParse({ partnershipId: P, assessmentId: A, confirm: "yes" })
        .success,
    ).toBe(true);
  });
});

describe("finaliseSelfAssessmentSchema", () => {
  it("gathers a form's agreement fields per organisation", () => {
    vi.useFakeTimers({ now: new Date("2026-06-10T12:00:00Z") });
    const parsed = finaliseSelfAssessmentSchema.parse({
      partnershipId: P,
      assessmentId: A,
      [`agreements.${ORG}.name`]: " Dana Delegate ",
      [`agreements.${ORG}.role`]: "DELEGATED_SAFEGUARDING_PARTNER",
      [`agreements.${ORG}.agreedOn`]: "2026-06-10",
    });
    expect(parsed.agreements).toEqual({
      [ORG]: {
        name: "Dana Delegate",
        role: "DELEGATED_SAFEGUARDING_PARTNER",
        agreedOn: "2026-06-10",
      },
    });
  });

  it("keys errors by the field's name so the summary links to it", () => {
    vi.useFakeTimers({ now: new Date("2026-06-10T12:00:00Z") });
    const result = finaliseSelfAssessmentSchema.safeParse({
      partnershipId: P,
      assessmentId: A,
      [`agreements.${ORG}.name`]: "",
      [`agreements.${ORG}.agreedOn`]: "2026-06-11",
    });
    expect(fieldErrorsOf(result.error!)).toEqual({
      [`agreements.${ORG}.name`]: ["Enter the name of the person who agreed it"],
      [`agreements.${ORG}.role`]: [
        "Select whether they are the lead or a delegated safeguarding partner",
      ],
      [`agreements.${ORG}.agreedOn`]: ["The date they agreed it must be today or in the past"],
    });
  });

  it("refuses an impossible date", () => {
    const result = finaliseSelfAssessmentSchema.safeParse({
      partnershipId: P,
      assessmentId: A,
      agreements: {
        [ORG]: { name: "A", role: "LEAD_SAFEGUARDING_PARTNER", agreedOn: "2026-02-31" },
      },
    });
    expect(fieldErrorsOf(result.error!)).toEqual({
      [`agreements.${ORG}.agreedOn`]: ["Enter a real date, for example 27 May 2026"],
    });
  });
});

describe("reopenAssessmentSchema", () => {
  it("needs a reason of at most 1,000 characters", () => {
    const blank = reopenAssessmentSchema.safeParse({
      partnershipId: P,
      assessmentId: A,
      reason: " ",
    });
    expect(fieldErrorsOf(blank.error!)).toEqual({ reason: ["Enter a reason for reopening"] });
    const long = reopenAssessmentSchema.safeParse({
      partnershipId: P,
      assessmentId: A,
      reason: "x".repeat(1001),
    });
    expect(fieldErrorsOf(long.error!)).toEqual({
      reason: ["The reason must be 1,000 characters or fewer"],
    });
  });
});
