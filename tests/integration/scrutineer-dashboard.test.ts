import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getScrutineerDashboard } from "@/lib/data/scrutineer-dashboard";
import { PrismaClient } from "@/lib/generated/prisma/client";
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
let app: PrismaClient;
/** Every SQL statement the app's own client sends (not the test's set-up client). */
let queries = 0;

beforeAll(async () => {
  database = await startTestApp();
  await seed(database.prisma, { demo: false });
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", () => {
    queries += 1;
  });
  app = client;
  (globalThis as { sixStepsDb?: PrismaClient }).sixStepsDb = app;
});
afterAll(async () => {
  await app.$disconnect();
  await database.drop();
});

const suffix = () => Math.random().toString(36).slice(2, 8);

/**
 * One scrutiny in a new partnership where `scrutineerId` is a scrutineer taking part, with a due
 * date, `rated` questions answered and `open` challenges awaiting an outcome (plus a closed one).
 */
async function scrutinyFor(
  scrutineerId: string,
  name: string,
  options: { rated: number; open: number; dueOn?: string; signedOff?: boolean },
) {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma, `${name} ${suffix()}`);
  await prisma.membership.create({
    data: { userId: scrutineerId, partnershipId: partnership.id, role: "SCRUTINEER" },
  });
  const { assessment, responses } = await createScrutinyAssessment(prisma, partnership.id, [
    scrutineerId,
  ]);
  await prisma.assessment.update({
    where: { id: assessment.id },
    data: { title: `${name} scrutiny` },
  });
  await prisma.assessmentParticipant.updateMany({
    where: { assessmentId: assessment.id, userId: scrutineerId },
    data: {
      status: options.signedOff ? "SUBMITTED" : "IN_PROGRESS",
      dueOn: options.dueOn ? new Date(options.dueOn) : null,
    },
  });
  await prisma.response.updateMany({
    where: { id: { in: responses[scrutineerId]!.slice(0, options.rated) } },
    data: { rating: "AMBER" },
  });
  const organisationId = partnership.organisations[0]!.id;
  const challenge = (outcome: "ACCEPTED" | null) => ({
    assessmentId: assessment.id,
    responsibleOrganisationId: organisationId,
    raisedById: scrutineerId,
    text: "Show us the audit",
    ...(outcome ? { partnerResponse: "Here it is", outcome, outcomeNote: "Agreed" } : {}),
  });
  await prisma.challenge.createMany({
    data: [...Array.from({ length: options.open }, () => challenge(null)), challenge("ACCEPTED")],
  });
  // Signed off last: a finalised assessment's answers are locked by the database.
  if (options.signedOff)
    await prisma.assessment.update({
      where: { id: assessment.id },
      data: { status: "FINALISED", finalisedAt: new Date() },
    });
  return { partnership, assessment };
}

async function dashboardOf(userId: string) {
  await signInAs(userId);
  queries = 0;
  const rows = await getScrutineerDashboard();
  return { rows, queries };
}

describe("the scrutineer's dashboard across partnerships", () => {
  it("lists every scrutiny the scrutineer takes part in, in every partnership, and nobody else's", async () => {
    const prisma = database.prisma;
    const { user: scrutineer } = await createMember(
      prisma,
      (await createPartnership(prisma, `Home ${suffix()}`)).id,
      "VIEWER",
      { name: "Sam Scrutineer" },
    );
    const north = await scrutinyFor(scrutineer.id, "North", {
      rated: 5,
      open: 2,
      dueOn: "2027-01-31",
    });
    const south = await scrutinyFor(scrutineer.id, "South", { rated: 0, open: 0 });
    const west = await scrutinyFor(scrutineer.id, "West", { rated: 24, open: 1, signedOff: true });
    // Another scrutineer's scrutiny in the same partnership as North: not Sam's work.
    const { user: colleague } = await createMember(prisma, north.partnership.id, "SCRUTINEER");
    const theirs = await createScrutinyAssessment(prisma, north.partnership.id, [colleague.id]);

    const { rows } = await dashboardOf(scrutineer.id);
    expect(rows).toEqual([
      {
        partnershipId: north.partnership.id,
        partnershipName: north.partnership.name,
        assessmentId: north.assessment.id,
        title: "North scrutiny",
        cycleName: expect.any(String),
        href: `/partnerships/${north.partnership.id}/assessments/${north.assessment.id}`,
        status: "IN_PROGRESS",
        participation: "IN_PROGRESS",
        dueOn: "2027-01-31",
        answered: 5,
        total: 24,
        openChallenges: 2,
        challengeLogHref: `/partnerships/${north.partnership.id}/assessments/${north.assessment.id}/challenges`,
      },
      expect.objectContaining({
        assessmentId: south.assessment.id,
        title: "South scrutiny",
        status: "IN_PROGRESS",
        dueOn: null,
        answered: 0,
        openChallenges: 0,
      }),
      expect.objectContaining({
        assessmentId: west.assessment.id,
        title: "West scrutiny",
        status: "SIGNED_OFF",
        participation: "SUBMITTED",
        answered: 24,
        total: 24,
        openChallenges: 1,
      }),
    ]);
    expect(rows!.map((r) => r.assessmentId)).not.toContain(theirs.assessment.id);

    // The colleague sees their own scrutiny only, not Sam's.
    const colleagues = await dashboardOf(colleague.id);
    expect(colleagues.rows!.map((r) => r.assessmentId)).toEqual([theirs.assessment.id]);
  });

  it("is not there for someone who is a scrutineer nowhere", async () => {
    const partnership = await createPartnership(database.prisma);
    const { user } = await createMember(database.prisma, partnership.id, "BUSINESS_MANAGER");
    await createScrutinyAssessment(database.prisma, partnership.id, []);
    expect((await dashboardOf(user.id)).rows).toBeNull();
  });

  it("a scrutiny membership that was ended no longer shows its work", async () => {
    const prisma = database.prisma;
    const { user } = await createMember(prisma, (await createPartnership(prisma)).id, "VIEWER");
    const kept = await scrutinyFor(user.id, "Kept", { rated: 1, open: 0 });
    const ended = await scrutinyFor(user.id, "Ended", { rated: 1, open: 0 });
    await prisma.membership.updateMany({
      where: { userId: user.id, partnershipId: ended.partnership.id },
      data: { deactivatedAt: new Date() },
    });
    const { rows } = await dashboardOf(user.id);
    expect(rows!.map((r) => r.assessmentId)).toEqual([kept.assessment.id]);
  });

  it("takes the same number of queries for 1 partnership as for 3", async () => {
    const prisma = database.prisma;
    const { user: one } = await createMember(
      prisma,
      (await createPartnership(prisma)).id,
      "VIEWER",
    );
    await scrutinyFor(one.id, "Solo", { rated: 2, open: 1 });
    const { user: three } = await createMember(
      prisma,
      (await createPartnership(prisma)).id,
      "VIEWER",
    );
    for (const name of ["First", "Second", "Third"])
      await scrutinyFor(three.id, name, { rated: 3, open: 2, dueOn: "2027-03-31" });

    const small = await dashboardOf(one.id);
    const large = await dashboardOf(three.id);
    expect(small.rows).toHaveLength(1);
    expect(large.rows).toHaveLength(3);
    expect(large.rows!.every((r) => r.answered === 3 && r.openChallenges === 2)).toBe(true);
    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
  });
});
