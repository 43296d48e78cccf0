import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startNextCycle } from "@/lib/actions/assessments/start-next-cycle";
import { getStepForResponding } from "@/lib/data/assessment-work";
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

async function action(
  partnershipId: string,
  ownerOrganisationId: string,
  status: "ON_TRACK" | "COMPLETE" | "AT_RISK",
  links: Array<{ assessmentId: string; questionId: string }>,
  cycleId: string,
) {
  return database.prisma.action.create({
    data: {
      partnershipId,
      cycleId,
      description: `An action that is ${status}`,
      ownerOrganisationId,
      ownerName: "Owner",
      ownerEmail: "owner@example.org",
      dueOn: new Date("2027-06-30"),
      status,
      sourceType: "OTHER",
      sourceNote: "Test",
      links: { create: links },
    },
    select: { id: true },
  });
}

/** A signed-off scrutiny by two scrutineers, with agreed ratings, evidence and three actions. */
async function finalisedScrutiny() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const lead = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Lead" });
  const second = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Second" });
  const { assessment, cycle, questionIds } = await createScrutinyAssessment(
    prisma,
    partnership.id,
    [lead.user.id, second.user.id],
  );
  const evidence = await prisma.evidenceItem.create({
    data: {
      partnershipId: partnership.id,
      title: "Multi-agency audit of neglect cases",
      kind: "LINK",
      nature: "OUTCOME",
      evidenceDate: new Date("2026-09-01"),
      url: "https://example.org/audit",
    },
  });
  const first = questionIds[0]!;
  const firstResponses = await prisma.response.findMany({
    where: { assessmentId: assessment.id, questionId: first },
  });
  await prisma.response.updateMany({
    where: { assessmentId: assessment.id },
    data: { rating: "AMBER", remainingWork: "More to do" },
  });
  await prisma.responseEvidence.createMany({
    data: firstResponses.map((r) => ({ responseId: r.id, evidenceId: evidence.id })),
  });
  await prisma.agreedRating.createMany({
    data: questionIds.map((questionId) => ({
      assessmentId: assessment.id,
      questionId,
      rating: "AMBER" as const,
    })),
  });
  const org = partnership.organisations[0]!.id;
  const open = await action(
    partnership.id,
    org,
    "ON_TRACK",
    [
      { assessmentId: assessment.id, questionId: first },
      { assessmentId: assessment.id, questionId: questionIds[5]! },
    ],
    cycle.id,
  );
  const atRisk = await action(
    partnership.id,
    org,
    "AT_RISK",
    [{ assessmentId: assessment.id, questionId: questionIds[1]! }],
    cycle.id,
  );
  const complete = await action(
    partnership.id,
    org,
    "COMPLETE",
    [{ assessmentId: assessment.id, questionId: first }],
    cycle.id,
  );
  await prisma.assessment.update({
    where: { id: assessment.id },
    data: { status: "FINALISED", finalisedAt: new Date() },
  });
  return {
    partnership,
    manager,
    lead,
    second,
    assessment,
    cycle,
    questionIds,
    evidence,
    open,
    atRisk,
    complete,
  };
}

const newCycle = {
  title: "Independent scrutiny 2027–28",
  cycleChoice: "new" as const,
  cycleName: "2027–28",
  cycleStartsOn: "2027-04-01",
  cycleEndsOn: "2028-03-31",
};

