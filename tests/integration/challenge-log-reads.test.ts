import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { raiseChallenge } from "@/lib/actions/challenges/raise-challenge";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { getChallenge, getChallengeFormOptions, getChallengeLog } from "@/lib/data/challenges";
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

const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

let database: TestDatabase;
beforeAll(async () => {
  database = await startTestApp();
  await seed(database.prisma, { demo: false });
});
afterAll(() => database.drop());

/**
 * A scrutiny with four challenges, one at each point of the journey:
 * 1 on question 1.1 to Police, awaiting response; 2 on step 1 to Police, awaiting outcome;
 * 3 on question 1.2 to the County Council, accepted, with an action owned by each of Council and
 * Police; 4 on question 1.1 to Police, not accepted.
 */
async function setUp() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const org = (kind: string) => partnership.organisations.find((o) => o.kind === kind)!;
  const [police, council, schools] = [org("POLICE"), org("LOCAL_AUTHORITY"), org("EDUCATION")];
  const scrutineer = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Asha Scr" });
  const bystander = await createMember(prisma, partnership.id, "SCRUTINEER");
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const policeRespondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
    organisationId: police.id,
    name: "Pat Police",
  });
  const schoolsRespondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
    organisationId: schools.id,
  });
  const viewer = await createMember(prisma, partnership.id, "VIEWER");
  const { assessment, cycle } = await createScrutinyAssessment(prisma, partnership.id, [
    scrutineer.user.id,
  ]);
  const step1 = await prisma.frameworkStep.findFirstOrThrow({
    where: { versionId: assessment.frameworkVersionId, number: 1 },
    select: { id: true, title: true, questions: { orderBy: { position: "asc" }, take: 2 } },
  });
  const [q11, q12] = step1.questions;
  const at = (day: number) => new Date(`2026-06-0${day}T10:00:00Z`);
  const base = { assessmentId: assessment.id, raisedById: scrutineer.user.id };
  const responded = {
    partnerResponse: "We have the audit",
    respondedById: policeRespondent.user.id,
    respondedAt: at(5),
  };
  const awaiting = await prisma.challenge.create({
    data: {
      ...base,
      questionId: q11!.id,
      responsibleOrganisationId: police.id,
      text: "Where is the audit?",
      createdAt: at(1),
    },
  });
  const onStep = await prisma.challenge.create({
    data: {
      ...base,
      stepId: step1.id,
      responsibleOrganisationId: police.id,
      text: "Step 1 lacks evidence",
      createdAt: at(2),
      ...responded,
    },
  });
  const accepted = await prisma.challenge.create({
    data: {
      ...base,
      questionId: q12!.id,
      responsibleOrganisationId: council.id,
      text: "Thresholds are unclear",
      createdAt: at(3),
      ...responded,
      outcome: "ACCEPTED",
      outcomeNote: "Agreed: thresholds to be rewritten",
      outcomeById: scrutineer.user.id,
      outcomeAt: at(6),
    },
  });
  const refused = await prisma.challenge.create({
    data: {
      ...base,
      questionId: q11!.id,
      responsibleOrganisationId: police.id,
      text: "Too few audits",
      createdAt: at(4),
      ...responded,
      outcome: "NOT_ACCEPTED",
      outcomeNote: "Audits are enough",
      outcomeById: scrutineer.user.id,
      outcomeAt: at(7),
    },
  });
  const action = (ownerOrganisationId: string, description: string) =>
    prisma.action.create({
      data: {
        partnershipId: partnership.id,
        cycleId: cycle.id,
        description,
        ownerOrganisationId,
        ownerName: "Owner",
        dueOn: new Date("2099-03-31"),
        sourceType: "CHALLENGE",
        sourceChallengeId: accepted.id,
      },
    });
  const councilAction = await action(council.id, "Rewrite the thresholds document");
  const policeAction = await action(police.id, "Brief officers on thresholds");
  const ids = { partnershipId: partnership.id, assessmentId: assessment.id };
  return {
    prisma,
    partnership,
    police,
    council,
    step1,
    q11: q11!,
    scrutineer,
    bystander,
    manager,
    policeRespondent,
    schoolsRespondent,
    viewer,
    assessment,
    challenges: { awaiting, onStep, accepted, refused },
    councilAction,
    policeAction,
    ids,
  };
}

type World = Awaited<ReturnType<typeof setUp>>;

