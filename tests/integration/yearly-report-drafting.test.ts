import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { saveYearlyPart } from "@/lib/actions/yearly-report/save-part";
import { shareWithScrutineer } from "@/lib/actions/yearly-report/share-with-scrutineer";
import { startYearlySection } from "@/lib/actions/yearly-report/start-section";
import { ForbiddenError } from "@/lib/authz/errors";
import { getYearlyReportFacts, toExportInput } from "@/lib/data/yearly-report-facts";
import { YEARLY_MESSAGES } from "@/lib/domain/yearly-report-drafting";
import type { RatingValue } from "@/lib/domain/rating";
import { FRAMEWORK_CITATION } from "@/lib/framework/six-steps";
import { seed } from "../../prisma/seed";
import { createMember, createPartnership } from "../support/factories";
import { countQueries } from "../support/query-count";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import {
  addCoreSelfAssessment,
  addFinalisedScrutiny,
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

const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";
const call = <T>(action: (previous: unknown, input: never) => Promise<T>, input: object) =>
  action(null, input as never);
const CURRENT: RatingValue[] = ["RED", "AMBER", "GREEN", "NOT_IN_SCOPE"];

/**
 * A partnership with `n` of everything the section reads many of: earlier cycles with signed-off
 * scrutinies (each all Amber), open and overdue actions, case reviews with recommendations and
 * actions, cited evidence and Section 6 answers; this cycle's scrutiny rates question i
 * CURRENT[i % 4].
 */
async function partnershipOfSize(n: number) {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const org = (name: string) => partnership.organisations.find((o) => o.name === name)!;
  const [police, schools] = [org("Police"), org("Schools Alliance")];
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const version = await originalFramework(prisma);
  for (let year = 0; year < n; year++)
    await addFinalisedScrutiny(prisma, partnership.id, {
      name: `${2014 + year} to ${2015 + year}`,
      startsOn: `${2014 + year}-04-01`,
      versionId: version.id,
      questions: version.questions,
      rating: () => "AMBER",
    });
  const { cycle, assessment } = await addFinalisedScrutiny(prisma, partnership.id, {
    name: "2025 to 2026",
    startsOn: "2025-04-01",
    versionId: version.id,
    questions: version.questions,
    rating: (i) => CURRENT[i % 4]!,
  });
  const step3 = version.steps.find((s) => s.number === 3)!;
  await prisma.stepNarrative.create({
    data: { assessmentId: assessment.id, stepId: step3.id, text: "The young people's panel met." },
  });
  const self = await addCoreSelfAssessment(prisma, partnership.id, {
    cycleId: cycle.id,
    versionId: version.id,
    organisationIds: [police.id],
    questions: version.questions,
    rating: () => "GREEN",
    finalised: false,
  });
  const responses = await prisma.response.findMany({
    where: { assessmentId: self.id },
    select: { id: true, question: { select: { code: true } } },
  });
  const responseFor = (code: string) => responses.find((r) => r.question.code === code)!.id;
  const cite = async (
    title: string,
    nature: "OUTCOME" | "PROCESS",
    code: string,
    removed = false,
  ) =>
    prisma.evidenceItem.create({
      data: {
        partnershipId: partnership.id,
        title,
        kind: "LINK",
        nature,
        evidenceDate: new Date("2025-10-01"),
        url: "https://example.org/e",
        ...(removed ? { removedAt: new Date(), removedReason: "Names a child" } : {}),
        responses: { create: { responseId: responseFor(code) } },
      },
    });
  for (let i = 0; i < n; i++) {
    await cite(`Re-referrals fell ${i + 1}`, "OUTCOME", "1.1");
    await cite(`Training attendance ${i + 1}`, "PROCESS", "6.2");
    await cite(`Meeting minutes ${i + 1}`, "PROCESS", "2.1");
    await cite(`Removed outcome ${i + 1}`, "OUTCOME", "1.2", true);
    const action = (description: string, ownerOrganisationId: string, dueOn: string) => ({
      partnershipId: partnership.id,
      cycleId: cycle.id,
      description,
      ownerOrganisationId,
      dueOn: new Date(dueOn),
      sourceType: "OTHER" as const,
    });
    await prisma.action.createMany({
      data: [
        action(`Refresh the audit tool ${i + 1}`, police.id, "2020-01-31"),
        action(`Schools' overdue action ${i + 1}`, schools.id, "2021-01-31"),
        action(`Future action ${i + 1}`, police.id, "2099-01-31"),
        { ...action(`Completed late ${i + 1}`, police.id, "2020-01-31"), status: "COMPLETE" },
      ],
    });
    await prisma.caseReview.create({
      data: {
        partnershipId: partnership.id,
        type: "RAPID_REVIEW",
        identifier: `Child ${String.fromCharCode(65 + i)}`,
        recommendations: {
          create: {
            number: 1,
            text: "Share information sooner.",
            partnershipResponse: "Accepted",
            actions: { create: action(`Write the protocol ${i + 1}`, police.id, "2099-03-31") },
          },
        },
      },
    });
  }
  await prisma.arrangementAnswer.createMany({
    data: [
      { partnershipId: partnership.id, questionNumber: 1, answer: "The partners jointly." },
      { partnershipId: partnership.id, questionNumber: 2, answer: "   " },
    ],
  });
  return { partnership, cycle, manager: manager.user.id, police, schools };
}

describe("the yearly report's facts", () => {
  it("come from this cycle's agreed ratings, compared with the last cycle's, and the register", async () => {
    const world = await partnershipOfSize(1);
    await signInAs(world.manager);
    const facts = await getYearlyReportFacts(world.partnership.id, world.cycle.id);

    expect(facts.section).toBeNull();
    expect(facts.previousCycle?.name).toBe("2014 to 2015");
    const step1 = facts.steps[0]!;
    expect(step1.counts).toMatchObject({ RED: 1, AMBER: 1, GREEN: 1, NOT_IN_SCOPE: 1 });
    expect([step1.improved, step1.declined, step1.same]).toEqual([1, 1, 1]);
    expect(facts.redAmber).toHaveLength(12);
    expect(facts.redAmber[0]).toMatchObject({ code: "1.1", rating: "RED" });
    // Open and overdue, in London time; completed and future ones are not candidates.
    expect(facts.overdueActions.map((a) => a.description)).toEqual([
      "Refresh the audit tool 1",
      "Schools' overdue action 1",
    ]);
    expect(facts.overdueActions[0]!.owner).toBe("Police");
    expect(facts.caseReviews).toEqual([
      {
        identifier: "Child A",
        recommendations: [
          {
            number: 1,
            text: "Share information sooner.",
            partnershipResponse: "Accepted",
            actions: [
              { description: "Write the protocol 1", owner: "Police", status: "Not started" },
            ],
          },
        ],
      },
    ]);
    expect(facts.impactEvidence.map((e) => [e.title, e.training])).toEqual([
      ["Re-referrals fell 1", false],
      ["Training attendance 1", true],
    ]);
    expect(facts.childrenFamilies?.narrative).toBe("The young people's panel met.");
    expect(facts.childrenFamilies?.questions.map((q) => q.code)).toEqual([
      "3.1",
      "3.2",
      "3.3",
      "3.4",
    ]);
    expect(facts.arrangements).toEqual([
      { number: 1, text: expect.any(String), answer: "The partners jointly." },
    ]);
    expect(facts.framework).toEqual({ citation: FRAMEWORK_CITATION, adaptationAttribution: null });

    expect(facts.suggestions.whatWasDone).toContain(
      "Step 1: 1 Red, 1 Amber, 1 Green, 1 Not in scope (1 improved, 1 declined, 1 the same)",
    );
    expect(facts.suggestions.littleProgress).toContain("1.1 (Red)");
    expect(facts.suggestions.littleProgress).toContain("Refresh the audit tool 1 (Police;");
    expect(facts.suggestions.impactEvidence).toContain(
      "Training (step 6):\n- Training attendance 1",
    );
    expect(facts.suggestions.assuranceStatement).toBeNull();

    const input = toExportInput(facts, new Date("2026-06-01T12:00:00Z"));
    expect(input).toMatchObject({
      cycleName: "2025 to 2026",
      statusLabel: "Not started",
      preparedOn: "2026-06-01",
      texts: {},
    });
  });

  it("show an agency user only their own organisation's actions", async () => {
    const world = await partnershipOfSize(1);
    const respondent = await createMember(
      database.prisma,
      world.partnership.id,
      "AGENCY_RESPONDENT",
      {
        organisationId: world.schools.id,
      },
    );
    await signInAs(respondent.user.id);
    const facts = await getYearlyReportFacts(world.partnership.id, world.cycle.id);
    expect(facts.overdueActions.map((a) => a.description)).toEqual(["Schools' overdue action 1"]);
    expect(facts.caseReviews[0]!.recommendations[0]!.actions).toEqual([]);
  });

  it("are not found for another partnership's cycle", async () => {
    const world = await partnershipOfSize(1);
    const other = await createPartnership(database.prisma);
    const outsider = await createMember(database.prisma, other.id, "BUSINESS_MANAGER");
    await signInAs(outsider.user.id);
    await expect(getYearlyReportFacts(other.id, world.cycle.id)).rejects.toThrow(NOT_FOUND);
  });

  it("are read with as many queries for ten times the data", async () => {
    const small = await partnershipOfSize(1);
    const large = await partnershipOfSize(10);
    await signInAs(small.manager);
    const first = await countQueries(() =>
      getYearlyReportFacts(small.partnership.id, small.cycle.id),
    );
    await signInAs(large.manager);
    const second = await countQueries(() =>
      getYearlyReportFacts(large.partnership.id, large.cycle.id),
    );

    expect(first.result.overdueActions).toHaveLength(2);
    expect(second.result.overdueActions).toHaveLength(20);
    expect(second.result.caseReviews).toHaveLength(10);
    expect(second.result.impactEvidence).toHaveLength(20);
    expect(first.count).toBeGreaterThan(0);
    expect(second.count).toBe(first.count);
  });
});

describe("drafting the section", () => {
  it("is started once, written part by part, and conflicts show what is saved now", async () => {
    const world = await partnershipOfSize(1);
    const ids = { partnershipId: world.partnership.id, cycleId: world.cycle.id };
    await signInAs(world.manager);

    const started = await call(startYearlySection, ids);
    const again = await call(startYearlySection, ids);
    expect(started).toMatchObject({ ok: true, data: { version: 1, created: true } });
    expect(again).toMatchObject({ ok: true, data: { version: 1, created: false } });
    expect(started.ok && again.ok && started.data.sectionId === again.data.sectionId).toBe(true);
    expect(
      await database.prisma.auditEvent.count({
        where: { partnershipId: world.partnership.id, action: "yearly-report.started" },
      }),
    ).toBe(1);

    const saved = await call(saveYearlyPart, {
      ...ids,
      part: "littleProgress",
      text: "  Step 2 has made little progress.\r\n  ",
      version: "1",
    });
    expect(saved).toEqual({ ok: true, data: { version: 2, changed: true } });
    const facts = await getYearlyReportFacts(world.partnership.id, world.cycle.id);
    expect(facts.section?.texts.littleProgress).toBe("Step 2 has made little progress.");
    expect(facts.section?.statusLabel).toBe("Draft");

    // Someone still on version 1 is told, and shown what is saved now.
    const stale = await call(saveYearlyPart, {
      ...ids,
      part: "littleProgress",
      text: "Mine",
      version: "1",
    });
    expect(stale).toMatchObject({
      ok: false,
      message: YEARLY_MESSAGES.conflict,
      conflict: { part: "littleProgress", text: "Step 2 has made little progress.", version: 2 },
    });

    const wrongPart = await call(saveYearlyPart, {
      ...ids,
      part: "summary",
      text: "x",
      version: "2",
    });
    expect(wrongPart).toMatchObject({ ok: false, fieldErrors: { part: [YEARLY_MESSAGES.part] } });
    const tooLong = await call(saveYearlyPart, {
      ...ids,
      part: "whatWasDone",
      text: "x".repeat(20_001),
      version: "2",
    });
    expect(tooLong).toMatchObject({
      ok: false,
      fieldErrors: { text: [YEARLY_MESSAGES.partLength] },
    });

    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { partnershipId: world.partnership.id, action: "yearly-report.part-saved" },
    });
    expect(event).toMatchObject({
      before: { text: null },
      after: { text: "Step 2 has made little progress." },
      metadata: { part: "littleProgress" },
    });
  });

  it("is shared with the scrutineer only when every part is written; the scrutineer reads it then", async () => {
    const world = await partnershipOfSize(1);
    const ids = { partnershipId: world.partnership.id, cycleId: world.cycle.id };
    const scrutineer = await createMember(database.prisma, world.partnership.id, "SCRUTINEER");
    await signInAs(world.manager);
    await call(startYearlySection, ids);
    await call(saveYearlyPart, { ...ids, part: "whatWasDone", text: "What we did", version: "1" });

    const refused = await call(shareWithScrutineer, ids);
    expect(refused).toMatchObject({ ok: false, message: YEARLY_MESSAGES.emptyParts });
    expect(Object.keys((refused.ok ? {} : refused.fieldErrors) ?? {})).toEqual([
      "impactEvidence",
      "littleProgress",
      "caseReviewActions",
      "childrenFamiliesFeedback",
      "scrutinyArrangements",
      "assuranceStatement",
    ]);

    await signInAs(scrutineer.user.id);
    await expect(getYearlyReportFacts(world.partnership.id, world.cycle.id)).rejects.toThrow(
      ForbiddenError,
    );

    await signInAs(world.manager);
    await database.prisma.yearlyReportSection.updateMany({
      where: { cycleId: world.cycle.id },
      data: {
        impactEvidence: "Impact",
        littleProgress: "Little",
        caseReviewActions: "Reviews",
        childrenFamiliesFeedback: "Feedback",
        scrutinyArrangements: "Arrangements",
        assuranceStatement: "We are assured.",
      },
    });
    const shared = await call(shareWithScrutineer, ids);
    expect(shared.ok).toBe(true);

    await signInAs(scrutineer.user.id);
    const facts = await getYearlyReportFacts(world.partnership.id, world.cycle.id);
    expect(facts.section?.status).toBe("SHARED");
    expect(facts.section?.sharedWithScrutineerAt).not.toBeNull();
    expect(facts.section?.texts.assuranceStatement).toBe("We are assured.");
    expect(facts.viewer.canEdit).toBe(false);
  });

  it("is refused once any statutory partner has signed the text, and saved nothing", async () => {
    const world = await partnershipOfSize(1);
    const ids = { partnershipId: world.partnership.id, cycleId: world.cycle.id };
    await signInAs(world.manager);
    await call(startYearlySection, ids);
    const section = await database.prisma.yearlyReportSection.update({
      where: { partnershipId_cycleId: { partnershipId: ids.partnershipId, cycleId: ids.cycleId } },
      data: { status: "SHARED", whatWasDone: "As signed" },
    });
    const council = world.partnership.organisations.find((o) => o.isStatutoryPartner)!;
    await database.prisma.yearlyReportSignOff.create({
      data: {
        sectionId: section.id,
        organisationId: council.id,
        designation: "DELEGATED_SAFEGUARDING_PARTNER",
        signerName: "A Signer",
        signedOn: new Date("2026-12-01"),
        meeting: "Executive",
      },
    });
    const save = await call(saveYearlyPart, {
      ...ids,
      part: "whatWasDone",
      text: "Changed after signing",
      version: String(section.version),
    });
    expect(save).toEqual({ ok: false, message: YEARLY_MESSAGES.signedText });
    const row = await database.prisma.yearlyReportSection.findUniqueOrThrow({
      where: { id: section.id },
    });
    expect(row.whatWasDone).toBe("As signed");
  });

  it("is refused once signed off or published, and for another partnership's cycle", async () => {
    const world = await partnershipOfSize(1);
    const ids = { partnershipId: world.partnership.id, cycleId: world.cycle.id };
    await signInAs(world.manager);
    await call(startYearlySection, ids);
    for (const status of ["SIGNED_OFF", "PUBLISHED"] as const) {
      await database.prisma.yearlyReportSection.updateMany({
        where: { cycleId: world.cycle.id },
        data: { status },
      });
      const save = await call(saveYearlyPart, {
        ...ids,
        part: "whatWasDone",
        text: "Late",
        version: "1",
      });
      expect(save).toEqual({ ok: false, message: YEARLY_MESSAGES.locked });
      expect(await call(shareWithScrutineer, ids)).toEqual({
        ok: false,
        message: YEARLY_MESSAGES.locked,
      });
    }

    const other = await createPartnership(database.prisma);
    const outsider = await createMember(database.prisma, other.id, "BUSINESS_MANAGER");
    await signInAs(outsider.user.id);
    const theirs = { partnershipId: other.id, cycleId: world.cycle.id };
    expect(await call(startYearlySection, theirs)).toMatchObject({
      ok: false,
      message: expect.stringContaining("does not exist"),
    });
    expect(
      await call(saveYearlyPart, { ...theirs, part: "whatWasDone", text: "x", version: "1" }),
    ).toMatchObject({ ok: false, message: expect.stringContaining("does not exist") });
    const row = await database.prisma.yearlyReportSection.findFirstOrThrow({
      where: { cycleId: world.cycle.id },
    });
    expect(row.whatWasDone).toBeNull();
  });
});
