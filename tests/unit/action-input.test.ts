import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ACTION_MESSAGES,
  addProgressSchema,
  agencyOwnerProblem,
  changedDueDateProblem,
  changedFields,
  completedAtAfter,
  createActionSchema,
  editActionSchema,
  linkValue,
  parseLinkValue,
  questionAnchor,
  questionHref,
  safeReturnTo,
} from "../../lib/domain/action-input";
import { dateParts, formatDueDate } from "../../components/actions/format";

const partnershipId = "5f0c3a52-1111-4c2e-9a55-0d7a3c8f9e01";
const organisationId = "0b7e7f1c-2222-4a57-8f0e-6a3b2c1d0e9f";
const userId = "7d2f4c1e-3333-4b8a-9c0d-1e2f3a4b5c6d";
const assessmentId = "a1b2c3d4-4444-4e5f-8a9b-0c1d2e3f4a5b";
const questionId = "b2c3d4e5-5555-4f60-9b0c-1d2e3f4a5b6c";
const otherQuestionId = "c3d4e5f6-6666-4071-8c1d-2e3f4a5b6c7d";
const responseId = "d4e5f6a7-7777-4182-9d2e-3f4a5b6c7d8e";
const recommendationId = "e5f6a7b8-8888-4293-8e3f-4a5b6c7d8e9f";
const actionId = "f6a7b8c9-9999-43a4-9f40-5b6c7d8e9fa0";

const base = {
  partnershipId,
  description: "  Audit the multi-agency referral pathway  ",
  ownerOrganisationId: organisationId,
  ownerKind: "MEMBER",
  ownerUserId: userId,
  dueOn: "2099-03-31",
  priority: "HIGH",
  sourceType: "AUDIT_FINDING",
  sourceNote: "Referrals were not acknowledged within a day",
};

