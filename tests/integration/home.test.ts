import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getHome } from "@/lib/data/home";
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

/**
 * Partnership A: a scrutiny (two scrutineers), a wider-partner self-assessment (Police and Schools)
 * and a finalised scrutiny; partnership B: its own business manager and assessment.
 */
async function setUp() {
  const prisma = database.prisma;
  const partnership = await createPartnership(
    prisma,
    `Home A ${Math.random().toString(36).slice(2)}`,
  );
  const schools = partnership.organisations.find((o) => o.kind === "EDUCATION")!;
  const police = partnership.organisations.find((o) => o.kind === "POLICE")!;
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const scrutineer = await createMember(prisma, partnership.id, "SCRUTINEER");
  const colleague = await createMember(prisma, partnership.id, "SCRUTINEER");
  const respondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
    organisationId: schools.id,
  });
  const viewer = await createMember(prisma, partnership.id, "VIEWER");

  const scrutiny = await createScrutinyAssessment(prisma, partnership.id, [
    scrutineer.user.id,
    colleague.user.id,
  ]);
  await prisma.assessment.update({
    where: { id: scrutiny.assessment.id },
    data: { title: "Scrutiny 2026–27" },
  });
  // The scrutineer has rated 3 questions and has a due date; the colleague has submitted.
  await prisma.response.updateMany({
    where: { id: { in: scrutiny.responses[scrutineer.user.id]!.slice(0, 3) } },
    data: { rating: "AMBER" },
  });
  await prisma.response.updateMany({
    where: { id: { in: scrutiny.responses[colleague.user.id]! } },
    data: { rating: "RED", narrative: "Not in place" },
  });
  await prisma.assessmentParticipant.updateMany({
    where: { assessmentId: scrutiny.assessment.id, userId: scrutineer.user.id },
    data: { status: "IN_PROGRESS", dueOn: new Date("2027-01-31") },
  });
  await prisma.assessmentParticipant.updateMany({
    where: { assessmentId: scrutiny.assessment.id, userId: colleague.user.id },
    data: { status: "SUBMITTED", submittedAt: new Date() },
  });

  const self = await createSelfAssessment(
    prisma,
    partnership.id,
    [police.id, schools.id],
    "WIDER_PARTNER_SELF_ASSESSMENT",
  );
  await prisma.assessment.update({
    where: { id: self.assessment.id },
    data: { title: "Wider partners 2026–27" },
  });
  const schoolsSeat = self.participants[schools.id]!;
  // Schools answers 20 of the 24 questions and has rated 2 of them.
  const dropped = await prisma.participantQuestion.findMany({
    where: { participantId: schoolsSeat },
    take: 4,
    select: { questionId: true },
  });
  const droppedIds = dropped.map((d) => d.questionId);
  await prisma.participantQuestion.deleteMany({
    where: { participantId: schoolsSeat, questionId: { in: droppedIds } },
  });
  await prisma.response.deleteMany({
    where: { participantId: schoolsSeat, questionId: { in: droppedIds } },
  });
  const rated = await prisma.response.findMany({
    where: { participantId: schoolsSeat },
    take: 2,
    select: { id: true },
  });
  await prisma.response.updateMany({
    where: { id: { in: rated.map((r) => r.id) } },
    data: { rating: "GREEN" },
  });

  // A finalised scrutiny the scrutineer took part in: nothing left to answer there.
  const finished = await createScrutinyAssessment(prisma, partnership.id, [scrutineer.user.id]);
  await prisma.assessment.update({
    where: { id: finished.assessment.id },
    data: { status: "FINALISED", title: "Scrutiny 2025–26" },
  });

  const other = await createPartnership(prisma, `Home B ${Math.random().toString(36).slice(2)}`);
  const outsider = await createMember(prisma, other.id, "BUSINESS_MANAGER");
  const theirs = await createScrutinyAssessment(prisma, other.id, []);

  return {
    partnership,
    manager,
    scrutineer,
    respondent,
    viewer,
    scrutiny,
    self,
    finished,
    other,
    outsider,
    theirs,
  };
}

