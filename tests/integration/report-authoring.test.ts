import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAction } from "@/lib/actions/actions/create-action";
import { addAccuracyComment } from "@/lib/actions/report/add-accuracy-comment";
import { addDevelopmentArea } from "@/lib/actions/report/add-development-area";
import { closeAccuracyCheck } from "@/lib/actions/report/close-accuracy-check";
import { decideAccuracyComment } from "@/lib/actions/report/decide-accuracy-comment";
import { openAccuracyCheck } from "@/lib/actions/report/open-accuracy-check";
import { removeDevelopmentArea } from "@/lib/actions/report/remove-development-area";
import { saveManagementResponse } from "@/lib/actions/report/save-management-response";
import { saveReportSummary } from "@/lib/actions/report/save-report-summary";
import { saveStepNarrative } from "@/lib/actions/report/save-step-narrative";
import { updateDevelopmentArea } from "@/lib/actions/report/update-development-area";
import { addDays } from "@/lib/domain/actions";
import { ukDateStamp } from "@/lib/domain/london-time";
import { REPORT_MESSAGES } from "@/lib/domain/report-authoring";
import { seed } from "../../prisma/seed";
import { createMember, createPartnership, createScrutinyAssessment } from "../support/factories";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import { signInAs } from "./support/session";

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let database: TestDatabase;
beforeAll(async () => {
  database = await startTestApp();
  await seed(database.prisma, { demo: false });
});
afterAll(() => database.drop());

/** Calls a server action as a form would, with the signed-in person of the moment. */
const call = <T>(action: (previous: unknown, input: never) => Promise<T>, input: object) =>
  action(null, input as never);

/**
 * A scrutiny led by Asha with Ben as second scrutineer; Cara is a scrutineer of the partnership not
 * on it. The police (a statutory partner) and the Schools Alliance (a relevant agency) each have an
 * agency respondent.
 */
async function setUp() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const org = (kind: string) => partnership.organisations.find((o) => o.kind === kind)!;
  const [police, council, schools] = [org("POLICE"), org("LOCAL_AUTHORITY"), org("EDUCATION")];
  const lead = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Asha Lead" });
  const second = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Ben Second" });
  const bystander = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Cara" });
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER", {
    name: "Mo Manager",
  });
  const policeRespondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
    organisationId: police.id,
    name: "Pat Police",
  });
  const schoolsRespondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
    organisationId: schools.id,
  });
  const { assessment } = await createScrutinyAssessment(prisma, partnership.id, [
    lead.user.id,
    second.user.id,
  ]);
  const ids = { partnershipId: partnership.id, assessmentId: assessment.id };
  return {
    prisma,
    partnership,
    police,
    council,
    schools,
    lead,
    second,
    bystander,
    manager,
    policeRespondent,
    schoolsRespondent,
    assessment,
    ids,
  };
}

type World = Awaited<ReturnType<typeof setUp>>;

async function auditCount(world: World, action: string, entityId: string) {
  return world.prisma.auditEvent.count({
    where: { action, entityId, partnershipId: world.partnership.id },
  });
}

async function area(world: World, text = "Hear the voice of children") {
  return world.prisma.developmentArea.create({
    data: { assessmentId: world.assessment.id, position: 1, text },
  });
}

