import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAction } from "@/lib/actions/actions/create-action";
import { raiseChallenge } from "@/lib/actions/challenges/raise-challenge";
import { recordChallengeOutcome } from "@/lib/actions/challenges/record-challenge-outcome";
import { respondToChallenge } from "@/lib/actions/challenges/respond-to-challenge";
import { ACTION_MESSAGES } from "@/lib/domain/action-input";
import { addDays } from "@/lib/domain/actions";
import { CHALLENGE_MESSAGES } from "@/lib/domain/challenges";
import { ukDateStamp } from "@/lib/domain/london-time";
import { seed } from "../../prisma/seed";
import {
  createMember,
  createPartnership,
  createScrutinyAssessment,
  createSelfAssessment,
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

const call = <T>(action: (previous: unknown, input: never) => Promise<T>, input: object) =>
  action(null, input as never);

/**
 * A scrutiny led by Asha with Ben; Cara is a scrutineer of the partnership not on it. The police
 * are responsible for the challenges raised here; the council has a respondent too.
 */
async function setUp() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const org = (kind: string) => partnership.organisations.find((o) => o.kind === kind)!;
  const [police, council] = [org("POLICE"), org("LOCAL_AUTHORITY")];
  const lead = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Asha Lead" });
  const second = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Ben Second" });
  const bystander = await createMember(prisma, partnership.id, "SCRUTINEER");
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const policeRespondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
    organisationId: police.id,
  });
  const councilRespondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
    organisationId: council.id,
  });
  const { assessment, questionIds } = await createScrutinyAssessment(prisma, partnership.id, [
    lead.user.id,
    second.user.id,
  ]);
  const step = await prisma.frameworkStep.findFirstOrThrow({
    where: { versionId: assessment.frameworkVersionId, number: 2 },
  });
  const ids = { partnershipId: partnership.id, assessmentId: assessment.id };
  return {
    prisma,
    partnership,
    police,
    council,
    lead,
    second,
    bystander,
    manager,
    policeRespondent,
    councilRespondent,
    assessment,
    questionId: questionIds[0]!,
    step,
    ids,
  };
}

type World = Awaited<ReturnType<typeof setUp>>;

const raise = (world: World, input: object = {}) =>
  call(raiseChallenge, {
    ...world.ids,
    about: `question:${world.questionId}`,
    responsibleOrganisationId: world.police.id,
    text: "How do you know the threshold is understood?",
    ...input,
  });

async function raised(world: World) {
  await signInAs(world.lead.user.id);
  const result = await raise(world);
  if (!result.ok) throw new Error(result.message);
  return result.data.challengeId;
}

const respond = (world: World, challengeId: string, version: number, response: string) =>
  call(respondToChallenge, { ...world.ids, challengeId, version, response });

const outcome = (world: World, challengeId: string, version: number, value: string) =>
  call(recordChallengeOutcome, {
    ...world.ids,
    challengeId,
    version,
    outcome: value,
    outcomeNote: "Explained at the board",
  });

function actionFrom(world: World, challengeId: string) {
  return call(createAction, {
    partnershipId: world.partnership.id,
    description: `Refresh threshold training ${challengeId}`,
    ownerOrganisationId: world.police.id,
    ownerKind: "OTHER",
    ownerName: "Pat Owner",
    ownerEmail: "pat@example.org",
    dueOn: addDays(ukDateStamp(new Date()), 30),
    priority: "MEDIUM",
    sourceType: "CHALLENGE",
    sourceChallengeId: challengeId,
  });
}

const audits = (world: World, action: string, entityId: string) =>
  world.prisma.auditEvent.count({
    where: { action, entityId, partnershipId: world.partnership.id },
  });

