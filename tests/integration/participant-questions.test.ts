import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setParticipantQuestions } from "@/lib/actions/assessments/set-participant-questions";
import { submitParticipation } from "@/lib/actions/assessments/submit-participation";
import { getAssessmentTaskList } from "@/lib/data/assessment-work";
import { getHome } from "@/lib/data/home";
import { getParticipantQuestions } from "@/lib/data/participant-questions";
import { seed } from "../../prisma/seed";
import {
  createMember,
  createPartnership,
  createScrutinyAssessment,
  createSelfAssessment,
  planEveryAnswer,
} from "../support/factories";
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

async function setUp() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const schools = partnership.organisations.find((o) => o.kind === "EDUCATION")!;
  const police = partnership.organisations.find((o) => o.kind === "POLICE")!;
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const respondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
    organisationId: schools.id,
  });
  const { assessment, participants } = await createSelfAssessment(
    prisma,
    partnership.id,
    [police.id, schools.id],
    "WIDER_PARTNER_SELF_ASSESSMENT",
  );
  await planEveryAnswer(prisma, assessment.id);
  const questions = await prisma.frameworkQuestion.findMany({
    where: { versionId: assessment.frameworkVersionId },
    orderBy: [{ step: { position: "asc" } }, { position: "asc" }],
    select: { id: true, code: true },
  });
  const byCode = (code: string) => questions.find((q) => q.code === code)!.id;
  return {
    partnership,
    manager,
    respondent,
    assessment,
    schoolsSeat: participants[schools.id]!,
    policeSeat: participants[police.id]!,
    questions,
    byCode,
  };
}

async function assigned(participantId: string): Promise<string[]> {
  const rows = await database.prisma.participantQuestion.findMany({
    where: { participantId },
    select: { question: { select: { code: true } } },
  });
  return rows.map((row) => row.question.code).sort();
}

async function responseCodes(participantId: string): Promise<string[]> {
  const rows = await database.prisma.response.findMany({
    where: { participantId },
    select: { question: { select: { code: true } } },
  });
  return rows.map((row) => row.question.code).sort();
}

