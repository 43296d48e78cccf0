import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  accuracyCheckState,
  addAccuracyCommentSchema,
  areaRemovalBlocker,
  commentOrganisation,
  decideAccuracyCommentSchema,
  isLeadScrutineerOf,
  isScrutineerOf,
  NARRATIVE_MAX,
  parseReportSection,
  parseStepNumber,
  partnersActorSpeaksFor,
  REPORT_AUDIT_ACTIONS,
  REPORT_MESSAGES,
  reportSectionLabel,
  saveManagementResponseSchema,
  saveReportSummarySchema,
  saveStepNarrativeSchema,
  type ReportActor,
} from "../../lib/domain/report-authoring";
import { auditActionLabel } from "../../lib/domain/audit-labels";

const partnershipId = "5f0c3a52-1111-4c2e-9a55-0d7a3c8f9e01";
const assessmentId = "6a1d4b63-2222-4d3f-8b66-1e8b4d9f0a12";
const areaId = "7b2e5c74-3333-4e4a-9c77-2f9c5eaf1b23";
const ids = { partnershipId, assessmentId };

function errorsOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues)
    (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}

const police = { id: "police", name: "Police", isStatutoryPartner: true };
const council = { id: "council", name: "County Council", isStatutoryPartner: true };
const schools = { id: "schools", name: "Schools Alliance", isStatutoryPartner: false };
const organisations = [council, police, schools];
const actor = (role: ReportActor["role"], organisationId: string | null = null): ReportActor => ({
  userId: "u1",
  role,
  organisationId,
});

describe("the form schemas", () => {
  it("trim text, turn CRLF into LF and give each missing or long field its own message", () => {
    const parsed = saveReportSummarySchema.parse({ ...ids, strengths: "  A\r\nB  ", version: "2" });
    expect(parsed).toEqual({ ...ids, strengths: "A\nB", version: 2 });
    expect(errorsOf(saveReportSummarySchema, { ...ids, strengths: "   ", version: 1 })).toEqual({
      strengths: [REPORT_MESSAGES.strengths],
    });
    expect(
      errorsOf(saveStepNarrativeSchema, {
        ...ids,
        stepNumber: "1",
        text: "x".repeat(NARRATIVE_MAX + 1),
        version: 0,
      }),
    ).toEqual({ text: [REPORT_MESSAGES.narrativeLength] });
    expect(
      errorsOf(saveManagementResponseSchema, { ...ids, areaId, response: "", version: "x" }),
    ).toEqual({ response: [REPORT_MESSAGES.response], version: [REPORT_MESSAGES.reload] });
  });

  it("a narrative may be created (version 0); an existing row's version is 1 or more", () => {
    const narrative = { ...ids, stepNumber: "3", text: "Good", version: "0" };
    expect(saveStepNarrativeSchema.parse(narrative)).toMatchObject({ stepNumber: 3, version: 0 });
    expect(errorsOf(saveStepNarrativeSchema, { ...narrative, stepNumber: "03" })).toEqual({
      stepNumber: [REPORT_MESSAGES.step],
    });
    expect(errorsOf(saveReportSummarySchema, { ...ids, strengths: "A", version: 0 })).toEqual({
      version: [REPORT_MESSAGES.reload],
    });
  });

  it("a comment names a section; a blank organisation is null, a wrong one asks to choose", () => {
    const comment = { ...ids, section: "step-2", organisationId: " ", text: "Wrong date" };
    expect(addAccuracyCommentSchema.parse(comment)).toMatchObject({ organisationId: null });
    expect(errorsOf(addAccuracyCommentSchema, { ...comment, section: "appendix" })).toEqual({
      section: [REPORT_MESSAGES.section],
    });
    expect(errorsOf(addAccuracyCommentSchema, { ...comment, organisationId: "police" })).toEqual({
      organisationId: [REPORT_MESSAGES.organisation],
    });
  });

  it("a decision needs a choice and a note; the decision seen is an ISO time or blank", () => {
    const decision = {
      ...ids,
      commentId: areaId,
      decision: "CHANGED",
      note: "Fixed",
      decidedAt: "",
    };
    expect(decideAccuracyCommentSchema.parse(decision)).toMatchObject({ decidedAt: null });
    expect(
      errorsOf(decideAccuracyCommentSchema, { ...decision, decision: "MAYBE", note: "" }),
    ).toEqual({ decision: [REPORT_MESSAGES.decision], note: [REPORT_MESSAGES.note] });
    expect(errorsOf(decideAccuracyCommentSchema, { ...decision, decidedAt: "yesterday" })).toEqual({
      decidedAt: [REPORT_MESSAGES.reload],
    });
  });
});