describe("raising a challenge", () => {
  it("a scrutineer of the assessment raises one on a question or a step", async () => {
    const world = await setUp();
    const onQuestion = await raised(world);
    await signInAs(world.second.user.id);
    const onStep = await raise(world, {
      about: `step:${world.step.id}`,
      text: "Step 2 as a whole",
    });
    expect(onStep).toMatchObject({ ok: true });

    const rows = await world.prisma.challenge.findMany({
      where: { assessmentId: world.ids.assessmentId },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((c) => [c.questionId, c.stepId, c.raisedById, c.version])).toEqual([
      [world.questionId, null, world.lead.user.id, 1],
      [null, world.step.id, world.second.user.id, 1],
    ]);
    expect(rows[0]!.responsibleOrganisationId).toBe(world.police.id);
    expect(await audits(world, "challenge.raised", onQuestion)).toBe(1);
  });

  it("refuses a scrutineer not on it, a subject outside the framework, another partnership's organisation and a self-assessment", async () => {
    const world = await setUp();
    await signInAs(world.bystander.user.id);
    expect(await raise(world)).toMatchObject({
      ok: false,
      message: CHALLENGE_MESSAGES.notParticipantRaise,
    });

    await signInAs(world.lead.user.id);
    expect(await raise(world, { about: `question:${world.ids.assessmentId}` })).toMatchObject({
      ok: false,
      fieldErrors: { about: [CHALLENGE_MESSAGES.aboutNotInFramework] },
    });
    const elsewhere = await createPartnership(world.prisma);
    expect(
      await raise(world, { responsibleOrganisationId: elsewhere.organisations[0]!.id }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { responsibleOrganisationId: [CHALLENGE_MESSAGES.organisationNotInPartnership] },
    });
    const self = await createSelfAssessment(world.prisma, world.partnership.id, [world.police.id]);
    expect(await raise(world, { assessmentId: self.assessment.id })).toMatchObject({
      ok: false,
      message: CHALLENGE_MESSAGES.notScrutiny,
    });
    expect(await world.prisma.challenge.count({ where: { raisedById: world.lead.user.id } })).toBe(
      0,
    );
  });
});

describe("responding and recording the outcome", () => {
  it("raise → respond (responsible organisation or business manager) → outcome, with versions", async () => {
    const world = await setUp();
    const challengeId = await raised(world);

    // No outcome before the partner has responded.
    await signInAs(world.lead.user.id);
    expect(await outcome(world, challengeId, 1, "ACCEPTED")).toMatchObject({
      ok: false,
      message: CHALLENGE_MESSAGES.awaitingResponse,
    });
    await signInAs(world.councilRespondent.user.id);
    expect(await respond(world, challengeId, 1, "Council view")).toMatchObject({
      ok: false,
      message: CHALLENGE_MESSAGES.notResponsible,
    });
    await signInAs(world.policeRespondent.user.id);
    expect(await respond(world, challengeId, 1, "Training records")).toEqual({
      ok: true,
      data: { version: 2, changed: true },
    });
    await signInAs(world.manager.user.id);
    expect(await respond(world, challengeId, 1, "Board minutes")).toMatchObject({
      ok: false,
      message: CHALLENGE_MESSAGES.conflict,
      conflict: { version: 2, partnerResponse: "Training records" },
    });
    expect(await respond(world, challengeId, 2, "Training records and audit")).toMatchObject({
      ok: true,
      data: { version: 3 },
    });

    await signInAs(world.bystander.user.id);
    expect(await outcome(world, challengeId, 3, "ACCEPTED")).toMatchObject({
      ok: false,
      message: CHALLENGE_MESSAGES.notParticipantOutcome,
    });
    await signInAs(world.second.user.id);
    expect(await outcome(world, challengeId, 2, "ACCEPTED")).toMatchObject({
      ok: false,
      conflict: { version: 3, partnerResponse: "Training records and audit" },
    });
    expect(await outcome(world, challengeId, 3, "PARTLY_ACCEPTED")).toMatchObject({
      ok: true,
      data: { version: 4 },
    });
    await signInAs(world.policeRespondent.user.id);
    expect(await respond(world, challengeId, 4, "Too late")).toMatchObject({
      ok: false,
      message: CHALLENGE_MESSAGES.alreadyClosed,
    });

    const stored = await world.prisma.challenge.findUniqueOrThrow({ where: { id: challengeId } });
    expect(stored).toMatchObject({
      partnerResponse: "Training records and audit",
      respondedById: world.manager.user.id,
      outcome: "PARTLY_ACCEPTED",
      outcomeById: world.second.user.id,
      version: 4,
    });
    expect(await audits(world, "challenge.responded", challengeId)).toBe(2);
    expect(await audits(world, "challenge.outcome-recorded", challengeId)).toBe(1);
  });

  it("another partnership's challenge is not found through this partnership", async () => {
    const world = await setUp();
    const other = await setUp();
    const foreign = await raised(other);
    await signInAs(world.manager.user.id);
    const result = await call(respondToChallenge, {
      ...world.ids,
      assessmentId: other.ids.assessmentId,
      challengeId: foreign,
      version: 1,
      response: "Ours",
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/does not exist/) });
    const stored = await world.prisma.challenge.findUniqueOrThrow({ where: { id: foreign } });
    expect(stored.partnerResponse).toBeNull();
  });
});

describe("an action from a challenge", () => {
  it("from an accepted challenge: linked to its question, in the assessment's cycle", async () => {
    const world = await setUp();
    const challengeId = await raised(world);
    await world.prisma.challenge.update({
      where: { id: challengeId },
      data: { partnerResponse: "Noted", outcome: "ACCEPTED", version: 3 },
    });
    await signInAs(world.manager.user.id);
    const result = await actionFrom(world, challengeId);
    expect(result).toMatchObject({ ok: true });
    const action = await world.prisma.action.findFirstOrThrow({
      where: { sourceChallengeId: challengeId },
      include: { links: true },
    });
    expect(action).toMatchObject({ sourceType: "CHALLENGE", cycleId: world.assessment.cycleId });
    expect(action.links.map((l) => [l.assessmentId, l.questionId])).toEqual([
      [world.ids.assessmentId, world.questionId],
    ]);
    expect(await audits(world, "action.created", action.id)).toBe(1);
  });

  it("refused for a challenge not accepted, and for an agency respondent of another organisation", async () => {
    const world = await setUp();
    const rejected = await raised(world);
    const accepted = await raised(world);
    await world.prisma.challenge.update({
      where: { id: rejected },
      data: { partnerResponse: "Noted", outcome: "NOT_ACCEPTED" },
    });
    await world.prisma.challenge.update({
      where: { id: accepted },
      data: { partnerResponse: "Noted", outcome: "ACCEPTED" },
    });
    await signInAs(world.manager.user.id);
    expect(await actionFrom(world, rejected)).toMatchObject({
      ok: false,
      fieldErrors: { sourceType: [ACTION_MESSAGES.challengeNotAccepted] },
    });
    await signInAs(world.councilRespondent.user.id);
    const notOwn = await call(createAction, {
      partnershipId: world.partnership.id,
      description: "Council plan",
      ownerOrganisationId: world.council.id,
      ownerKind: "OTHER",
      ownerName: "Pat Owner",
      ownerEmail: "pat@example.org",
      dueOn: addDays(ukDateStamp(new Date()), 30),
      priority: "LOW",
      sourceType: "CHALLENGE",
      sourceChallengeId: accepted,
    });
    expect(notOwn).toMatchObject({
      ok: false,
      fieldErrors: { sourceType: [ACTION_MESSAGES.challengeNotOwn] },
    });
    expect(
      await world.prisma.action.count({
        where: { sourceChallengeId: { in: [rejected, accepted] } },
      }),
    ).toBe(0);
  });
});