async function logAs(world: World, userId: string) {
  await signInAs(userId);
  return getChallengeLog(world.partnership.id, world.assessment.id);
}

const mays = (log: Awaited<ReturnType<typeof getChallengeLog>>) =>
  log.challenges.map((c) => [c.may.respond, c.may.recordOutcome, c.may.raiseAction]);

describe("the challenge log", () => {
  it("shows each challenge's subject, people, stage, response, outcome and actions, in the order raised", async () => {
    const world = await setUp();
    const log = await logAs(world, world.viewer.user.id);
    const { partnershipId, assessmentId } = world.ids;
    expect(log.assessment).toMatchObject({ title: "Independent scrutiny", status: "IN_PROGRESS" });
    expect(log.challenges.map((c) => [c.number, c.about.label, c.stage])).toEqual([
      [1, "Question 1.1", "AWAITING_RESPONSE"],
      [2, `Step 1: ${world.step1.title}`, "AWAITING_OUTCOME"],
      [3, "Question 1.2", "CLOSED"],
      [4, "Question 1.1", "CLOSED"],
    ]);
    const [awaiting, onStep, accepted, refused] = log.challenges;
    expect(awaiting).toMatchObject({
      href: `/partnerships/${partnershipId}/assessments/${assessmentId}/challenges/${awaiting!.id}`,
      about: {
        text: world.q11.text,
        href: `/partnerships/${partnershipId}/assessments/${assessmentId}/steps/1#q1-1-title`,
      },
      responsibleOrganisation: "Police",
      text: "Where is the audit?",
      raised: { by: "Asha Scr", at: "2026-06-01T10:00:00.000Z" },
      response: null,
      outcome: null,
    });
    expect(onStep!.about.href).toBe(
      `/partnerships/${partnershipId}/assessments/${assessmentId}/steps/1`,
    );
    expect(onStep!.response).toEqual({
      text: "We have the audit",
      by: "Pat Police",
      at: "2026-06-05T10:00:00.000Z",
    });
    expect(accepted).toMatchObject({
      responsibleOrganisation: "County Council",
      outcome: { value: "ACCEPTED", note: "Agreed: thresholds to be rewritten", by: "Asha Scr" },
    });
    expect(accepted!.actions.map((a) => [a.description, a.ownerOrganisation, a.status])).toEqual([
      ["Rewrite the thresholds document", "County Council", "NOT_STARTED"],
      ["Brief officers on thresholds", "Police", "NOT_STARTED"],
    ]);
    expect(refused!.outcome).toMatchObject({ value: "NOT_ACCEPTED", note: "Audits are enough" });
    // A viewer reads everything and does nothing.
    expect(log.canRaise).toBe(false);
    expect(
      mays(log)
        .flat()
        .every((may) => may === false),
    ).toBe(true);
  });

  it("lets the scrutineer taking part raise, record outcomes once answered and raise actions from accepted challenges", async () => {
    const world = await setUp();
    const log = await logAs(world, world.scrutineer.user.id);
    expect(log.canRaise).toBe(true);
    expect(mays(log)).toEqual([
      [false, false, false],
      [false, true, false],
      [false, true, true],
      [false, true, false],
    ]);
    const accepted = log.challenges[2]!;
    expect(accepted.raiseActionHref).toBe(
      `/partnerships/${world.partnership.id}/actions/new?challengeId=${accepted.id}&returnTo=${encodeURIComponent(accepted.href)}`,
    );
    expect(log.challenges[3]!.raiseActionHref).toBeNull();

    // A scrutineer of the partnership who is not taking part in this scrutiny records nothing.
    const other = await logAs(world, world.bystander.user.id);
    expect(other.canRaise).toBe(false);
    expect(other.challenges.map((c) => c.may.recordOutcome)).toEqual([false, false, false, false]);
  });

  it("lets the business manager respond to any open challenge and an agency respondent only to its own organisation's", async () => {
    const world = await setUp();
    const manager = await logAs(world, world.manager.user.id);
    expect(manager.canRaise).toBe(false);
    expect(mays(manager)).toEqual([
      [true, false, false],
      [true, false, false],
      [false, false, true],
      [false, false, false],
    ]);

    const police = await logAs(world, world.policeRespondent.user.id);
    expect(police.challenges.map((c) => c.may.respond)).toEqual([true, true, false, false]);
    // The accepted challenge is the County Council's: Police neither plans for it nor sees its action.
    expect(police.challenges[2]!.may.raiseAction).toBe(false);
    expect(police.challenges[2]!.actions.map((a) => a.id)).toEqual([world.policeAction.id]);

    const schools = await logAs(world, world.schoolsRespondent.user.id);
    expect(schools.challenges.map((c) => c.may.respond)).toEqual([false, false, false, false]);
    expect(schools.challenges[2]!.actions).toEqual([]);
  });

  it("is a 404 for another partnership's assessment, a self-assessment or a challenge of another scrutiny", async () => {
    const world = await setUp();
    const other = await createPartnership(world.prisma);
    const theirs = await createScrutinyAssessment(world.prisma, other.id, []);
    const self = await createSelfAssessment(world.prisma, world.partnership.id, [world.police.id]);
    const mine = await createScrutinyAssessment(world.prisma, world.partnership.id, []);
    await signInAs(world.manager.user.id);
    await expect(getChallengeLog(world.partnership.id, theirs.assessment.id)).rejects.toThrow(
      NOT_FOUND,
    );
    await expect(getChallengeLog(world.partnership.id, self.assessment.id)).rejects.toThrow(
      NOT_FOUND,
    );
    await expect(
      getChallenge(world.partnership.id, mine.assessment.id, world.challenges.awaiting.id),
    ).rejects.toThrow(NOT_FOUND);
    // Someone from another partnership learns nothing about this one.
    const outsider = await createMember(world.prisma, other.id, "BUSINESS_MANAGER");
    await signInAs(outsider.user.id);
    await expect(getChallengeLog(world.partnership.id, world.assessment.id)).rejects.toThrow(
      NotFoundError,
    );
  });

  it("reads one challenge numbered as in the log", async () => {
    const world = await setUp();
    await signInAs(world.scrutineer.user.id);
    const { challenge, isScrutineer } = await getChallenge(
      world.partnership.id,
      world.assessment.id,
      world.challenges.accepted.id,
    );
    expect(isScrutineer).toBe(true);
    expect(challenge).toMatchObject({ number: 3, about: { label: "Question 1.2" }, version: 1 });
  });
});

