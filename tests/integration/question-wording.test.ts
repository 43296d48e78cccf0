import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { removeQuestionWording } from "@/lib/actions/wording/remove-question-wording";
import { saveQuestionWording } from "@/lib/actions/wording/save-question-wording";
import { getStepForResponding } from "@/lib/data/assessment-work";
import { getWordingPage } from "@/lib/data/question-wording";
import { WORDING_MESSAGES } from "@/lib/domain/question-wording";
import { createMember, createSelfAssessment } from "../support/factories";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import { signInAs } from "./support/session";
import { createWorld, type World } from "./support/world";

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let database: TestDatabase;
let world: World;
let first: { lineageKey: string; text: string };
let second: { lineageKey: string; text: string };
beforeAll(async () => {
  database = await startTestApp();
  world = await createWorld(database.prisma);
  const questions = await database.prisma.frameworkQuestion.findMany({
    where: { version: { framework: { isOriginal: true } }, step: { number: 1 } },
    orderBy: { position: "asc" },
    select: { lineageKey: true, text: true },
  });
  [first, second] = questions as [typeof first, typeof second];
});
afterAll(() => database.drop());

const SCHOOL_WORDING =
  "Does your school know how to raise a concern with the safeguarding partners?";
const manager = () => world.members.BUSINESS_MANAGER.id;
const save = (lineageKey: string, text: string, version: number) =>
  saveQuestionWording(null, { partnershipId: world.partnership.id, lineageKey, text, version });

describe("wording for relevant agencies", () => {
  it("is shown to a wider-partner respondent with the original alongside; other assessments and partnerships keep the original", async () => {
    await signInAs(manager());
    expect(await save(first.lineageKey, SCHOOL_WORDING, 0)).toMatchObject({
      ok: true,
      data: { version: 1, changed: true },
    });

    const wider = await createSelfAssessment(
      database.prisma,
      world.partnership.id,
      [world.agencyId],
      "WIDER_PARTNER_SELF_ASSESSMENT",
    );
    await signInAs(world.members.AGENCY_RESPONDENT.id);
    const step = await getStepForResponding(world.partnership.id, wider.assessment.id, 1);
    const [shown, plain] = step.questions;
    expect(shown?.widerPartner).toEqual({
      text: SCHOOL_WORDING,
      originalLabel: "Original wording (Pearce 2019)",
    });
    // The original stays the question's text, so anything mapping back to the question keeps it.
    expect(shown?.text).toBe(first.text);
    expect(plain?.widerPartner).toBeNull();

    const core = await createSelfAssessment(database.prisma, world.partnership.id, [
      world.agencyId,
    ]);
    const coreStep = await getStepForResponding(world.partnership.id, core.assessment.id, 1);
    expect(coreStep.questions[0]?.widerPartner).toBeNull();

    // Partnership B's relevant agencies never see partnership A's wording.
    const otherAgency = world.other.organisations.find((o) => o.kind === "EDUCATION")!.id;
    const respondentB = await createMember(database.prisma, world.other.id, "AGENCY_RESPONDENT", {
      organisationId: otherAgency,
    });
    const widerB = await createSelfAssessment(
      database.prisma,
      world.other.id,
      [otherAgency],
      "WIDER_PARTNER_SELF_ASSESSMENT",
    );
    await signInAs(respondentB.user.id);
    const stepB = await getStepForResponding(world.other.id, widerB.assessment.id, 1);
    expect(stepB.questions[0]?.text).toBe(first.text);
    expect(stepB.questions[0]?.widerPartner).toBeNull();
  });

  it("is listed on the wording page, versioned, and refuses a stale save with what is saved now", async () => {
    await signInAs(manager());
    await save(second.lineageKey, "Version one for agencies", 0);
    expect(await save(second.lineageKey, "Version two for agencies", 1)).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    const stale = await save(second.lineageKey, "Someone's older edit", 1);
    expect(stale).toMatchObject({
      ok: false,
      message: WORDING_MESSAGES.conflict,
      conflict: { text: "Version two for agencies", version: 2 },
    });

    const page = await getWordingPage(world.partnership.id);
    const listed = page.steps[0]?.questions.find((q) => q.lineageKey === second.lineageKey);
    expect(listed).toMatchObject({
      text: second.text,
      wording: { text: "Version two for agencies", version: 2 },
    });
    expect(page.steps).toHaveLength(6);
    expect(page.steps.flatMap((s) => s.questions)).toHaveLength(24);

    const audit = await database.prisma.auditEvent.findMany({
      where: { action: "question-wording.saved", entityId: second.lineageKey },
      orderBy: { at: "asc" },
      select: { before: true, after: true, actorUserId: true },
    });
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({
      before: { text: "Version one for agencies" },
      after: { text: "Version two for agencies" },
      actorUserId: manager(),
    });
  });

  it("refuses wording that is just the original, or empty", async () => {
    await signInAs(manager());
    const same = await save(first.lineageKey, `  ${first.text.toUpperCase()} `, 1);
    expect(same).toMatchObject({
      ok: false,
      fieldErrors: { text: [WORDING_MESSAGES.sameAsOriginal] },
    });
    expect(await save(first.lineageKey, "   ", 1)).toMatchObject({
      ok: false,
      fieldErrors: { text: [WORDING_MESSAGES.text] },
    });
    expect(await save("six-steps:99.9", "Anything", 0)).toMatchObject({ ok: false });
  });

  it("is removed, and then respondents read the original again", async () => {
    await signInAs(manager());
    const removed = await removeQuestionWording(null, {
      partnershipId: world.partnership.id,
      lineageKey: first.lineageKey,
      version: 1,
    });
    expect(removed).toMatchObject({ ok: true });
    const again = await removeQuestionWording(null, {
      partnershipId: world.partnership.id,
      lineageKey: first.lineageKey,
      version: 1,
    });
    expect(again).toMatchObject({ ok: false, message: WORDING_MESSAGES.gone });

    const wider = await createSelfAssessment(
      database.prisma,
      world.partnership.id,
      [world.agencyId],
      "WIDER_PARTNER_SELF_ASSESSMENT",
    );
    await signInAs(world.members.AGENCY_RESPONDENT.id);
    const step = await getStepForResponding(world.partnership.id, wider.assessment.id, 1);
    expect(step.questions[0]?.widerPartner).toBeNull();
  });
});