function errors(schema: typeof createActionSchema | typeof editActionSchema, input: unknown) {
  const result = (schema as typeof createActionSchema).safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

function progressErrors(input: unknown) {
  const result = addProgressSchema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

afterEach(() => vi.useRealTimers());

describe("createActionSchema", () => {
  it("takes an audit finding owned by a member, trimmed, with nothing linked", () => {
    expect(createActionSchema.parse(base)).toEqual({
      partnershipId,
      description: "Audit the multi-agency referral pathway",
      ownerOrganisationId: organisationId,
      ownerUserId: userId,
      ownerName: null,
      ownerEmail: null,
      dueOn: "2099-03-31",
      priority: "HIGH",
      sourceType: "AUDIT_FINDING",
      sourceResponseId: null,
      sourceRecommendationId: null,
      sourceNote: "Referrals were not acknowledged within a day",
      primaryLink: null,
      links: [],
    });
  });

  it("links the question it was raised from first, then the other questions ticked, once each", () => {
    const parsed = createActionSchema.parse({
      ...base,
      sourceType: "RESPONSE",
      sourceNote: "ignored for a response",
      sourceResponseId: responseId,
      assessmentId,
      questionId,
      links: [
        linkValue({ assessmentId, questionId: otherQuestionId }),
        linkValue({ assessmentId, questionId }),
      ],
    });
    expect(parsed).toMatchObject({
      sourceType: "RESPONSE",
      sourceResponseId: responseId,
      sourceNote: null,
      primaryLink: { assessmentId, questionId },
      links: [
        { assessmentId, questionId },
        { assessmentId, questionId: otherQuestionId },
      ],
    });
  });

  it("takes a single ticked link as well as several", () => {
    const parsed = createActionSchema.parse({
      ...base,
      links: linkValue({ assessmentId, questionId }),
    });
    expect(parsed.links).toEqual([{ assessmentId, questionId }]);
  });

  it("takes a recommendation as the source", () => {
    expect(
      createActionSchema.parse({
        ...base,
        sourceType: "CASE_REVIEW_RECOMMENDATION",
        sourceRecommendationId: recommendationId,
      }),
    ).toMatchObject({ sourceRecommendationId: recommendationId, sourceNote: null });
  });

  it("lists every problem at once, in plain sentences", () => {
    expect(errors(createActionSchema, { partnershipId })).toEqual({
      description: [ACTION_MESSAGES.description],
      ownerOrganisationId: ["Select the organisation that owns the action"],
      ownerKind: [
        "Select whether the owner is a member of the partnership or someone without an account",
      ],
      dueOn: ["Enter the due date"],
      priority: ["Select a priority"],
      sourceType: ["Select where the action comes from"],
    });
  });

  it("needs the finding or reason for an audit, inspection or other source", () => {
    for (const sourceType of ["AUDIT_FINDING", "INSPECTION_FINDING", "OTHER"]) {
      expect(errors(createActionSchema, { ...base, sourceType, sourceNote: "  " })).toEqual({
        sourceNote: ["Enter the finding or reason for the action"],
      });
    }
    expect(errors(createActionSchema, { ...base, sourceNote: "x".repeat(2001) })).toEqual({
      sourceNote: ["The finding or reason must be 2,000 characters or fewer"],
    });
  });

  it("needs the answer and its question for a response, the recommendation for one, and the challenge for one", () => {
    expect(
      errors(createActionSchema, { ...base, sourceType: "RESPONSE", sourceResponseId: responseId }),
    ).toEqual({ sourceType: [ACTION_MESSAGES.sourceResponse] });
    expect(
      errors(createActionSchema, { ...base, sourceType: "CASE_REVIEW_RECOMMENDATION" }),
    ).toEqual({ sourceType: [ACTION_MESSAGES.sourceRecommendation] });
    expect(errors(createActionSchema, { ...base, sourceType: "CHALLENGE" })).toEqual({
      sourceType: [ACTION_MESSAGES.sourceChallenge],
    });
  });

  it("refuses links that are not a question of the list", () => {
    expect(errors(createActionSchema, { ...base, links: ["not-a-link"] })).toEqual({
      links: ["Choose questions from the list"],
    });
    expect(errors(createActionSchema, { ...base, assessmentId })).toEqual({
      links: ["Choose questions from the list"],
    });
  });

  it("limits the description to 2,000 characters", () => {
    expect(errors(createActionSchema, { ...base, description: "x".repeat(2001) })).toEqual({
      description: ["The description must be 2,000 characters or fewer"],
    });
    expect(
      createActionSchema.parse({ ...base, description: "x".repeat(2000) }).description,
    ).toHaveLength(2000);
  });

  describe("the named owner", () => {
    it("is a member, chosen from the list", () => {
      expect(errors(createActionSchema, { ...base, ownerUserId: "" })).toEqual({
        ownerUserId: ["Select the member who owns the action"],
      });
      expect(errors(createActionSchema, { ...base, ownerUserId: "someone" })).toEqual({
        ownerUserId: ["Select the member who owns the action"],
      });
    });

    it("or someone without an account, with both a name and an email address", () => {
      const other = { ...base, ownerKind: "OTHER", ownerUserId: userId };
      expect(errors(createActionSchema, other)).toEqual({
        ownerName: ["Enter the name of the person who owns the action"],
        ownerEmail: ["Enter the email address of the person who owns the action"],
      });
      expect(
        errors(createActionSchema, {
          ...other,
          ownerName: "Sam Lee",
          ownerEmail: "sam.example.org",
        }),
      ).toEqual({
        ownerEmail: ["Enter an email address in the correct format, like name@example.org"],
      });
      expect(
        errors(createActionSchema, { ...other, ownerName: "x".repeat(201), ownerEmail: "a@b.org" }),
      ).toEqual({ ownerName: ["The name must be 200 characters or fewer"] });
      // The member chosen before switching is not kept.
      expect(
        createActionSchema.parse({
          ...other,
          ownerName: " Sam Lee ",
          ownerEmail: " Sam@Example.org ",
        }),
      ).toMatchObject({ ownerUserId: null, ownerName: "Sam Lee", ownerEmail: "sam@example.org" });
    });
  });

  describe("the due date", () => {
    it("takes the GOV.UK day, month and year fields as one date", () => {
      const { dueOn: _omit, ...rest } = base;
      const parsed = createActionSchema.parse({
        ...rest,
        "dueOn-day": "7",
        "dueOn-month": "4",
        "dueOn-year": "2099",
      });
      expect(parsed.dueOn).toBe("2099-04-07");
    });

    it("must be a real date, with every part", () => {
      const { dueOn: _omit, ...rest } = base;
      const parts = (day: string, month: string, year: string) =>
        errors(createActionSchema, {
          ...rest,
          "dueOn-day": day,
          "dueOn-month": month,
          "dueOn-year": year,
        }).dueOn;
      expect(parts("", "", "")).toEqual(["Enter the due date"]);
      expect(parts("31", "", "")).toEqual(["The due date must include a month and year"]);
      expect(parts("31", "3", "")).toEqual(["The due date must include a year"]);
      expect(parts("30", "2", "2099")).toEqual(["The due date must be a real date"]);
      expect(parts("1", "Jan", "2099")).toEqual(["The due date must be a real date"]);
      expect(parts("1", "1", "99")).toEqual(["The due date must be a real date"]);
      expect(errors(createActionSchema, { ...base, dueOn: "2099-02-29" }).dueOn).toEqual([
        "The due date must be a real date",
      ]);
    });

    it("must be today or later in UK time (BST)", () => {
      // 00:30 on 1 July in London (BST), still 30 June in UTC.
      vi.useFakeTimers({ now: new Date("2026-06-30T23:30:00Z"), toFake: ["Date"] });
      expect(createActionSchema.parse({ ...base, dueOn: "2026-07-01" }).dueOn).toBe("2026-07-01");
      expect(errors(createActionSchema, { ...base, dueOn: "2026-06-30" }).dueOn).toEqual([
        "The due date must be today or in the future",
      ]);
    });

    it("must be today or later in UK time (GMT)", () => {
      // 23:30 on 31 December in London (GMT) is the same day in UTC.
      vi.useFakeTimers({ now: new Date("2026-12-31T23:30:00Z"), toFake: ["Date"] });
      expect(createActionSchema.parse({ ...base, dueOn: "2026-12-31" }).dueOn).toBe("2026-12-31");
      expect(errors(createActionSchema, { ...base, dueOn: "2026-12-30" }).dueOn).toEqual([
        "The due date must be today or in the future",
      ]);
    });
  });
});

describe("editActionSchema", () => {
  const edit = { ...base, actionId, version: "3" };

  it("takes the fields without a source, and a date in the past (checked against the stored one)", () => {
    const parsed = editActionSchema.parse({ ...edit, dueOn: "2020-01-31" });
    expect(parsed).toEqual({
      partnershipId,
      actionId,
      version: 3,
      description: "Audit the multi-agency referral pathway",
      ownerOrganisationId: organisationId,
      ownerUserId: userId,
      ownerName: null,
      ownerEmail: null,
      dueOn: "2020-01-31",
      priority: "HIGH",
      links: [],
      shownLinks: [],
    });
  });

  it("reads the links the form showed, so only those can be unlinked", () => {
    const shown = linkValue({ assessmentId, questionId });
    expect(
      editActionSchema.parse({ ...edit, links: [], shownLinks: shown.toUpperCase() }),
    ).toMatchObject({ links: [], shownLinks: [{ assessmentId, questionId }] });
  });

  it("says in plain words when the form is out of date or the ids are not real", () => {
    const outOfDate = ["This form is out of date: reload the page and try again"];
    for (const version of [undefined, "", "two", "0", "-1", "1.5", "99999999999"])
      expect(errors(editActionSchema, { ...edit, version }), String(version)).toEqual({
        version: outOfDate,
      });
    expect(errors(editActionSchema, { ...edit, actionId: "nope", partnershipId: "" })).toEqual({
      actionId: ["That action does not exist"],
      partnershipId: ["That partnership does not exist"],
    });
    expect(errors(createActionSchema, { ...base, partnershipId: undefined })).toEqual({
      partnershipId: ["That partnership does not exist"],
    });
  });

  it("has the same owner rules", () => {
    expect(errors(editActionSchema, { ...edit, ownerKind: "OTHER", ownerName: "Sam" })).toEqual({
      ownerEmail: ["Enter the email address of the person who owns the action"],
    });
  });
});

describe("changedDueDateProblem", () => {
  it("lets an overdue action keep its date, but a new date must not be in the past", () => {
    expect(changedDueDateProblem("2026-01-31", "2026-01-31", "2026-05-01")).toBeNull();
    expect(changedDueDateProblem("2026-01-31", "2026-05-01", "2026-05-01")).toBeNull();
    expect(changedDueDateProblem("2026-01-31", "2026-02-28", "2026-05-01")).toBe(
      "The due date must be today or in the future",
    );
  });
});

describe("addProgressSchema", () => {
  const evidenceId = "0a1b2c3d-aaaa-4b5c-8d6e-7f8091a2b3c4";
  const progress = {
    partnershipId,
    actionId,
    version: "2",
    note: " Pathway audited in two localities ",
    status: "ON_TRACK",
  };

  it("takes a note and a status, with no evidence", () => {
    expect(addProgressSchema.parse(progress)).toEqual({
      partnershipId,
      actionId,
      version: 2,
      note: "Pathway audited in two localities",
      status: "ON_TRACK",
      evidenceIds: [],
    });
  });

  it("says in plain words when the form is out of date or the ids are not real", () => {
    expect(
      progressErrors({ ...progress, version: "abc", actionId: undefined, partnershipId: 7 }),
    ).toEqual({
      version: ["This form is out of date: reload the page and try again"],
      actionId: ["That action does not exist"],
      partnershipId: ["That partnership does not exist"],
    });
  });

  it("needs a note and a status", () => {
    expect(progressErrors({ ...progress, note: " ", status: undefined })).toEqual({
      note: ["Enter a progress update"],
      status: ["Select the status of the action"],
    });
    expect(progressErrors({ ...progress, note: "x".repeat(2001) })).toEqual({
      note: ["The progress update must be 2,000 characters or fewer"],
    });
  });

  it("needs evidence of completion to mark the action complete", () => {
    expect(progressErrors({ ...progress, status: "COMPLETE" })).toEqual({
      evidenceIds: ["Choose at least one piece of evidence that shows the action is complete"],
    });
    expect(
      addProgressSchema.parse({ ...progress, status: "COMPLETE", evidenceIds: evidenceId }),
    ).toMatchObject({ status: "COMPLETE", evidenceIds: [evidenceId] });
    expect(progressErrors({ ...progress, evidenceIds: ["nope"] })).toEqual({
      evidenceIds: ["Choose evidence from the list"],
    });
  });
});

describe("completedAtAfter", () => {
  const then = new Date("2026-05-01T10:00:00Z");
  const now = new Date("2026-06-01T10:00:00Z");
  it("is set on completion, kept while complete and cleared when reopened", () => {
    expect(completedAtAfter({ status: "ON_TRACK", completedAt: null }, "COMPLETE", now)).toBe(now);
    expect(completedAtAfter({ status: "COMPLETE", completedAt: then }, "COMPLETE", now)).toBe(then);
    expect(completedAtAfter({ status: "COMPLETE", completedAt: then }, "AT_RISK", now)).toBeNull();
  });
});

describe("changedFields", () => {
  it("keeps only what changed", () => {
    expect(
      changedFields(
        { description: "a", dueOn: "2026-01-01", links: ["x"] },
        { description: "a", dueOn: "2026-02-01", links: ["x", "y"] },
      ),
    ).toEqual({
      before: { dueOn: "2026-01-01", links: ["x"] },
      after: { dueOn: "2026-02-01", links: ["x", "y"] },
    });
  });
});

describe("safeReturnTo", () => {
  it("keeps a path inside this partnership", () => {
    const path = `/partnerships/${partnershipId}/assessments/${assessmentId}/steps/2?for=x#q2-1-title`;
    expect(safeReturnTo(partnershipId, path)).toBe(path);
  });

  it.each([
    ["https://evil.example.org/partnerships/"],
    ["//evil.example.org"],
    [`/partnerships/${partnershipId}`],
    [`/partnerships/${organisationId}/actions`],
    [`/partnerships/${partnershipId}/../${organisationId}/actions`],
    [`/partnerships/${partnershipId}/%2e%2e/${organisationId}/actions`],
    [`/partnerships/${partnershipId}//evil.example.org`],
    [`/partnerships/${partnershipId}/\\evil`],
    [`/partnerships/${partnershipId}/a b`],
    ["javascript:alert(1)"],
    [""],
    [undefined],
    [["/partnerships/"]],
  ])("ignores %j", (value) => {
    expect(safeReturnTo(partnershipId, value)).toBeNull();
  });
});

describe("links and anchors", () => {
  it("round-trips a link through its checkbox value", () => {
    expect(parseLinkValue(linkValue({ assessmentId, questionId }))).toEqual({
      assessmentId,
      questionId,
    });
    expect(parseLinkValue(`${assessmentId}:nope`)).toBeNull();
    expect(parseLinkValue(`${assessmentId}:${questionId}:${questionId}`)).toBeNull();
  });

  it("points at the question's heading on its step page", () => {
    expect(questionAnchor("3.2")).toBe("q3-2-title");
    expect(questionHref(partnershipId, assessmentId, 3, "3.2")).toBe(
      `/partnerships/${partnershipId}/assessments/${assessmentId}/steps/3#q3-2-title`,
    );
  });
});

describe("formatDueDate", () => {
  it("shows a calendar date the same wherever the server runs", () => {
    expect(formatDueDate("2027-03-31")).toBe("31 Mar 2027");
    expect(formatDueDate("2026-09-01")).toBe("1 Sep 2026");
    expect(dateParts("2027-03-05")).toEqual({ day: "5", month: "3", year: "2027" });
  });
});

describe("agencyOwnerProblem", () => {
  const schools = { id: organisationId, name: "Schools Alliance" };
  const police = "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a";

  it("lets an agency member own their own organisation's action, and anyone else any action", () => {
    expect(
      agencyOwnerProblem(
        { name: "Riley", role: "AGENCY_RESPONDENT", organisationId: schools.id },
        schools,
      ),
    ).toBeNull();
    expect(
      agencyOwnerProblem(
        {
          name: "Bea",
          role: "BUSINESS_MANAGER",
          organisationId: police,
          organisationName: "Police",
        },
        schools,
      ),
    ).toBeNull();
    expect(
      agencyOwnerProblem({ name: "Sol", role: "SCRUTINEER", organisationId: null }, schools),
    ).toBeNull();
  });

  it("names the member's organisation and the owning one when they differ", () => {
    expect(
      agencyOwnerProblem(
        {
          name: "Pip Police",
          role: "AGENCY_CONTRIBUTOR",
          organisationId: police,
          organisationName: "Police",
        },
        schools,
      ),
    ).toBe(
      "Pip Police belongs to Police: choose someone from Schools Alliance or someone without an account",
    );
    expect(
      agencyOwnerProblem({ name: " ", role: "AGENCY_RESPONDENT", organisationId: null }, schools),
    ).toBe(
      "This member is not linked to an organisation: choose someone from Schools Alliance or someone without an account",
    );
  });
});