describe("the signed-in home page", () => {
  it("shows a scrutineer what they have to answer and how far they are", async () => {
    const { partnership, scrutineer, scrutiny } = await setUp();
    await signInAs(scrutineer.user.id);
    const home = await getHome();
    expect(home.partnerships).toHaveLength(1);
    const [mine] = home.partnerships;
    expect(mine).toMatchObject({
      partnershipId: partnership.id,
      role: "SCRUTINEER",
      assessments: null,
    });
    expect(mine!.toAnswer).toEqual([
      {
        assessmentId: scrutiny.assessment.id,
        title: "Scrutiny 2026–27",
        kind: "INDEPENDENT_SCRUTINY",
        cycleName: scrutiny.cycle.name,
        answeringFor: "You",
        status: "IN_PROGRESS",
        answered: 3,
        total: 24,
        dueOn: "2027-01-31",
      },
    ]);
  });

  it("shows an agency respondent their organisation's questions only", async () => {
    const { respondent, self } = await setUp();
    await signInAs(respondent.user.id);
    const home = await getHome();
    expect(home.partnerships[0]!.toAnswer).toEqual([
      expect.objectContaining({
        assessmentId: self.assessment.id,
        title: "Wider partners 2026–27",
        kind: "WIDER_PARTNER_SELF_ASSESSMENT",
        answeringFor: "Schools Alliance",
        status: "NOT_STARTED",
        answered: 2,
        total: 20,
        dueOn: null,
      }),
    ]);
    expect(home.partnerships[0]!.assessments).toBeNull();
  });

  it("shows a business manager every assessment's progress", async () => {
    const { manager, scrutiny, self, finished } = await setUp();
    await signInAs(manager.user.id);
    const home = await getHome();
    const [mine] = home.partnerships;
    expect(mine!.toAnswer).toBeNull();
    const byId = new Map(mine!.assessments!.map((row) => [row.assessmentId, row]));
    expect(byId.size).toBe(3);
    expect(byId.get(scrutiny.assessment.id)).toMatchObject({
      title: "Scrutiny 2026–27",
      status: "IN_PROGRESS",
      participants: 2,
      submitted: 1,
      answered: 27,
      total: 48,
    });
    expect(byId.get(self.assessment.id)).toMatchObject({
      kind: "WIDER_PARTNER_SELF_ASSESSMENT",
      participants: 2,
      submitted: 0,
      answered: 2,
      total: 44,
    });
    expect(byId.get(finished.assessment.id)).toMatchObject({
      status: "FINALISED",
      participants: 1,
      answered: 0,
      total: 24,
    });
  });

  it("gives a viewer neither list, and says nothing of another partnership", async () => {
    const { partnership, viewer, outsider, other, theirs, scrutiny, self, finished } =
      await setUp();
    await signInAs(viewer.user.id);
    expect((await getHome()).partnerships).toEqual([
      expect.objectContaining({ partnershipId: partnership.id, toAnswer: null, assessments: null }),
    ]);

    await signInAs(outsider.user.id);
    const home = await getHome();
    expect(home.partnerships.map((p) => p.partnershipId)).toEqual([other.id]);
    expect(home.partnerships[0]!.assessments!.map((a) => a.assessmentId)).toEqual([
      theirs.assessment.id,
    ]);
    const shown = JSON.stringify(home);
    for (const id of [
      partnership.id,
      scrutiny.assessment.id,
      self.assessment.id,
      finished.assessment.id,
    ])
      expect(shown).not.toContain(id);
  });

  it("shows empty lists, not missing ones, to someone with nothing yet", async () => {
    const prisma = database.prisma;
    const partnership = await createPartnership(prisma);
    const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
    const scrutineer = await createMember(prisma, partnership.id, "SCRUTINEER");
    await signInAs(manager.user.id);
    expect((await getHome()).partnerships[0]).toMatchObject({ toAnswer: null, assessments: [] });
    await signInAs(scrutineer.user.id);
    expect((await getHome()).partnerships[0]).toMatchObject({ toAnswer: [], assessments: null });
  });

  it("shows the actions to chase: all for a business manager, their organisation's for an agency", async () => {
    const prisma = database.prisma;
    const { partnership, manager, respondent, viewer } = await setUp();
    const schools = partnership.organisations.find((o) => o.kind === "EDUCATION")!;
    const police = partnership.organisations.find((o) => o.kind === "POLICE")!;
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-22T12:00:00Z"));
    try {
      const action = (ownerOrganisationId: string, dueOn: string, status = "ON_TRACK" as const) =>
        prisma.action.create({
          data: {
            partnershipId: partnership.id,
            description: `Due ${dueOn}`,
            ownerOrganisationId,
            ownerName: "Owner",
            ownerEmail: "owner@example.org",
            dueOn: new Date(dueOn),
            status,
            sourceType: "OTHER",
          },
        });
      await action(schools.id, "2026-11-21"); // overdue
      await action(schools.id, "2026-12-10"); // due in 30 days
      await action(police.id, "2026-11-01"); // overdue, police
      await action(police.id, "2027-06-01"); // open, later
      await prisma.action.create({
        data: {
          partnershipId: partnership.id,
          description: "Done",
          ownerOrganisationId: police.id,
          ownerName: "Owner",
          dueOn: new Date("2026-01-01"),
          status: "COMPLETE",
          sourceType: "OTHER",
        },
      });
      await signInAs(manager.user.id);
      expect((await getHome()).partnerships[0]!.actions).toEqual({
        open: 4,
        overdue: 2,
        dueSoon: 1,
        ownOrganisationOnly: false,
      });
      await signInAs(respondent.user.id);
      expect((await getHome()).partnerships[0]!.actions).toEqual({
        open: 2,
        overdue: 1,
        dueSoon: 1,
        ownOrganisationOnly: true,
      });
      await signInAs(viewer.user.id);
      expect((await getHome()).partnerships[0]!.actions).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