describe("parseStepNumber and report sections", () => {
  it.each([
    ["3", 3],
    [3, 3],
    ["12", 12],
    ["0", null],
    ["03", null],
    ["1.5", null],
    [1.5, null],
    ["x", null],
    [null, null],
    [100, null],
  ])("%j → %j", (raw, expected) => expect(parseStepNumber(raw)).toBe(expected));

  it("knows only the framework's steps, summary and ratings", () => {
    const steps = [
      { number: 1, title: "Leadership" },
      { number: 2, title: "Learning" },
    ];
    expect(parseReportSection("step-2", steps)).toBe("step-2");
    expect(parseReportSection("step-3", steps)).toBeNull();
    expect(parseReportSection("ratings", steps)).toBe("ratings");
    expect(reportSectionLabel("step-2", steps)).toBe("Step 2: Learning");
    expect(reportSectionLabel("summary", steps)).toBe("Overall summary");
  });
});

describe("who may write, comment and respond", () => {
  const participants = [
    { userId: "u1", isLead: false },
    { userId: "lead", isLead: true },
    { userId: null, isLead: false },
  ];
  it("a scrutineer of the assessment writes; only its lead opens and closes the check", () => {
    expect(isScrutineerOf(actor("SCRUTINEER"), participants)).toBe(true);
    expect(isLeadScrutineerOf(actor("SCRUTINEER"), participants)).toBe(false);
    expect(isLeadScrutineerOf({ ...actor("SCRUTINEER"), userId: "lead" }, participants)).toBe(true);
    expect(isScrutineerOf(actor("BUSINESS_MANAGER"), participants)).toBe(false);
    expect(isScrutineerOf({ ...actor("SCRUTINEER"), userId: "other" }, participants)).toBe(false);
  });

  it("partnersActorSpeaksFor: a manager for every statutory partner, a respondent for their own", () => {
    expect(partnersActorSpeaksFor(actor("BUSINESS_MANAGER"), organisations)).toEqual([
      council,
      police,
    ]);
    expect(partnersActorSpeaksFor(actor("AGENCY_RESPONDENT", "police"), organisations)).toEqual([
      police,
    ]);
    expect(partnersActorSpeaksFor(actor("AGENCY_RESPONDENT", "schools"), organisations)).toEqual(
      [],
    );
    expect(partnersActorSpeaksFor(actor("AGENCY_CONTRIBUTOR", "police"), organisations)).toEqual(
      [],
    );
    expect(partnersActorSpeaksFor(actor("SCRUTINEER"), organisations)).toEqual([]);
  });

  it("commentOrganisation: a respondent's own partner; a manager must choose a statutory one", () => {
    const respondent = actor("AGENCY_RESPONDENT", "police");
    expect(commentOrganisation(respondent, organisations, null)).toEqual({
      ok: true,
      organisationId: "police",
    });
    expect(commentOrganisation(respondent, organisations, "council")).toEqual({
      ok: false,
      message: REPORT_MESSAGES.wrongOrganisation,
      field: "organisationId",
    });
    expect(commentOrganisation(actor("AGENCY_RESPONDENT", "schools"), organisations, null)).toEqual(
      { ok: false, message: REPORT_MESSAGES.notCommenter },
    );
    const manager = actor("BUSINESS_MANAGER");
    expect(commentOrganisation(manager, organisations, null)).toMatchObject({
      ok: false,
      message: REPORT_MESSAGES.organisation,
    });
    expect(commentOrganisation(manager, organisations, "schools")).toMatchObject({ ok: false });
    expect(commentOrganisation(manager, organisations, "council")).toEqual({
      ok: true,
      organisationId: "council",
    });
  });
});

describe("accuracyCheckState and areaRemovalBlocker", () => {
  it("not opened, open, closed; opening again clears the closing time", () => {
    const at = new Date("2026-06-01T10:00:00Z");
    expect(accuracyCheckState({ accuracyCheckOpenedAt: null, accuracyCheckClosedAt: null })).toBe(
      "NOT_OPENED",
    );
    expect(accuracyCheckState({ accuracyCheckOpenedAt: at, accuracyCheckClosedAt: null })).toBe(
      "OPEN",
    );
    expect(
      accuracyCheckState({ accuracyCheckOpenedAt: at.toISOString(), accuracyCheckClosedAt: at }),
    ).toBe("CLOSED");
  });

  it("an area can go until someone responds or raises an action from it, and says which", () => {
    expect(areaRemovalBlocker({ managementResponse: null, actionCount: 0 })).toBeNull();
    expect(areaRemovalBlocker({ managementResponse: "   ", actionCount: 0 })).toBeNull();
    expect(areaRemovalBlocker({ managementResponse: "Agreed", actionCount: 0 })).toMatch(
      /recorded a management response to it\. Change its wording/,
    );
    expect(areaRemovalBlocker({ managementResponse: null, actionCount: 1 })).toMatch(
      /an action was raised from it/,
    );
    expect(areaRemovalBlocker({ managementResponse: "Agreed", actionCount: 3 })).toMatch(
      /management response to it and 3 actions were raised from it/,
    );
  });
});

describe("the audit events", () => {
  it.each(Object.values(REPORT_AUDIT_ACTIONS))(
    "%s reads as a sentence in the access log",
    (key) => {
      expect(auditActionLabel(key)).not.toBe(key);
      expect(auditActionLabel(key)).toMatch(/^[A-Z][^.]+$/);
    },
  );
});