describe("the overall summary and areas for development", () => {
  it("a scrutineer of the assessment saves the strengths; a stale save is a conflict and loses nothing", async () => {
    const world = await setUp();
    await signInAs(world.lead.user.id);
    const saved = await call(saveReportSummary, { ...world.ids, strengths: "Clear", version: 1 });
    expect(saved).toEqual({ ok: true, data: { version: 2, changed: true } });

    await signInAs(world.second.user.id);
    const stale = await call(saveReportSummary, { ...world.ids, strengths: "Mine", version: 1 });
    expect(stale).toMatchObject({
      ok: false,
      message: REPORT_MESSAGES.summaryConflict,
      conflict: { strengths: "Clear", version: 2 },
    });

    await signInAs(world.bystander.user.id);
    const outsider = await call(saveReportSummary, { ...world.ids, strengths: "X", version: 2 });
    expect(outsider).toMatchObject({ ok: false, message: REPORT_MESSAGES.notScrutineer });

    const row = await world.prisma.assessment.findUniqueOrThrow({
      where: { id: world.ids.assessmentId },
    });
    expect(row).toMatchObject({ summaryStrengths: "Clear", summaryVersion: 2 });
    expect(await auditCount(world, "report.summary-saved", world.ids.assessmentId)).toBe(1);
  });

  it("areas are added in order and reworded; a stale rewording is a conflict", async () => {
    const world = await setUp();
    await signInAs(world.lead.user.id);
    const first = await call(addDevelopmentArea, { ...world.ids, text: "Listen to children" });
    const second = await call(addDevelopmentArea, { ...world.ids, text: "Audit referrals" });
    if (!first.ok || !second.ok) throw new Error("adding failed");
    const areaId = first.data.id;
    const rows = await world.prisma.developmentArea.findMany({
      where: { assessmentId: world.ids.assessmentId },
      orderBy: { position: "asc" },
    });
    expect(rows.map((r) => [r.position, r.text])).toEqual([
      [1, "Listen to children"],
      [2, "Audit referrals"],
    ]);

    const reworded = await call(updateDevelopmentArea, {
      ...world.ids,
      areaId,
      text: "Listen to and act on what children say",
      version: 1,
    });
    expect(reworded).toEqual({ ok: true, data: { version: 2, changed: true } });
    await signInAs(world.second.user.id);
    const stale = await call(updateDevelopmentArea, {
      ...world.ids,
      areaId,
      text: "Y",
      version: 1,
    });
    expect(stale).toMatchObject({
      ok: false,
      message: REPORT_MESSAGES.areaConflict,
      conflict: { text: "Listen to and act on what children say", version: 2 },
    });
    expect(await auditCount(world, "report.area-added", areaId)).toBe(1);
    expect(await auditCount(world, "report.area-updated", areaId)).toBe(1);
  });

  it("an area is removed only while nobody responded to it and no action was raised from it", async () => {
    const world = await setUp();
    const [free, responded, planned] = await Promise.all([
      area(world, "Free"),
      world.prisma.developmentArea.create({
        data: {
          assessmentId: world.assessment.id,
          position: 2,
          text: "Responded",
          managementResponse: "We agree",
        },
      }),
      world.prisma.developmentArea.create({
        data: { assessmentId: world.assessment.id, position: 3, text: "Planned" },
      }),
    ]);
    await signInAs(world.manager.user.id);
    const raised = await call(createAction, {
      partnershipId: world.partnership.id,
      description: "Train staff on the voice of the child",
      ownerOrganisationId: world.council.id,
      ownerKind: "OTHER",
      ownerName: "Pat Owner",
      ownerEmail: "pat@example.org",
      dueOn: addDays(ukDateStamp(new Date()), 30),
      priority: "HIGH",
      sourceType: "MANAGEMENT_RESPONSE",
      sourceDevelopmentAreaId: planned.id,
    });
    expect(raised).toMatchObject({ ok: true });
    const action = await world.prisma.action.findFirstOrThrow({
      where: { sourceDevelopmentAreaId: planned.id },
    });
    expect(action).toMatchObject({
      sourceType: "MANAGEMENT_RESPONSE",
      cycleId: world.assessment.cycleId,
    });

    await signInAs(world.lead.user.id);
    for (const blocked of [responded, planned]) {
      const result = await call(removeDevelopmentArea, {
        ...world.ids,
        areaId: blocked.id,
        version: 1,
      });
      expect(result).toMatchObject({ ok: false });
      expect(result.ok ? "" : result.message).toMatch(/cannot be removed/);
    }
    expect(
      await call(removeDevelopmentArea, { ...world.ids, areaId: free.id, version: 1 }),
    ).toEqual({ ok: true, data: { removed: true } });
    const left = await world.prisma.developmentArea.findMany({
      where: { assessmentId: world.ids.assessmentId },
      select: { id: true },
    });
    expect(left.map((a) => a.id).sort()).toEqual([responded.id, planned.id].sort());
    expect(await auditCount(world, "report.area-removed", free.id)).toBe(1);
  });
});

describe("step narratives", () => {
  it("the first save creates it at version 1; a second first save is a conflict showing the saved one", async () => {
    const world = await setUp();
    await signInAs(world.lead.user.id);
    const input = { ...world.ids, stepNumber: "3", text: "Partners learn from reviews" };
    expect(await call(saveStepNarrative, { ...input, version: 0 })).toEqual({
      ok: true,
      data: { version: 1, changed: true },
    });

    await signInAs(world.second.user.id);
    const stale = await call(saveStepNarrative, { ...input, text: "Mine", version: 0 });
    expect(stale).toMatchObject({
      ok: false,
      message: REPORT_MESSAGES.narrativeConflict,
      conflict: { text: "Partners learn from reviews", version: 1, updatedByName: "Asha Lead" },
    });
    expect(await call(saveStepNarrative, { ...input, text: "Ours", version: 1 })).toEqual({
      ok: true,
      data: { version: 2, changed: true },
    });
    const stored = await world.prisma.stepNarrative.findMany({
      where: { assessmentId: world.ids.assessmentId },
      include: { step: { select: { number: true } } },
    });
    expect(stored.map((n) => [n.step.number, n.text, n.version])).toEqual([[3, "Ours", 2]]);
    expect(stored[0]!.updatedById).toBe(world.second.user.id);
    const events = await world.prisma.auditEvent.findMany({
      where: { action: "report.narrative-saved", entityId: world.ids.assessmentId },
    });
    expect(events.map((e) => (e.metadata as { step: number }).step)).toEqual([3, 3]);
  });

  it("refuses a step not in the framework and a scrutineer not on the assessment", async () => {
    const world = await setUp();
    await signInAs(world.lead.user.id);
    const noStep = await call(saveStepNarrative, {
      ...world.ids,
      stepNumber: "9",
      text: "Text",
      version: 0,
    });
    expect(noStep).toMatchObject({
      ok: false,
      fieldErrors: { stepNumber: [REPORT_MESSAGES.step] },
    });
    await signInAs(world.bystander.user.id);
    const outsider = await call(saveStepNarrative, {
      ...world.ids,
      stepNumber: "1",
      text: "Text",
      version: 0,
    });
    expect(outsider).toMatchObject({ ok: false, message: REPORT_MESSAGES.notScrutineer });
    expect(
      await world.prisma.stepNarrative.count({ where: { assessmentId: world.ids.assessmentId } }),
    ).toBe(0);
  });
});