describe("choosing which questions an organisation answers", () => {
  it("saves a subset, then adds a question back with an empty answer, recording both", async () => {
    const prisma = database.prisma;
    const { partnership, manager, assessment, schoolsSeat, policeSeat, questions, byCode } =
      await setUp();
    await signInAs(manager.user.id);
    const without = ["1.1", "6.4"];
    const chosen = questions.filter((q) => !without.includes(q.code)).map((q) => q.id);

    const result = await setParticipantQuestions(null, {
      partnershipId: partnership.id,
      assessmentId: assessment.id,
      participantId: schoolsSeat,
      questionIds: chosen,
    });
    expect(result).toEqual({ ok: true, data: { added: 0, removed: 2 } });
    expect(await assigned(schoolsSeat)).toHaveLength(22);
    expect(await assigned(schoolsSeat)).not.toContain("1.1");
    expect(await responseCodes(schoolsSeat)).toEqual(await assigned(schoolsSeat));
    // The other organisation still answers everything.
    expect(await assigned(policeSeat)).toHaveLength(24);

    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "assessment.questions-changed", entityId: assessment.id },
    });
    expect(event).toMatchObject({ actorUserId: manager.user.id, partnershipId: partnership.id });
    expect((event.before as { questions: string[] }).questions).toHaveLength(24);
    expect(event.after).toMatchObject({ organisation: "Schools Alliance" });
    expect((event.after as { questions: string[] }).questions).not.toContain("1.1");
    expect(event.metadata).toMatchObject({ added: [], removed: ["1.1", "6.4"] });

    // The page's data shows the same thing.
    const page = await getParticipantQuestions(partnership.id, assessment.id, schoolsSeat);
    expect(page.assignedCount).toBe(22);
    expect(page.steps[0]!.questions[0]).toMatchObject({ code: "1.1", assigned: false });

    const again = await setParticipantQuestions(null, {
      partnershipId: partnership.id,
      assessmentId: assessment.id,
      participantId: schoolsSeat,
      questionIds: [...chosen, byCode("1.1")],
    });
    expect(again).toEqual({ ok: true, data: { added: 1, removed: 0 } });
    const restored = await prisma.response.findUniqueOrThrow({
      where: {
        participantId_questionId: { participantId: schoolsSeat, questionId: byCode("1.1") },
      },
    });
    expect(restored).toMatchObject({ rating: null, narrative: "", version: 1 });
    expect(await assigned(schoolsSeat)).toHaveLength(23);

    // Sending the same choice again changes nothing and records nothing.
    const events = await prisma.auditEvent.count({
      where: { action: "assessment.questions-changed" },
    });
    expect(
      await setParticipantQuestions(null, {
        partnershipId: partnership.id,
        assessmentId: assessment.id,
        participantId: schoolsSeat,
        questionIds: [...chosen, byCode("1.1")],
      }),
    ).toEqual({ ok: true, data: { added: 0, removed: 0 } });
    expect(
      await prisma.auditEvent.count({ where: { action: "assessment.questions-changed" } }),
    ).toBe(events);
  });

  it("refuses to take away an answered question, naming it, and changes nothing at all", async () => {
    const prisma = database.prisma;
    const { partnership, manager, assessment, schoolsSeat, questions, byCode } = await setUp();
    await prisma.response.update({
      where: {
        participantId_questionId: { participantId: schoolsSeat, questionId: byCode("2.1") },
      },
      data: { narrative: "We have started on this." },
    });
    // First narrow to 23 (1.1 goes), so the refused request below also tries to add 1.1 back.
    await signInAs(manager.user.id);
    const all = questions.map((q) => q.id);
    expect(
      await setParticipantQuestions(null, {
        partnershipId: partnership.id,
        assessmentId: assessment.id,
        participantId: schoolsSeat,
        questionIds: all.filter((id) => id !== byCode("1.1")),
      }),
    ).toMatchObject({ ok: true });
    const before = await assigned(schoolsSeat);

    const refused = await setParticipantQuestions(null, {
      partnershipId: partnership.id,
      assessmentId: assessment.id,
      participantId: schoolsSeat,
      questionIds: all.filter((id) => id !== byCode("2.1") && id !== byCode("3.3")),
    });
    expect(refused).toEqual({
      ok: false,
      message:
        "Step 2 question 1 already has an answer from Schools Alliance: it cannot be removed.",
      fieldErrors: {
        questionIds: [
          "Step 2 question 1 already has an answer from Schools Alliance: it cannot be removed",
        ],
      },
    });
    // Not half-applied: 3.3 was not removed and 1.1 was not added back.
    expect(await assigned(schoolsSeat)).toEqual(before);
    expect(await responseCodes(schoolsSeat)).toEqual(before);
    const kept = await prisma.response.findUniqueOrThrow({
      where: {
        participantId_questionId: { participantId: schoolsSeat, questionId: byCode("2.1") },
      },
    });
    expect(kept.narrative).toBe("We have started on this.");
  });

  it("names every answered question when several are refused, including evidence-only answers", async () => {
    const prisma = database.prisma;
    const { partnership, manager, assessment, schoolsSeat, questions, byCode } = await setUp();
    const item = await prisma.evidenceItem.create({
      data: {
        partnershipId: partnership.id,
        title: "Training log",
        kind: "LINK",
        nature: "PROCESS",
        evidenceDate: new Date("2026-05-01"),
        url: "https://example.org",
      },
    });
    const response = await prisma.response.findUniqueOrThrow({
      where: {
        participantId_questionId: { participantId: schoolsSeat, questionId: byCode("4.2") },
      },
    });
    await prisma.responseEvidence.create({
      data: { responseId: response.id, evidenceId: item.id },
    });
    await prisma.response.update({
      where: {
        participantId_questionId: { participantId: schoolsSeat, questionId: byCode("1.3") },
      },
      data: { rating: "GREEN" },
    });
    await signInAs(manager.user.id);
    const refused = await setParticipantQuestions(null, {
      partnershipId: partnership.id,
      assessmentId: assessment.id,
      participantId: schoolsSeat,
      questionIds: questions
        .filter((q) => !["4.2", "1.3", "5.1"].includes(q.code))
        .map((q) => q.id),
    });
    expect(refused.ok ? null : refused.fieldErrors?.questionIds).toEqual([
      "Step 1 question 3 already has an answer from Schools Alliance: it cannot be removed",
      "Step 4 question 2 already has an answer from Schools Alliance: it cannot be removed",
    ]);
    expect(refused).toMatchObject({
      message:
        "2 of the questions you took away already have answers from Schools Alliance: they cannot be removed.",
    });
    expect(await assigned(schoolsSeat)).toHaveLength(24);
  });

  it("asks for at least one question and only questions of this assessment", async () => {
    const { partnership, manager, assessment, schoolsSeat } = await setUp();
    await signInAs(manager.user.id);
    const input = {
      partnershipId: partnership.id,
      assessmentId: assessment.id,
      participantId: schoolsSeat,
    };
    const form = new FormData();
    for (const [key, value] of Object.entries(input)) form.set(key, value);
    expect(await setParticipantQuestions(null, form)).toMatchObject({
      ok: false,
      fieldErrors: { questionIds: ["Select at least one question for this organisation"] },
    });
    expect(
      await setParticipantQuestions(null, { ...input, questionIds: [randomUUID()] }),
    ).toMatchObject({
      ok: false,
      message: "Select questions from the list: each must be a question of this assessment.",
    });
    expect(await assigned(schoolsSeat)).toHaveLength(24);
  });

  it("refuses for a scrutiny, a finalised assessment, a submitted organisation and ids from elsewhere", async () => {
    const prisma = database.prisma;
    const { partnership, manager, respondent, assessment, schoolsSeat, policeSeat, questions } =
      await setUp();
    const scrutineer = await createMember(prisma, partnership.id, "SCRUTINEER");
    const scrutiny = await createScrutinyAssessment(prisma, partnership.id, [scrutineer.user.id]);
    const scrutinySeat = await prisma.assessmentParticipant.findFirstOrThrow({
      where: { assessmentId: scrutiny.assessment.id },
    });
    const some = questions.slice(0, 3).map((q) => q.id);
    const call = (assessmentId: string, participantId: string, partnershipId = partnership.id) =>
      setParticipantQuestions(null, {
        partnershipId,
        assessmentId,
        participantId,
        questionIds: some,
      });

    await signInAs(manager.user.id);
    expect(await call(scrutiny.assessment.id, scrutinySeat.id)).toMatchObject({
      ok: false,
      message:
        "Every independent scrutineer answers every question: questions are chosen only for self-assessments.",
    });
    // A participant of another assessment is not this assessment's.
    expect(await call(assessment.id, scrutinySeat.id)).toMatchObject({
      ok: false,
      message: "That organisation does not exist or you do not have access to it.",
    });
    await prisma.assessmentParticipant.update({
      where: { id: policeSeat },
      data: { status: "SUBMITTED" },
    });
    expect(await call(assessment.id, policeSeat)).toMatchObject({
      ok: false,
      message: "Police has already submitted its answers: its questions cannot be changed.",
    });
    await prisma.assessment.update({
      where: { id: assessment.id },
      data: { status: "FINALISED" },
    });
    expect(await call(assessment.id, schoolsSeat)).toMatchObject({
      ok: false,
      message: "This assessment is finalised: its questions cannot be changed.",
    });
    await prisma.assessment.update({
      where: { id: assessment.id },
      data: { status: "IN_PROGRESS" },
    });

    // Only a business manager; the organisation's own respondent may not narrow its questions.
    await signInAs(respondent.user.id);
    expect(await call(assessment.id, schoolsSeat)).toMatchObject({
      ok: false,
      message: "You do not have permission to do that.",
    });
    // A business manager of another partnership learns nothing, with either partnership's id.
    const other = await createPartnership(prisma);
    const outsider = await createMember(prisma, other.id, "BUSINESS_MANAGER");
    await signInAs(outsider.user.id);
    expect(await call(assessment.id, schoolsSeat)).toMatchObject({
      ok: false,
      message: "That partnership does not exist or you do not have access to it.",
    });
    expect(await call(assessment.id, schoolsSeat, other.id)).toMatchObject({
      ok: false,
      message: "That assessment does not exist or you do not have access to it.",
    });
    expect(await assigned(schoolsSeat)).toHaveLength(24);
    expect(await assigned(scrutinySeat.id)).toHaveLength(24);
  });
});