describe("the raise-a-challenge choices", () => {
  it("offers the scrutiny's own steps and questions and the partnership's organisations, and a chosen one is raised", async () => {
    const world = await setUp();
    await signInAs(world.scrutineer.user.id);
    const options = await getChallengeFormOptions(world.partnership.id, world.assessment.id);
    expect(options.isParticipant).toBe(true);
    expect(options.groups).toHaveLength(6);
    expect(options.groups[0]).toMatchObject({
      label: `Step 1: ${world.step1.title}`,
      step: { value: `step:${world.step1.id}`, label: `The whole of step 1: ${world.step1.title}` },
    });
    expect(options.groups.every((g) => g.questions.length === 4)).toBe(true);
    expect(options.groups[0]!.questions[0]).toEqual({
      value: `question:${world.q11.id}`,
      label: `Question 1.1: ${world.q11.text}`,
    });
    // Statutory partners first, then the relevant agencies.
    expect(options.organisations.map((o) => o.name)).toEqual([
      "County Council",
      "Integrated Care Board",
      "Police",
      "Schools Alliance",
    ]);

    const about = options.groups[2]!.questions[3]!.value;
    const raised = await raiseChallenge(null, {
      ...world.ids,
      about,
      responsibleOrganisationId: world.council.id,
      text: "How do you know?",
    });
    expect(raised).toMatchObject({ ok: true });
    const log = await getChallengeLog(world.partnership.id, world.assessment.id);
    expect(log.challenges.at(-1)).toMatchObject({
      number: 5,
      about: { label: "Question 3.4" },
      responsibleOrganisation: "County Council",
      stage: "AWAITING_RESPONSE",
    });
  });

  it("tells a scrutineer who is not taking part, refuses other roles and knows only scrutinies", async () => {
    const world = await setUp();
    await signInAs(world.bystander.user.id);
    const options = await getChallengeFormOptions(world.partnership.id, world.assessment.id);
    expect(options.isParticipant).toBe(false);
    const self = await createSelfAssessment(world.prisma, world.partnership.id, [world.police.id]);
    await expect(getChallengeFormOptions(world.partnership.id, self.assessment.id)).rejects.toThrow(
      NOT_FOUND,
    );
    await signInAs(world.manager.user.id);
    await expect(
      getChallengeFormOptions(world.partnership.id, world.assessment.id),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