describe("the factual-accuracy check", () => {
  it("only the lead scrutineer opens and closes it; reopening clears the closing time", async () => {
    const world = await setUp();
    const checkOf = () =>
      world.prisma.assessment.findUniqueOrThrow({
        where: { id: world.ids.assessmentId },
        select: { accuracyCheckOpenedAt: true, accuracyCheckClosedAt: true },
      });
    await signInAs(world.second.user.id);
    expect(await call(openAccuracyCheck, world.ids)).toMatchObject({
      ok: false,
      message: REPORT_MESSAGES.notLead,
    });
    expect((await checkOf()).accuracyCheckOpenedAt).toBeNull();

    await signInAs(world.lead.user.id);
    expect(await call(openAccuracyCheck, world.ids)).toMatchObject({
      ok: true,
      data: { state: "OPEN" },
    });
    expect(await call(openAccuracyCheck, world.ids)).toMatchObject({
      ok: false,
      message: REPORT_MESSAGES.alreadyOpen,
    });
    await signInAs(world.second.user.id);
    expect(await call(closeAccuracyCheck, world.ids)).toMatchObject({
      ok: false,
      message: REPORT_MESSAGES.notLead,
    });
    expect((await checkOf()).accuracyCheckClosedAt).toBeNull();

    await signInAs(world.lead.user.id);
    expect(await call(closeAccuracyCheck, world.ids)).toMatchObject({
      ok: true,
      data: { state: "CLOSED" },
    });
    expect((await checkOf()).accuracyCheckClosedAt).not.toBeNull();
    expect(await call(closeAccuracyCheck, world.ids)).toMatchObject({
      ok: false,
      message: REPORT_MESSAGES.notOpen,
    });
    expect(await call(openAccuracyCheck, world.ids)).toMatchObject({ ok: true });
    const reopened = await checkOf();
    expect(reopened.accuracyCheckOpenedAt).not.toBeNull();
    expect(reopened.accuracyCheckClosedAt).toBeNull();
    expect(await auditCount(world, "report.accuracy-check-opened", world.ids.assessmentId)).toBe(2);
    expect(await auditCount(world, "report.accuracy-check-closed", world.ids.assessmentId)).toBe(1);
  });

  it("statutory partners comment per section only while it is open; others are refused", async () => {
    const world = await setUp();
    const comment = (input: object) =>
      call(addAccuracyComment, {
        ...world.ids,
        section: "step-2",
        text: "The date is 2025",
        ...input,
      });
    await signInAs(world.policeRespondent.user.id);
    expect(await comment({})).toMatchObject({ ok: false, message: REPORT_MESSAGES.checkNotOpen });

    await signInAs(world.lead.user.id);
    await call(openAccuracyCheck, world.ids);
    await signInAs(world.policeRespondent.user.id);
    const own = await comment({ organisationId: "" });
    expect(own).toMatchObject({ ok: true });
    expect(await comment({ organisationId: world.council.id })).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: [REPORT_MESSAGES.wrongOrganisation] },
    });
    expect(await comment({ section: "step-9" })).toMatchObject({
      ok: false,
      fieldErrors: { section: [REPORT_MESSAGES.section] },
    });

    await signInAs(world.schoolsRespondent.user.id);
    expect(await comment({})).toMatchObject({ ok: false, message: REPORT_MESSAGES.notCommenter });
    await signInAs(world.manager.user.id);
    expect(await comment({})).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: [REPORT_MESSAGES.organisation] },
    });
    expect(await comment({ organisationId: world.schools.id })).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: [REPORT_MESSAGES.organisation] },
    });
    expect(await comment({ organisationId: world.council.id, section: "summary" })).toMatchObject({
      ok: true,
    });
    await signInAs(world.lead.user.id);
    await call(closeAccuracyCheck, world.ids);
    await signInAs(world.manager.user.id);
    expect(await comment({ organisationId: world.council.id })).toMatchObject({
      ok: false,
      message: REPORT_MESSAGES.checkNotOpen,
    });

    const stored = await world.prisma.accuracyComment.findMany({
      where: { assessmentId: world.ids.assessmentId },
      orderBy: { createdAt: "asc" },
    });
    expect(stored.map((c) => [c.section, c.organisationId, c.authorId])).toEqual([
      ["step-2", world.police.id, world.policeRespondent.user.id],
      ["summary", world.council.id, world.manager.user.id],
    ]);
    const commentId = own.ok ? own.data.commentId : "";
    expect(await auditCount(world, "report.accuracy-comment-added", commentId)).toBe(1);
  });

  it("a scrutineer of the assessment decides; a decision made since the page loaded is a conflict", async () => {
    const world = await setUp();
    const comment = await world.prisma.accuracyComment.create({
      data: {
        assessmentId: world.ids.assessmentId,
        section: "summary",
        organisationId: world.police.id,
        text: "The date is wrong",
      },
    });
    const decide = (input: object) =>
      call(decideAccuracyComment, {
        ...world.ids,
        commentId: comment.id,
        decision: "CHANGED",
        note: "Corrected",
        decidedAt: "",
        ...input,
      });
    await signInAs(world.bystander.user.id);
    expect(await decide({})).toMatchObject({
      ok: false,
      message: REPORT_MESSAGES.notScrutineerDecide,
    });
    await signInAs(world.second.user.id);
    const first = await decide({});
    expect(first).toMatchObject({ ok: true, data: { changed: true } });

    await signInAs(world.lead.user.id);
    const stale = await decide({ decision: "NOT_CHANGED", note: "The date is right" });
    expect(stale).toMatchObject({
      ok: false,
      message: REPORT_MESSAGES.decisionConflict,
      conflict: { decision: "CHANGED", note: "Corrected", decidedByName: "Ben Second" },
    });
    const decidedAt = first.ok ? first.data.decidedAt : "";
    const second = await decide({ decision: "NOT_CHANGED", note: "The date is right", decidedAt });
    expect(second).toMatchObject({ ok: true, data: { changed: true } });
    const stored = await world.prisma.accuracyComment.findUniqueOrThrow({
      where: { id: comment.id },
    });
    expect(stored).toMatchObject({
      decision: "NOT_CHANGED",
      decisionNote: "The date is right",
      decidedById: world.lead.user.id,
    });
    expect(await auditCount(world, "report.accuracy-comment-decided", comment.id)).toBe(2);
  });
});