describe("after a question is taken away", () => {
  it("the organisation's progress and submission no longer count it", async () => {
    const prisma = database.prisma;
    const { partnership, manager, respondent, assessment, schoolsSeat, questions, byCode } =
      await setUp();
    await signInAs(manager.user.id);
    expect(
      await setParticipantQuestions(null, {
        partnershipId: partnership.id,
        assessmentId: assessment.id,
        participantId: schoolsSeat,
        questionIds: questions.filter((q) => q.code !== "3.2").map((q) => q.id),
      }),
    ).toMatchObject({ ok: true });

    await signInAs(respondent.user.id);
    const taskList = await getAssessmentTaskList(partnership.id, assessment.id);
    expect(taskList.steps.reduce((sum, step) => sum + step.total, 0)).toBe(23);
    expect(taskList.steps.find((step) => step.number === 3)).toMatchObject({
      answered: 0,
      total: 3,
    });

    const home = await getHome();
    expect(home.partnerships[0]!.toAnswer).toEqual([
      expect.objectContaining({ assessmentId: assessment.id, answered: 0, total: 23 }),
    ]);

    // Every remaining question complete: the submission goes through without 3.2.
    await prisma.response.updateMany({
      where: { participantId: schoolsSeat },
      data: { rating: "RED", narrative: "Not yet in place" },
    });
    expect(
      await submitParticipation(null, {
        partnershipId: partnership.id,
        assessmentId: assessment.id,
      }),
    ).toEqual({ ok: true, data: { submitted: 23 } });
    expect(
      await prisma.response.count({
        where: { participantId: schoolsSeat, questionId: byCode("3.2") },
      }),
    ).toBe(0);
  });
});
