import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getScrutinyReport } from "@/lib/data/report";
import { getSelfAssessmentHeatmap } from "@/lib/data/report-heatmap";
import type { RatingValue } from "@/lib/domain/rating";
import { seed } from "../../prisma/seed";
import {
  createMember,
  createPartnership,
  createScrutinyAssessment,
  createSelfAssessment,
} from "../support/factories";
import { countQueries } from "../support/query-count";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import {
  addCoreSelfAssessment,
  addFinalisedScrutiny,
  citeEvidence,
  linkActions,
  originalFramework,
} from "./support/report-world";
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

const CYCLE: RatingValue[] = ["RED", "AMBER", "GREEN", "NOT_IN_SCOPE"];

/**
 * A partnership whose scrutiny report has `n` of everything it can have many of: earlier cycles
 * with signed-off scrutinies, scrutineers, evidence items, actions, areas for development,
 * narratives, accuracy comments and challenges, and self-assessments in the cycle.
 */
async function partnershipOfSize(n: number) {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const statutory = partnership.organisations.filter((o) => o.isStatutoryPartner);
  const scrutineers: Array<{ id: string }> = [];
  for (let i = 0; i < 2 * n; i++)
    scrutineers.push(
      (await createMember(prisma, partnership.id, "SCRUTINEER", { name: `Scrutineer ${i}` })).user,
    );
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const version = await originalFramework(prisma);
  for (let year = 0; year < n; year++)
    await addFinalisedScrutiny(prisma, partnership.id, {
      name: `${2016 + year} to ${2017 + year}`,
      startsOn: `${2016 + year}-04-01`,
      versionId: version.id,
      questions: version.questions,
      rating: (q) => CYCLE[(q + year) % 4]!,
    });
  const { assessment, cycle, responses } = await createScrutinyAssessment(
    prisma,
    partnership.id,
    scrutineers.map((s) => s.id),
  );
  await prisma.response.updateMany({
    where: { assessmentId: assessment.id },
    data: { rating: "AMBER", narrative: "Some progress" },
  });
  await prisma.agreedRating.createMany({
    data: version.questions.map((q, i) => ({
      assessmentId: assessment.id,
      questionId: q.id,
      rating: CYCLE[i % 3]!,
      agreedById: scrutineers[0]!.id,
      reason: "Agreed at the moderation meeting",
    })),
  });
  await citeEvidence(prisma, partnership.id, Object.values(responses).flat(), 2 * n);
  await linkActions(prisma, {
    partnershipId: partnership.id,
    assessmentId: assessment.id,
    cycleId: cycle.id,
    ownerOrganisationId: statutory[0]!.id,
    questionIds: version.questions.map((q) => q.id),
    count: 2 * n,
  });
  for (let i = 0; i < n; i++)
    await addCoreSelfAssessment(prisma, partnership.id, {
      cycleId: cycle.id,
      versionId: version.id,
      organisationIds: statutory.map((o) => o.id),
      questions: version.questions,
      rating: (o, q) => CYCLE[(o + q) % 3]!,
    });
  const byScrutineer = { updatedById: scrutineers[0]!.id };
  await prisma.stepNarrative.createMany({
    data: version.steps.slice(0, Math.min(n, 6)).map((step) => ({
      assessmentId: assessment.id,
      stepId: step.id,
      text: "Narrative",
      ...byScrutineer,
    })),
  });
  for (let i = 0; i < n; i++) {
    await prisma.developmentArea.create({
      data: {
        assessmentId: assessment.id,
        position: i + 1,
        text: `Area ${i + 1}`,
        managementResponse: "We will act",
        respondedById: manager.user.id,
        respondedAt: new Date(),
      },
    });
    await prisma.accuracyComment.create({
      data: {
        assessmentId: assessment.id,
        section: i % 2 ? "summary" : "step-1",
        organisationId: statutory[i % statutory.length]!.id,
        text: `Comment ${i + 1}`,
        decision: "CHANGED",
        decisionNote: "Corrected",
      },
    });
    await prisma.challenge.create({
      data: {
        assessmentId: assessment.id,
        questionId: version.questions[i % 24]!.id,
        responsibleOrganisationId: statutory[0]!.id,
        raisedById: scrutineers[0]!.id,
        text: `Challenge ${i + 1}`,
      },
    });
  }
  return { partnership, assessment, viewer: manager.user.id };
}

describe("the scrutiny report's queries", () => {
  it("are as many for a partnership ten times larger", async () => {
    const small = await partnershipOfSize(1);
    const large = await partnershipOfSize(10);

    await signInAs(small.viewer);
    const first = await countQueries(() =>
      getScrutinyReport(small.partnership.id, small.assessment.id),
    );
    await signInAs(large.viewer);
    const second = await countQueries(() =>
      getScrutinyReport(large.partnership.id, large.assessment.id),
    );

    // The larger report really holds ten times the data…
    expect(first.result.scrutineers).toHaveLength(2);
    expect(second.result.scrutineers).toHaveLength(20);
    expect(first.result.trends.cycles).toHaveLength(2);
    expect(second.result.trends.cycles).toHaveLength(10);
    const evidence = (r: typeof first.result) => r.steps.flatMap((s) => s.evidence).length;
    const actions = (r: typeof first.result) => r.steps.flatMap((s) => s.actions).length;
    expect([evidence(first.result), evidence(second.result)]).toEqual([2, 20]);
    expect([actions(first.result), actions(second.result)]).toEqual([2, 20]);
    expect(second.result.summary.developmentAreas).toHaveLength(10);
    expect(second.result.challenges).toHaveLength(10);
    expect(second.result.accuracy.comments).toHaveLength(10);

    // …and is read with the same number of round trips.
    expect(first.count).toBeGreaterThan(0);
    expect(second.count).toBe(first.count);
  });

  it("for the self-assessment heatmap are as many for four organisations as for one", async () => {
    const prisma = database.prisma;
    const partnership = await createPartnership(prisma);
    const viewer = await createMember(prisma, partnership.id, "VIEWER");
    const organisations = partnership.organisations.map((o) => o.id);
    const one = await createSelfAssessment(
      prisma,
      partnership.id,
      organisations.slice(0, 1),
      "WIDER_PARTNER_SELF_ASSESSMENT",
    );
    const four = await createSelfAssessment(
      prisma,
      partnership.id,
      organisations,
      "WIDER_PARTNER_SELF_ASSESSMENT",
    );
    await prisma.response.updateMany({
      where: { assessmentId: four.assessment.id },
      data: { rating: "GREEN" },
    });

    await signInAs(viewer.user.id);
    const small = await countQueries(() =>
      getSelfAssessmentHeatmap(partnership.id, one.assessment.id),
    );
    const large = await countQueries(() =>
      getSelfAssessmentHeatmap(partnership.id, four.assessment.id),
    );
    expect(large.result.organisations).toHaveLength(4);
    expect(small.count).toBeGreaterThan(0);
    expect(large.count).toBe(small.count);
  });
});
