import { revalidatePath } from "next/cache";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addProgress } from "@/lib/actions/actions/add-progress";
import { createAction } from "@/lib/actions/actions/create-action";
import { editAction } from "@/lib/actions/actions/edit-action";
import {
  getActionDetail,
  getActionForEdit,
  getActionFormOptions,
  getActionsForQuestions,
} from "@/lib/data/actions";
import { linkValue } from "@/lib/domain/action-input";
import { addDays } from "@/lib/domain/actions";
import { ukDateStamp } from "@/lib/domain/london-time";
import { seed } from "../../prisma/seed";
import { createMember, createPartnership, createSelfAssessment } from "../support/factories";
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

const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";
/** As a form would post it: every value a string. */
const progress = (input: Record<string, unknown>) => addProgress(null, input as never);
const inAMonth = () => addDays(ukDateStamp(new Date()), 30);

/**
 * A partnership whose Schools Alliance and Police answer a wider-partner self-assessment; a
 * respondent and a contributor for the schools, a respondent for the police.
 */
async function setUp() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const org = (kind: string) => partnership.organisations.find((o) => o.kind === kind)!;
  const schools = org("EDUCATION");
  const police = org("POLICE");
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const scrutineer = await createMember(prisma, partnership.id, "SCRUTINEER");
  const respondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
    organisationId: schools.id,
    name: "Riley Respondent",
  });
  const contributor = await createMember(prisma, partnership.id, "AGENCY_CONTRIBUTOR", {
    organisationId: schools.id,
  });
  const policeRespondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
    organisationId: police.id,
  });
  const { assessment, cycle, participants } = await createSelfAssessment(
    prisma,
    partnership.id,
    [schools.id, police.id],
    "WIDER_PARTNER_SELF_ASSESSMENT",
  );
  const questions = await prisma.frameworkQuestion.findMany({
    where: { versionId: assessment.frameworkVersionId },
    orderBy: [{ step: { position: "asc" } }, { position: "asc" }],
    select: { id: true, code: true },
  });
  const responseOf = async (organisationId: string, questionId: string) =>
    (
      await prisma.response.findFirstOrThrow({
        where: { participantId: participants[organisationId], questionId },
        select: { id: true },
      })
    ).id;
  const evidence = await prisma.evidenceItem.create({
    data: {
      partnershipId: partnership.id,
      title: "Referral audit report",
      kind: "LINK",
      nature: "OUTCOME",
      url: "https://example.org/audit",
      evidenceDate: new Date("2026-01-15"),
    },
  });
  return {
    prisma,
    partnership,
    schools,
    police,
    manager,
    scrutineer,
    respondent,
    contributor,
    policeRespondent,
    assessment,
    cycle,
    questions,
    responseOf,
    evidence,
  };
}

type World = Awaited<ReturnType<typeof setUp>>;

function raiseInput(world: World, overrides: Record<string, unknown> = {}) {
  return {
    partnershipId: world.partnership.id,
    description: "Audit the referral pathway",
    ownerOrganisationId: world.schools.id,
    ownerKind: "MEMBER",
    ownerUserId: world.respondent.user.id,
    dueOn: inAMonth(),
    priority: "HIGH",
    sourceType: "AUDIT_FINDING",
    sourceNote: "Referrals not acknowledged",
    ...overrides,
  };
}

/** An action made directly in the database, owned by `organisationId`. */
async function storedAction(world: World, organisationId: string, extra: object = {}) {
  return world.prisma.action.create({
    data: {
      partnershipId: world.partnership.id,
      cycleId: world.cycle.id,
      description: "Refresh the escalation policy",
      ownerOrganisationId: organisationId,
      ownerName: "Pat Owner",
      ownerEmail: "pat@example.org",
      dueOn: new Date(`${inAMonth()}T00:00:00Z`),
      sourceType: "OTHER",
      sourceNote: "Board decision",
      createdById: world.manager.user.id,
      ...extra,
    },
  });
}

