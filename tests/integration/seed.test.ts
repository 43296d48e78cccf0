import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIX_STEPS_FRAMEWORK } from "../../lib/framework/six-steps";
import { seed } from "../../prisma/seed";
import { DEMO_USERS } from "../../prisma/seed/demo-data";
import { createTestDatabase, type TestDatabase } from "./support/database";

const TEST_SECRET = "integration-test-secret-0123456789abcdef";
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe("seed", () => {
  it("without demo data seeds only the framework: no partnership, no user", async () => {
    await seed(database.prisma, { demo: false });
    expect(await database.prisma.framework.count()).toBe(1);
    expect(await database.prisma.user.count()).toBe(0);
    expect(await database.prisma.partnership.count()).toBe(0);
  });

  it("is idempotent: seeding twice leaves one framework with 6 steps and 24 questions", async () => {
    await seed(database.prisma, { demo: true, secret: TEST_SECRET });
    await seed(database.prisma, { demo: true, secret: TEST_SECRET });
    expect(await database.prisma.framework.count()).toBe(1);
    expect(await database.prisma.frameworkVersion.count()).toBe(1);
    expect(await database.prisma.frameworkStep.count()).toBe(6);
    expect(await database.prisma.frameworkQuestion.count()).toBe(24);
    expect(await database.prisma.partnership.count()).toBe(1);
    expect(await database.prisma.user.count()).toBe(DEMO_USERS.length);
  });

  it("stores every question verbatim, in order, with its stable lineage key", async () => {
    const questions = await database.prisma.frameworkQuestion.findMany({
      orderBy: [{ step: { position: "asc" } }, { position: "asc" }],
      select: { code: true, text: true, lineageKey: true },
    });
    const expected = SIX_STEPS_FRAMEWORK.steps.flatMap((step) => step.questions);
    expect(questions).toEqual(expected);
  });

  it("gives the demo partnership configurable statutory partners and one member per role", async () => {
    const partnership = await database.prisma.partnership.findUniqueOrThrow({
      where: { slug: "northshire" },
      select: {
        organisations: { where: { isStatutoryPartner: true }, select: { kind: true } },
        memberships: { select: { role: true } },
      },
    });
    expect(partnership.organisations.map((o) => o.kind).sort()).toEqual([
      "HEALTH_ICB",
      "LOCAL_AUTHORITY",
      "POLICE",
    ]);
    expect(new Set(partnership.memberships.map((m) => m.role))).toEqual(
      new Set([
        "BUSINESS_MANAGER",
        "SCRUTINEER",
        "AGENCY_RESPONDENT",
        "AGENCY_CONTRIBUTOR",
        "VIEWER",
      ]),
    );
  });

  it("gives the demo a signed-off last cycle whose open actions are linked to this cycle's scrutiny", async () => {
    const prisma = database.prisma;
    const last = await prisma.assessment.findFirstOrThrow({
      where: { title: "Independent scrutiny 2025–26" },
      select: { id: true, status: true, _count: { select: { agreedRatings: true } } },
    });
    expect(last).toMatchObject({ status: "FINALISED", _count: { agreedRatings: 24 } });
    const current = await prisma.assessment.findFirstOrThrow({
      where: { title: "Independent scrutiny 2026–27" },
      select: {
        baselineAssessmentId: true,
        actionLinks: { select: { action: { select: { status: true } } } },
      },
    });
    expect(current.baselineAssessmentId).toBe(last.id);
    expect(current.actionLinks.length).toBeGreaterThan(0);
    expect(current.actionLinks.every((l) => l.action.status !== "COMPLETE")).toBe(true);
    expect(await prisma.caseReview.count({ where: { identifier: "Child R" } })).toBe(1);
  });
});