describe("starting the next cycle from a finalised assessment", () => {
  it("starts unrated with the same participants, links open actions and leaves completed ones", async () => {
    const prisma = database.prisma;
    const s = await finalisedScrutiny();
    await signInAs(s.manager.user.id);
    const result = await startNextCycle(null, {
      partnershipId: s.partnership.id,
      assessmentId: s.assessment.id,
      ...newCycle,
    });
    expect(result).toMatchObject({ ok: true, data: { actionsCarriedForward: 2 } });
    const nextId = result.ok ? result.data.assessmentId : "";
    const next = await prisma.assessment.findUniqueOrThrow({
      where: { id: nextId },
      include: { cycle: true, participants: true, responses: true, actionLinks: true },
    });
    expect(next).toMatchObject({
      baselineAssessmentId: s.assessment.id,
      kind: "INDEPENDENT_SCRUTINY",
      status: "IN_PROGRESS",
      cycle: { name: "2027–28" },
    });
    expect(next.participants.map((p) => [p.userId, p.isLead]).sort()).toEqual(
      [
        [s.lead.user.id, true],
        [s.second.user.id, false],
      ].sort(),
    );
    expect(next.responses).toHaveLength(48);
    expect(next.responses.every((r) => r.rating === null && r.narrative === "")).toBe(true);
    // Open actions are linked (not copied) to the same questions; the completed one is not.
    expect(next.actionLinks.map((l) => [l.actionId, l.questionId]).sort()).toEqual(
      [
        [s.open.id, s.questionIds[0]],
        [s.open.id, s.questionIds[5]],
        [s.atRisk.id, s.questionIds[1]],
      ].sort(),
    );
    expect(await prisma.action.count({ where: { partnershipId: s.partnership.id } })).toBe(3);
    // The completed action stays with its cycle's assessment only.
    expect(
      await prisma.actionLink.findMany({
        where: { actionId: s.complete.id },
        select: { assessmentId: true },
      }),
    ).toEqual([{ assessmentId: s.assessment.id }]);
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "assessment.carried-forward", entityId: nextId },
    });
    expect(event.after).toMatchObject({ from: s.assessment.id, actionsCarriedForward: 2 });

    // Each question shows last cycle's agreed rating and evidence beside it, then what changed.
    await signInAs(s.lead.user.id);
    const step = await getStepForResponding(s.partnership.id, nextId, 1);
    const q1 = step.questions[0]!;
    expect(q1.baseline).toEqual({
      cycleName: s.cycle.name,
      rating: "AMBER",
      evidence: [{ id: s.evidence.id, title: "Multi-agency audit of neglect cases" }],
    });
    expect(q1.response?.rating).toBeNull();
    // The carried-forward actions make up the plan for their questions.
    expect(step.questions.map((q) => q.actionCount)).toEqual([1, 1, 0, 0]);

    // Only once.
    await signInAs(s.manager.user.id);
    expect(
      await startNextCycle(null, {
        partnershipId: s.partnership.id,
        assessmentId: s.assessment.id,
        ...newCycle,
        cycleName: "2027–28 again",
      }),
    ).toMatchObject({
      ok: false,
      message:
        "The next cycle has already been started from this assessment: ‘Independent scrutiny 2027–28’.",
    });
  });

  it("starts the next cycle once when two requests arrive together", async () => {
    const prisma = database.prisma;
    const s = await finalisedScrutiny();
    await signInAs(s.manager.user.id);
    const ids = { partnershipId: s.partnership.id, assessmentId: s.assessment.id };
    const results = await Promise.all([
      startNextCycle(null, { ...ids, ...newCycle, cycleName: "Race A" }),
      startNextCycle(null, { ...ids, ...newCycle, cycleName: "Race B" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      message: expect.stringContaining("The next cycle has already been started"),
    });
    expect(
      await prisma.assessment.count({ where: { baselineAssessmentId: s.assessment.id } }),
    ).toBe(1);
    // The refused request wrote nothing, not even its cycle.
    expect(await prisma.cycle.count({ where: { partnershipId: s.partnership.id } })).toBe(2);
    // The carried actions' version moved on, so an edit form opened before is stale.
    expect((await prisma.action.findUniqueOrThrow({ where: { id: s.open.id } })).version).toBe(2);
  });

  it("refuses an assessment in progress, an earlier cycle and a clashing cycle name, writing nothing", async () => {
    const prisma = database.prisma;
    const s = await finalisedScrutiny();
    await signInAs(s.manager.user.id);
    const ids = { partnershipId: s.partnership.id, assessmentId: s.assessment.id };
    expect(
      await startNextCycle(null, { ...ids, ...newCycle, cycleName: s.cycle.name }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        cycleName: [
          `There is already a cycle called ‘${s.cycle.name}’: choose it from the list instead`,
        ],
      },
    });
    expect(
      await startNextCycle(null, {
        ...ids,
        cycleChoice: "existing",
        cycleId: s.cycle.id,
        title: "Again",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { cycleId: ["Choose a cycle that starts after the cycle of this assessment"] },
    });
    expect(
      await startNextCycle(null, { ...ids, ...newCycle, cycleStartsOn: "2025-01-01" }),
    ).toMatchObject({ ok: false });
    await prisma.assessment.update({
      where: { id: s.assessment.id },
      data: { status: "IN_PROGRESS" },
    });
    expect(await startNextCycle(null, { ...ids, ...newCycle })).toMatchObject({
      ok: false,
      message:
        "Only a finalised assessment can start the next cycle: finalise or sign off this one first.",
    });
    expect(
      await prisma.assessment.count({ where: { baselineAssessmentId: s.assessment.id } }),
    ).toBe(0);
    expect(await prisma.cycle.count({ where: { partnershipId: s.partnership.id } })).toBe(1);
  });

  it("gives a self-assessment organisation its own last answer as the baseline", async () => {
    const prisma = database.prisma;
    const partnership = await createPartnership(prisma);
    const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
    const [council, police] = partnership.organisations;
    const respondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
      organisationId: police!.id,
    });
    const { assessment, participants } = await createSelfAssessment(prisma, partnership.id, [
      council!.id,
      police!.id,
    ]);
    await prisma.response.updateMany({
      where: { participantId: participants[council!.id] },
      data: { rating: "GREEN" },
    });
    await prisma.response.updateMany({
      where: { participantId: participants[police!.id] },
      data: { rating: "RED", narrative: "Not yet" },
    });
    await prisma.assessment.update({
      where: { id: assessment.id },
      data: { status: "FINALISED", finalisedAt: new Date() },
    });
    await signInAs(manager.user.id);
    const result = await startNextCycle(null, {
      partnershipId: partnership.id,
      assessmentId: assessment.id,
      ...newCycle,
    });
    expect(result.ok).toBe(true);
    await signInAs(respondent.user.id);
    const step = await getStepForResponding(
      partnership.id,
      result.ok ? result.data.assessmentId : "",
      2,
    );
    expect(step.questions.map((q) => q.baseline?.rating)).toEqual(["RED", "RED", "RED", "RED"]);
  });
});