describe("raising an action", () => {
  it("from an answer: links the question (and the others ticked), records the source, cycle and audit", async () => {
    const world = await setUp();
    const [first, second] = world.questions;
    const responseId = await world.responseOf(world.schools.id, first!.id);
    await signInAs(world.respondent.user.id);

    const options = await getActionFormOptions(world.partnership.id, {
      assessmentId: world.assessment.id,
      questionId: first!.id,
      responseId,
    });
    expect(options.question).toMatchObject({
      code: first!.code,
      assessmentTitle: "Self-assessment",
    });
    expect(options.response).toMatchObject({ answeredBy: "Schools Alliance" });
    // An agency respondent raises actions only for their own organisation.
    expect(options.organisations.map((o) => o.name)).toEqual(["Schools Alliance"]);
    expect(options.defaultOrganisationId).toBe(world.schools.id);
    const otherQuestionIds = options.otherQuestions!.steps.flatMap((s) =>
      s.questions.map((q) => q.id),
    );
    expect(otherQuestionIds).toHaveLength(world.questions.length - 1);
    expect(otherQuestionIds).not.toContain(first!.id);

    const result = await createAction(
      null,
      raiseInput(world, {
        sourceType: "RESPONSE",
        sourceNote: "",
        sourceResponseId: responseId,
        assessmentId: world.assessment.id,
        questionId: first!.id,
        links: [linkValue({ assessmentId: world.assessment.id, questionId: second!.id })],
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const actionId = result.ok ? result.data.actionId : "";
    const action = await world.prisma.action.findUniqueOrThrow({
      where: { id: actionId },
      include: { links: true },
    });
    expect(action).toMatchObject({
      partnershipId: world.partnership.id,
      cycleId: world.cycle.id,
      description: "Audit the referral pathway",
      ownerOrganisationId: world.schools.id,
      ownerUserId: world.respondent.user.id,
      ownerName: null,
      status: "NOT_STARTED",
      priority: "HIGH",
      sourceType: "RESPONSE",
      sourceResponseId: responseId,
      sourceNote: null,
      createdById: world.respondent.user.id,
      version: 1,
    });
    expect(action.dueOn.toISOString().slice(0, 10)).toBe(inAMonth());
    expect(action.links.map((l) => l.questionId).sort()).toEqual([first!.id, second!.id].sort());
    const audit = await world.prisma.auditEvent.findFirstOrThrow({
      where: { action: "action.created", entityId: actionId },
    });
    expect(audit).toMatchObject({
      category: "CHANGE",
      entityType: "Action",
      actorUserId: world.respondent.user.id,
      partnershipId: world.partnership.id,
    });
    expect(audit.after).toMatchObject({ sourceType: "RESPONSE", sourceResponseId: responseId });

    // It shows on both questions' action plans.
    const plans = await getActionsForQuestions(world.partnership.id, world.assessment.id);
    expect(plans[first!.id]).toEqual([
      expect.objectContaining({
        id: actionId,
        ownerOrganisationName: "Schools Alliance",
        ownerPersonName: "Riley Respondent",
        dueOn: inAMonth(),
        displayStatus: "NOT_STARTED",
        sourceResponseId: responseId,
        carriedForward: false,
      }),
    ]);
    expect(plans[second!.id]?.map((a) => a.id)).toEqual([actionId]);
  });

  it("for an audit finding, owned by someone without an account, in the cycle running today", async () => {
    const world = await setUp();
    const today = ukDateStamp(new Date());
    const running = await world.prisma.cycle.create({
      data: {
        partnershipId: world.partnership.id,
        name: "This year",
        startsOn: new Date(`${addDays(today, -10)}T00:00:00Z`),
        endsOn: new Date(`${addDays(today, 10)}T00:00:00Z`),
      },
    });
    await signInAs(world.manager.user.id);
    const result = await createAction(
      null,
      raiseInput(world, {
        ownerOrganisationId: world.police.id,
        ownerKind: "OTHER",
        ownerUserId: world.respondent.user.id,
        ownerName: "Dana Inspector",
        ownerEmail: "Dana@Example.org",
        sourceType: "INSPECTION_FINDING",
        sourceNote: "JTAI: strategy discussions late",
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const action = await world.prisma.action.findUniqueOrThrow({
      where: { id: result.ok ? result.data.actionId : "" },
      include: { links: true },
    });
    expect(action).toMatchObject({
      cycleId: running.id,
      ownerUserId: null,
      ownerName: "Dana Inspector",
      ownerEmail: "dana@example.org",
      sourceType: "INSPECTION_FINDING",
      sourceNote: "JTAI: strategy discussions late",
      links: [],
    });
  });

  it("refuses a due date before today, and names every problem", async () => {
    const world = await setUp();
    await signInAs(world.manager.user.id);
    const result = await createAction(
      null,
      raiseInput(world, { dueOn: addDays(ukDateStamp(new Date()), -1), ownerUserId: "" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        dueOn: ["The due date must be today or in the future"],
        ownerUserId: ["Select the member who owns the action"],
      },
    });
    expect(
      await world.prisma.action.count({ where: { partnershipId: world.partnership.id } }),
    ).toBe(0);
  });

  it("lets an agency respondent raise actions only for their own organisation", async () => {
    const world = await setUp();
    await signInAs(world.respondent.user.id);
    const refused = await createAction(
      null,
      raiseInput(world, { ownerOrganisationId: world.police.id }),
    );
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringContaining("only raise and change actions for your own organisation"),
    });
    expect(
      await world.prisma.action.count({ where: { partnershipId: world.partnership.id } }),
    ).toBe(0);
    // A contributor cannot raise actions at all.
    await signInAs(world.contributor.user.id);
    expect(await createAction(null, raiseInput(world))).toMatchObject({ ok: false });
    expect(
      await world.prisma.action.count({ where: { partnershipId: world.partnership.id } }),
    ).toBe(0);
  });

  it("refuses every id of another partnership, and writes nothing", async () => {
    const world = await setUp();
    const prisma = world.prisma;
    const other = await createPartnership(prisma);
    const outsider = await createMember(prisma, other.id, "BUSINESS_MANAGER");
    const theirs = await createSelfAssessment(prisma, other.id, [other.organisations[0]!.id]);
    const theirQuestion = await prisma.response.findFirstOrThrow({
      where: { assessmentId: theirs.assessment.id },
      select: { id: true, questionId: true },
    });
    const review = await prisma.caseReview.create({
      data: { partnershipId: other.id, type: "RAPID_REVIEW", identifier: "Child Q" },
    });
    const theirRecommendation = await prisma.caseReviewRecommendation.create({
      data: { caseReviewId: review.id, number: 1, text: "Improve information sharing" },
    });
    const ownQuestion = world.questions[0]!.id;
    await signInAs(world.manager.user.id);

    const attempts: Array<[string, Record<string, unknown>]> = [
      ["organisation", { ownerOrganisationId: other.organisations[0]!.id }],
      ["member", { ownerUserId: outsider.user.id }],
      [
        "linked question",
        { links: [linkValue({ assessmentId: theirs.assessment.id, questionId: ownQuestion })] },
      ],
      [
        "answer",
        {
          sourceType: "RESPONSE",
          sourceResponseId: theirQuestion.id,
          assessmentId: world.assessment.id,
          questionId: theirQuestion.questionId,
        },
      ],
      [
        "answer's assessment",
        {
          sourceType: "RESPONSE",
          sourceResponseId: theirQuestion.id,
          assessmentId: theirs.assessment.id,
          questionId: theirQuestion.questionId,
        },
      ],
      [
        "recommendation",
        {
          sourceType: "CASE_REVIEW_RECOMMENDATION",
          sourceRecommendationId: theirRecommendation.id,
        },
      ],
    ];
    const refusals: Record<string, string> = {
      organisation: "Select an organisation from the list",
      member:
        "Select a member from the list: the owner must be an active member of this partnership",
      "linked question": "Choose questions from the list",
      answer: "That answer does not exist or you do not have access to it.",
      "answer's assessment": "Choose questions from the list",
      recommendation: "That recommendation does not exist or you do not have access to it.",
    };
    for (const [what, overrides] of attempts) {
      const result = await createAction(null, raiseInput(world, overrides));
      expect(result, what).toMatchObject({ ok: false, message: refusals[what] });
    }
    expect(await prisma.action.count({ where: { partnershipId: world.partnership.id } })).toBe(0);
    expect(await prisma.action.count({ where: { partnershipId: other.id } })).toBe(0);

    // The form's prefill from another partnership's ids is a 404.
    await expect(
      getActionFormOptions(world.partnership.id, {
        assessmentId: theirs.assessment.id,
        questionId: theirQuestion.questionId,
      }),
    ).rejects.toThrow(NOT_FOUND);
    await expect(
      getActionFormOptions(world.partnership.id, { recommendationId: theirRecommendation.id }),
    ).rejects.toThrow(NOT_FOUND);
  });

  it("refuses a question that is not in the assessment's framework", async () => {
    const world = await setUp();
    const foreignQuestion = await world.prisma.frameworkQuestion.findFirst({
      where: { versionId: { not: world.assessment.frameworkVersionId } },
      select: { id: true },
    });
    await signInAs(world.manager.user.id);
    const bogus = foreignQuestion?.id ?? "00000000-0000-4000-8000-000000000000";
    const result = await createAction(
      null,
      raiseInput(world, {
        links: [linkValue({ assessmentId: world.assessment.id, questionId: bogus })],
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { links: ["Choose questions from the list"] },
    });
  });
});

describe("an agency respondent raising an action", () => {
  it("may raise one from their own organisation's answer, but not from another organisation's", async () => {
    const world = await setUp();
    const question = world.questions[0]!;
    const policeAnswer = await world.responseOf(world.police.id, question.id);
    const ownAnswer = await world.responseOf(world.schools.id, question.id);
    await signInAs(world.respondent.user.id);
    const fromAnswer = (responseId: string) =>
      raiseInput(world, {
        sourceType: "RESPONSE",
        sourceNote: "",
        sourceResponseId: responseId,
        assessmentId: world.assessment.id,
        questionId: question.id,
      });

    // The form does not show the other organisation's answer: it is a 404.
    await expect(
      getActionFormOptions(world.partnership.id, {
        assessmentId: world.assessment.id,
        questionId: question.id,
        responseId: policeAnswer,
      }),
    ).rejects.toThrow(NOT_FOUND);
    const refused = await createAction(null, fromAnswer(policeAnswer));
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: {
        sourceType: [
          "That answer is not one of your organisation's. Raise actions from your organisation's answers",
        ],
      },
    });
    expect(JSON.stringify(refused)).not.toContain("Police");
    expect(
      await world.prisma.action.count({ where: { partnershipId: world.partnership.id } }),
    ).toBe(0);

    // A business manager may raise one from any answer; the respondent from their own.
    expect(await createAction(null, fromAnswer(ownAnswer))).toMatchObject({ ok: true });
    await signInAs(world.manager.user.id);
    expect(
      await createAction(
        null,
        raiseInput(world, {
          ...fromAnswer(policeAnswer),
          ownerOrganisationId: world.police.id,
          ownerKind: "OTHER",
          ownerName: "Pat Police",
          ownerEmail: "pat@police.example",
        }),
      ),
    ).toMatchObject({ ok: true });
  });

  it("may link only to assessments their organisation takes part in", async () => {
    const world = await setUp();
    // The police's own self-assessment: the schools take no part in it.
    const policeOnly = await createSelfAssessment(world.prisma, world.partnership.id, [
      world.police.id,
    ]);
    const question = world.questions[0]!;
    const theirs = linkValue({ assessmentId: policeOnly.assessment.id, questionId: question.id });
    const ours = linkValue({ assessmentId: world.assessment.id, questionId: question.id });
    await signInAs(world.respondent.user.id);

    await expect(
      getActionFormOptions(world.partnership.id, {
        assessmentId: policeOnly.assessment.id,
        questionId: question.id,
      }),
    ).rejects.toThrow(NOT_FOUND);
    expect(await createAction(null, raiseInput(world, { links: [ours, theirs] }))).toMatchObject({
      ok: false,
      fieldErrors: { links: ["Choose questions from the list"] },
    });
    expect(
      await world.prisma.action.count({ where: { partnershipId: world.partnership.id } }),
    ).toBe(0);

    // Nor add such a link when changing one of their actions.
    const action = await storedAction(world, world.schools.id);
    const change = (links: string[]) =>
      editAction(null, {
        partnershipId: world.partnership.id,
        actionId: action.id,
        version: "1",
        description: "Refresh the escalation policy",
        ownerOrganisationId: world.schools.id,
        ownerKind: "OTHER",
        ownerName: "Pat Owner",
        ownerEmail: "pat@example.org",
        dueOn: inAMonth(),
        priority: "MEDIUM",
        links,
      });
    expect(await change([theirs])).toMatchObject({
      ok: false,
      fieldErrors: { links: ["Choose questions from the list"] },
    });
    expect(await world.prisma.actionLink.count({ where: { actionId: action.id } })).toBe(0);
    expect(await change([ours])).toMatchObject({ ok: true });

    // A business manager may link to any of the partnership's assessments.
    await signInAs(world.manager.user.id);
    expect(await createAction(null, raiseInput(world, { links: [ours, theirs] }))).toMatchObject({
      ok: true,
    });
  });
});

describe("choosing the named owner", () => {
  it("offers an agency respondent only their own organisation's people, and nobody their email address", async () => {
    const world = await setUp();
    await world.prisma.membership.update({
      where: { id: world.contributor.membership.id },
      data: { jobTitle: "Designated safeguarding lead" },
    });
    await signInAs(world.respondent.user.id);
    const own = await getActionFormOptions(world.partnership.id, {});
    expect(own.members.map((m) => m.userId).sort()).toEqual(
      [world.respondent.user.id, world.contributor.user.id].sort(),
    );
    expect(own.members).toContainEqual({
      userId: world.contributor.user.id,
      name: "AGENCY_CONTRIBUTOR person",
      detail: "Schools Alliance, Designated safeguarding lead",
    });

    await signInAs(world.manager.user.id);
    const all = await getActionFormOptions(world.partnership.id, {});
    expect(all.members.map((m) => m.userId)).toEqual(
      expect.arrayContaining([
        world.manager.user.id,
        world.scrutineer.user.id,
        world.respondent.user.id,
        world.contributor.user.id,
        world.policeRespondent.user.id,
      ]),
    );
    expect(JSON.stringify([own, all])).not.toContain("@example.org");
  });

  it("refuses a member with an agency role as owner of another organisation's action", async () => {
    const world = await setUp();
    await world.prisma.user.update({
      where: { id: world.policeRespondent.user.id },
      data: { name: "Pip Police" },
    });
    await signInAs(world.manager.user.id);
    const message =
      "Pip Police belongs to Police: choose someone from Schools Alliance or someone without an account";
    expect(
      await createAction(null, raiseInput(world, { ownerUserId: world.policeRespondent.user.id })),
    ).toMatchObject({ ok: false, message, fieldErrors: { ownerUserId: [message] } });
    // Someone without an agency role may own any organisation's action.
    expect(
      await createAction(null, raiseInput(world, { ownerUserId: world.scrutineer.user.id })),
    ).toMatchObject({ ok: true });

    // An agency respondent names only people of their own organisation.
    await signInAs(world.respondent.user.id);
    expect(
      await createAction(null, raiseInput(world, { ownerUserId: world.manager.user.id })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { ownerUserId: ["Select a member of your organisation from the list"] },
    });
    expect(
      await world.prisma.action.count({ where: { partnershipId: world.partnership.id } }),
    ).toBe(1);
  });
});

describe("progress updates", () => {
  it("lets an agency user update their own organisation's action, but not another's (which stays as it was)", async () => {
    const world = await setUp();
    const own = await storedAction(world, world.schools.id);
    const theirs = await storedAction(world, world.police.id);
    await signInAs(world.contributor.user.id);

    const saved = await progress({
      partnershipId: world.partnership.id,
      actionId: own.id,
      version: "1",
      note: "Pathway mapped in two localities",
      status: "ON_TRACK",
    });
    expect(saved).toMatchObject({ ok: true });
    expect(await world.prisma.action.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({
      status: "ON_TRACK",
      version: 2,
      completedAt: null,
    });
    const update = await world.prisma.actionUpdate.findFirstOrThrow({
      where: { actionId: own.id },
    });
    expect(update).toMatchObject({
      authorId: world.contributor.user.id,
      note: "Pathway mapped in two localities",
      statusAfter: "ON_TRACK",
    });
    expect(
      await world.prisma.auditEvent.count({
        where: { action: "action.progress-added", entityId: own.id },
      }),
    ).toBe(1);

    const refused = await progress({
      partnershipId: world.partnership.id,
      actionId: theirs.id,
      version: "1",
      note: "Trying to update the police's action",
      status: "COMPLETE",
      evidenceIds: [world.evidence.id],
    });
    // Not "forbidden": for them it does not exist.
    expect(refused).toMatchObject({
      ok: false,
      message: "That action does not exist or you do not have access to it.",
    });
    expect(await world.prisma.action.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject(
      { status: "NOT_STARTED", version: 1, completedAt: null },
    );
    expect(await world.prisma.actionUpdate.count({ where: { actionId: theirs.id } })).toBe(0);
    expect(await world.prisma.actionEvidence.count({ where: { actionId: theirs.id } })).toBe(0);

    // The pages agree: their own action shows with its update and the progress form; the other is a 404.
    const detail = await getActionDetail(world.partnership.id, own.id);
    expect(detail.canProgress).toBe(true);
    expect(detail.canEdit).toBe(false);
    expect(detail.action.updates).toEqual([
      expect.objectContaining({
        note: "Pathway mapped in two localities",
        statusAfter: "ON_TRACK",
      }),
    ]);
    await expect(getActionDetail(world.partnership.id, theirs.id)).rejects.toThrow(NOT_FOUND);
  });

  it("needs evidence of completion to complete an action; reopening clears the completion date", async () => {
    const world = await setUp();
    const action = await storedAction(world, world.schools.id);
    await signInAs(world.respondent.user.id);
    const input = {
      partnershipId: world.partnership.id,
      actionId: action.id,
      version: "1",
      note: "Audit finished and reported to the board",
      status: "COMPLETE",
    };

    expect(await progress(input)).toMatchObject({
      ok: false,
      fieldErrors: {
        evidenceIds: ["Choose at least one piece of evidence that shows the action is complete"],
      },
    });
    expect(await world.prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject(
      { status: "NOT_STARTED", version: 1 },
    );

    const done = await progress({ ...input, evidenceIds: world.evidence.id });
    expect(done).toMatchObject({ ok: true });
    const completed = await world.prisma.action.findUniqueOrThrow({
      where: { id: action.id },
      include: { evidence: true },
    });
    expect(completed.status).toBe("COMPLETE");
    expect(completed.completedAt).toBeInstanceOf(Date);
    expect(completed.evidence.map((e) => e.evidenceId)).toEqual([world.evidence.id]);
    const evidenceAudit = await world.prisma.auditEvent.findFirstOrThrow({
      where: { action: "action.evidence-changed", entityId: action.id },
    });
    expect(evidenceAudit.after).toEqual({ evidenceIds: [world.evidence.id] });

    const detail = await getActionDetail(world.partnership.id, action.id);
    expect(detail.action.evidence).toEqual([
      {
        id: world.evidence.id,
        title: "Referral audit report",
        href: "https://example.org/audit",
        isFile: false,
        removed: false,
      },
    ]);

    expect(
      await progress({
        ...input,
        version: "2",
        note: "Reopened: the audit missed a locality",
        status: "AT_RISK",
        evidenceIds: world.evidence.id,
      }),
    ).toMatchObject({ ok: true });
    expect(await world.prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject(
      { status: "AT_RISK", completedAt: null, version: 3 },
    );
  });

  it("refuses evidence that was removed from the library or is another partnership's", async () => {
    const world = await setUp();
    const action = await storedAction(world, world.schools.id);
    const removed = await world.prisma.evidenceItem.create({
      data: {
        partnershipId: world.partnership.id,
        title: "Withdrawn",
        kind: "LINK",
        nature: "PROCESS",
        url: "https://example.org/x",
        evidenceDate: new Date("2026-01-01"),
        removedAt: new Date(),
        removedReason: "Named a child",
      },
    });
    const other = await createPartnership(world.prisma);
    const foreign = await world.prisma.evidenceItem.create({
      data: {
        partnershipId: other.id,
        title: "Theirs",
        kind: "LINK",
        nature: "PROCESS",
        url: "https://example.org/y",
        evidenceDate: new Date("2026-01-01"),
      },
    });
    await signInAs(world.manager.user.id);
    for (const evidenceId of [removed.id, foreign.id]) {
      expect(
        await progress({
          partnershipId: world.partnership.id,
          actionId: action.id,
          version: "1",
          note: "Done",
          status: "COMPLETE",
          evidenceIds: [evidenceId],
        }),
      ).toMatchObject({
        ok: false,
        fieldErrors: { evidenceIds: ["Choose evidence from the list"] },
      });
    }
    expect(await world.prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject(
      { status: "NOT_STARTED", version: 1 },
    );
  });

  it("refuses an update made on a stale version, and keeps the other person's", async () => {
    const world = await setUp();
    const action = await storedAction(world, world.schools.id);
    await signInAs(world.manager.user.id);
    const input = {
      partnershipId: world.partnership.id,
      actionId: action.id,
      version: "1",
      status: "ON_TRACK",
    };
    expect(await progress({ ...input, note: "First" })).toMatchObject({ ok: true });
    const stale = await progress({
      ...input,
      note: "Second, from an old page",
      status: "AT_RISK",
    });
    expect(stale).toMatchObject({
      ok: false,
      message: expect.stringContaining("Someone else updated this action"),
      conflict: { version: 2 },
    });
    expect(await world.prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject(
      { status: "ON_TRACK", version: 2 },
    );
    expect(
      (await world.prisma.actionUpdate.findMany({ where: { actionId: action.id } })).map(
        (u) => u.note,
      ),
    ).toEqual(["First"]);
  });
});

describe("changing an action", () => {
  it("changes the fields and links, and audits only what changed", async () => {
    const world = await setUp();
    const [first, second, third] = world.questions;
    const responseId = await world.responseOf(world.schools.id, first!.id);
    const action = await storedAction(world, world.schools.id, {
      sourceType: "RESPONSE",
      sourceNote: null,
      sourceResponseId: responseId,
      links: {
        create: [
          { assessmentId: world.assessment.id, questionId: first!.id },
          { assessmentId: world.assessment.id, questionId: second!.id },
        ],
      },
    });
    await signInAs(world.respondent.user.id);
    const form = await getActionForEdit(world.partnership.id, action.id);
    expect(form.linkGroups.map((g) => g.assessmentId)).toEqual([world.assessment.id]);
    expect(form.action.links.map((l) => l.questionId)).toEqual([first!.id, second!.id]);

    const newDue = addDays(ukDateStamp(new Date()), 60);
    const input = {
      partnershipId: world.partnership.id,
      actionId: action.id,
      version: "1",
      description: "Refresh the escalation policy",
      ownerOrganisationId: world.schools.id,
      ownerKind: "MEMBER",
      ownerUserId: world.contributor.user.id,
      dueOn: newDue,
      priority: "MEDIUM",
      links: [first!, third!].map((q) =>
        linkValue({ assessmentId: world.assessment.id, questionId: q.id }),
      ),
      shownLinks: form.action.links.map(linkValue),
    };
    expect(await editAction(null, input)).toMatchObject({ ok: true });
    const stored = await world.prisma.action.findUniqueOrThrow({
      where: { id: action.id },
      include: { links: true },
    });
    expect(stored).toMatchObject({
      ownerUserId: world.contributor.user.id,
      ownerName: null,
      ownerEmail: null,
      version: 2,
      sourceType: "RESPONSE",
    });
    expect(stored.dueOn.toISOString().slice(0, 10)).toBe(newDue);
    expect(stored.links.map((l) => l.questionId).sort()).toEqual([first!.id, third!.id].sort());
    const audit = await world.prisma.auditEvent.findFirstOrThrow({
      where: { action: "action.updated", entityId: action.id },
    });
    expect(Object.keys(audit.after as object).sort()).toEqual([
      "dueOn",
      "links",
      "ownerEmail",
      "ownerName",
      "ownerUserId",
    ]);
    expect(audit.before).toMatchObject({ ownerName: "Pat Owner", ownerUserId: null });

    // An action raised from an answer stays linked to at least one question.
    expect(
      await editAction(null, { ...input, version: "2", links: [], shownLinks: input.links }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        links: ["An action raised from an answer must stay linked to at least one question"],
      },
    });
    // A stale version is a conflict.
    expect(await editAction(null, { ...input, priority: "LOW" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("Someone else updated this action"),
    });
    expect(await world.prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject(
      { priority: "MEDIUM", version: 2 },
    );
  });

  it("keeps an overdue date when other fields change, but refuses moving it into the past", async () => {
    const world = await setUp();
    const past = addDays(ukDateStamp(new Date()), -5);
    const action = await storedAction(world, world.schools.id, {
      dueOn: new Date(`${past}T00:00:00Z`),
    });
    await signInAs(world.manager.user.id);
    const input = {
      partnershipId: world.partnership.id,
      actionId: action.id,
      version: "1",
      description: "Refresh the escalation policy, with health",
      ownerOrganisationId: world.schools.id,
      ownerKind: "OTHER",
      ownerName: "Pat Owner",
      ownerEmail: "pat@example.org",
      dueOn: past,
      priority: "MEDIUM",
    };
    expect(await editAction(null, { ...input, dueOn: addDays(past, -1) })).toMatchObject({
      ok: false,
      fieldErrors: { dueOn: ["The due date must be today or in the future"] },
    });
    expect(await editAction(null, input)).toMatchObject({ ok: true });
    const detail = await getActionDetail(world.partnership.id, action.id);
    expect(detail.action).toMatchObject({
      description: "Refresh the escalation policy, with health",
      dueOn: past,
      displayStatus: "OVERDUE",
    });
  });

  it("is only for the business manager, the scrutineer who raised it and the owning organisation's respondent", async () => {
    const world = await setUp();
    const raisedByManager = await storedAction(world, world.schools.id);
    const input = {
      partnershipId: world.partnership.id,
      actionId: raisedByManager.id,
      version: "1",
      description: "Changed",
      ownerOrganisationId: world.schools.id,
      ownerKind: "OTHER",
      ownerName: "Pat Owner",
      ownerEmail: "pat@example.org",
      dueOn: inAMonth(),
      priority: "LOW",
    };
    await signInAs(world.scrutineer.user.id);
    expect(await editAction(null, input)).toMatchObject({
      ok: false,
      message: expect.stringContaining("the scrutineer who raised this action"),
    });
    await signInAs(world.policeRespondent.user.id);
    expect(await editAction(null, input)).toMatchObject({
      ok: false,
      message: "That action does not exist or you do not have access to it.",
    });
    await expect(getActionForEdit(world.partnership.id, raisedByManager.id)).rejects.toThrow(
      NOT_FOUND,
    );
    // The schools' respondent may not hand the action to the police.
    await signInAs(world.respondent.user.id);
    expect(
      await editAction(null, { ...input, ownerOrganisationId: world.police.id }),
    ).toMatchObject({ ok: false });
    expect(
      await world.prisma.action.findUniqueOrThrow({ where: { id: raisedByManager.id } }),
    ).toMatchObject({ description: "Refresh the escalation policy", version: 1 });
    expect(await editAction(null, input)).toMatchObject({ ok: true });
  });
});

describe("changing an action, later", () => {
  const editInput = (world: World, actionId: string, overrides: Record<string, unknown> = {}) => ({
    partnershipId: world.partnership.id,
    actionId,
    version: "1",
    description: "Refresh the escalation policy",
    ownerOrganisationId: world.schools.id,
    ownerKind: "OTHER",
    ownerName: "Pat Owner",
    ownerEmail: "pat@example.org",
    dueOn: inAMonth(),
    priority: "MEDIUM",
    ...overrides,
  });

  it("can still be changed after its named owner has left, and keeps them as owner", async () => {
    const world = await setUp();
    const action = await storedAction(world, world.schools.id, {
      ownerUserId: world.contributor.user.id,
      ownerName: null,
      ownerEmail: null,
    });
    await world.prisma.membership.update({
      where: { id: world.contributor.membership.id },
      data: { deactivatedAt: new Date() },
    });
    await signInAs(world.manager.user.id);
    const form = await getActionForEdit(world.partnership.id, action.id);
    expect(form.members).toContainEqual({
      userId: world.contributor.user.id,
      name: "AGENCY_CONTRIBUTOR person",
      detail: "No longer active",
    });

    const input = editInput(world, action.id, {
      ownerKind: "MEMBER",
      ownerUserId: world.contributor.user.id,
      description: "Refresh the escalation policy, with the new head",
    });
    expect(await editAction(null, input)).toMatchObject({ ok: true });
    expect(await world.prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject(
      {
        description: "Refresh the escalation policy, with the new head",
        ownerUserId: world.contributor.user.id,
        version: 2,
      },
    );

    // But someone who has left cannot be made the owner of another action.
    const other = await storedAction(world, world.schools.id);
    expect(
      await editAction(
        null,
        editInput(world, other.id, { ownerKind: "MEMBER", ownerUserId: world.contributor.user.id }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        ownerUserId: [
          "Select a member from the list: the owner must be an active member of this partnership",
        ],
      },
    });
  });

  it("removes only the links the form showed and unticked, in one go, and refreshes every assessment affected", async () => {
    const world = await setUp();
    const [first, second, third] = world.questions;
    const elsewhere = await createSelfAssessment(world.prisma, world.partnership.id, [
      world.schools.id,
    ]);
    const pair = (assessmentId: string, questionId: string) => ({ assessmentId, questionId });
    const shown = [
      pair(world.assessment.id, first!.id),
      pair(world.assessment.id, second!.id),
      pair(elsewhere.assessment.id, first!.id),
    ];
    const action = await storedAction(world, world.schools.id, {
      links: { create: shown },
    });
    await signInAs(world.manager.user.id);
    const form = await getActionForEdit(world.partnership.id, action.id);
    // Carried into another cycle after the form was loaded: a link the form never showed.
    const carried = await createSelfAssessment(world.prisma, world.partnership.id, [
      world.schools.id,
    ]);
    await world.prisma.actionLink.create({
      data: { actionId: action.id, ...pair(carried.assessment.id, third!.id) },
    });
    vi.mocked(revalidatePath).mockClear();

    // Untick everything in the other assessment and the second question; keep the first.
    const result = await editAction(
      null,
      editInput(world, action.id, {
        links: [linkValue(pair(world.assessment.id, first!.id))],
        shownLinks: form.action.links.map(linkValue),
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const links = await world.prisma.actionLink.findMany({ where: { actionId: action.id } });
    expect(links.map((l) => linkValue(l)).sort()).toEqual(
      [
        linkValue(pair(world.assessment.id, first!.id)),
        linkValue(pair(carried.assessment.id, third!.id)),
      ].sort(),
    );
    const audit = await world.prisma.auditEvent.findFirstOrThrow({
      where: { action: "action.updated", entityId: action.id },
    });
    expect((audit.after as { links: string[] }).links).toHaveLength(2);
    const refreshed = vi.mocked(revalidatePath).mock.calls.map(([path]) => path);
    expect(refreshed).toEqual(
      expect.arrayContaining([
        `/partnerships/${world.partnership.id}/assessments/${world.assessment.id}`,
        `/partnerships/${world.partnership.id}/assessments/${elsewhere.assessment.id}`,
      ]),
    );
  });

  it("says in plain words when the form is out of date or the action is not one", async () => {
    const world = await setUp();
    const action = await storedAction(world, world.schools.id);
    await signInAs(world.manager.user.id);
    expect(
      await editAction(null, editInput(world, action.id, { version: "", actionId: "nope" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        version: ["This form is out of date: reload the page and try again"],
        actionId: ["That action does not exist"],
      },
    });
    expect(
      await progress({
        partnershipId: world.partnership.id,
        actionId: action.id,
        version: "two",
        note: "Started",
        status: "ON_TRACK",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { version: ["This form is out of date: reload the page and try again"] },
    });
  });
});

describe("getActionsForQuestions", () => {
  it("gives each question its linked actions, hiding other organisations' from agency users", async () => {
    const world = await setUp();
    const [first, second] = world.questions;
    const link = (questionId: string) => ({
      links: { create: [{ assessmentId: world.assessment.id, questionId }] },
    });
    const schoolsAction = await storedAction(world, world.schools.id, link(first!.id));
    const policeAction = await storedAction(world, world.police.id, link(first!.id));
    const earlier = await world.prisma.cycle.create({
      data: {
        partnershipId: world.partnership.id,
        name: "2025 to 2026",
        startsOn: new Date("2025-04-01"),
        endsOn: new Date("2026-03-31"),
      },
    });
    const carried = await storedAction(world, world.schools.id, {
      ...link(second!.id),
      cycleId: earlier.id,
    });
    // Another assessment's links are not this assessment's plan.
    const elsewhere = await createSelfAssessment(world.prisma, world.partnership.id, [
      world.schools.id,
    ]);
    await storedAction(world, world.schools.id, {
      links: { create: [{ assessmentId: elsewhere.assessment.id, questionId: first!.id }] },
    });

    await signInAs(world.manager.user.id);
    const all = await getActionsForQuestions(world.partnership.id, world.assessment.id);
    expect(Object.keys(all).sort()).toEqual([first!.id, second!.id].sort());
    expect(all[first!.id]!.map((a) => a.id).sort()).toEqual(
      [schoolsAction.id, policeAction.id].sort(),
    );
    expect(all[second!.id]).toEqual([
      expect.objectContaining({
        id: carried.id,
        carriedForward: true,
        cycleName: "2025 to 2026",
        ownerPersonName: "Pat Owner",
      }),
    ]);

    await signInAs(world.respondent.user.id);
    const mine = await getActionsForQuestions(world.partnership.id, world.assessment.id);
    expect(mine[first!.id]!.map((a) => a.id)).toEqual([schoolsAction.id]);

    await signInAs(world.policeRespondent.user.id);
    const police = await getActionsForQuestions(world.partnership.id, world.assessment.id);
    expect(police[first!.id]!.map((a) => a.id)).toEqual([policeAction.id]);
    expect(police[second!.id]).toBeUndefined();

    // Another partnership's member learns nothing.
    const other = await createPartnership(world.prisma);
    const outsider = await createMember(world.prisma, other.id, "BUSINESS_MANAGER");
    await signInAs(outsider.user.id);
    await expect(getActionsForQuestions(world.partnership.id, world.assessment.id)).rejects.toThrow(
      "does not exist",
    );
    expect(await getActionsForQuestions(other.id, world.assessment.id)).toEqual({});
  });
});