describe("management responses", () => {
  it("a statutory partner's respondent or the business manager responds; versions guard against loss", async () => {
    const world = await setUp();
    const { id: areaId } = await area(world);
    const respond = (response: string, version: number) =>
      call(saveManagementResponse, { ...world.ids, areaId, response, version });

    await signInAs(world.schoolsRespondent.user.id);
    expect(await respond("Schools view", 1)).toMatchObject({
      ok: false,
      message: REPORT_MESSAGES.notResponder,
    });
    await signInAs(world.policeRespondent.user.id);
    expect(await respond("We will audit this", 1)).toEqual({
      ok: true,
      data: { version: 2, changed: true },
    });
    await signInAs(world.manager.user.id);
    expect(await respond("The board's view", 1)).toMatchObject({
      ok: false,
      message: REPORT_MESSAGES.responseConflict,
      conflict: {
        managementResponse: "We will audit this",
        version: 2,
        respondedByName: "Pat Police",
      },
    });
    expect(await respond("The board's view", 2)).toMatchObject({ ok: true, data: { version: 3 } });
    const stored = await world.prisma.developmentArea.findUniqueOrThrow({ where: { id: areaId } });
    expect(stored).toMatchObject({
      managementResponse: "The board's view",
      respondedById: world.manager.user.id,
      version: 3,
    });
    expect(stored.respondedAt).not.toBeNull();
    expect(await auditCount(world, "report.management-response-saved", areaId)).toBe(2);
  });

  it("another partnership's area is not found, even through this partnership", async () => {
    const world = await setUp();
    const otherWorld = await setUp();
    const { id: foreignArea } = await area(otherWorld);
    await signInAs(world.manager.user.id);
    const result = await call(saveManagementResponse, {
      ...world.ids,
      assessmentId: otherWorld.ids.assessmentId,
      areaId: foreignArea,
      response: "Ours",
      version: 1,
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/does not exist/) });
    const stored = await world.prisma.developmentArea.findUniqueOrThrow({
      where: { id: foreignArea },
    });
    expect(stored.managementResponse).toBeNull();
  });
});
