import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getScrutinyReport, type ScrutinyReport } from "@/lib/data/report";
import { getSelfAssessmentHeatmap } from "@/lib/data/report-heatmap";
import type { RatingValue } from "@/lib/domain/rating";
import { ADAPTATION_ATTRIBUTION, RAG_DEFINITIONS } from "@/lib/framework/six-steps";
import { seed } from "../../prisma/seed";
import {
  createMember,
  createPartnership,
  createScrutinyAssessment,
  createSelfAssessment,
} from "../support/factories";
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

const question = (report: ScrutinyReport, code: string) =>
  report.steps.flatMap((s) => s.questions).find((q) => q.code === code)!;

/** Two scrutineers who rate every question Amber except three; the lead agreed every rating. */
async function twoScrutineersDiffering() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const statutory = partnership.organisations
    .filter((o) => o.isStatutoryPartner)
    .sort((a, b) => a.name.localeCompare(b.name));
  const lead = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Asha Lead" });
  const second = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Ben Second" });
  const viewer = await createMember(prisma, partnership.id, "VIEWER");
  const version = await originalFramework(prisma);
  const { assessment, cycle, responses } = await createScrutinyAssessment(prisma, partnership.id, [
    lead.user.id,
    second.user.id,
  ]);
  await prisma.response.updateMany({
    where: { assessmentId: assessment.id },
    data: { rating: "AMBER", narrative: "Partly in place" },
  });
  const codes = version.questions.map((q) => q.code);
  const differing: Record<string, [RatingValue, RatingValue]> = {
    "1.1": ["RED", "GREEN"],
    "2.2": ["AMBER", "GREEN"],
    "5.4": ["RED", "AMBER"],
  };
  for (const [code, [mine, theirs]] of Object.entries(differing)) {
    const index = codes.indexOf(code);
    await prisma.response.update({
      where: { id: responses[lead.user.id]![index]! },
      data: { rating: mine, narrative: `Lead on ${code}` },
    });
    await prisma.response.update({
      where: { id: responses[second.user.id]![index]! },
      data: { rating: theirs, narrative: `Second on ${code}` },
    });
  }
  // The agreed ratings: Amber for 1.1 (neither scrutineer's), Red for 2.2 and 5.4; else Amber.
  const agreed: Record<string, RatingValue> = { "1.1": "AMBER", "2.2": "RED", "5.4": "RED" };
  await prisma.agreedRating.createMany({
    data: version.questions.map((q) => ({
      assessmentId: assessment.id,
      questionId: q.id,
      rating: agreed[q.code] ?? "AMBER",
      reason: agreed[q.code] ? `Reason for ${q.code}` : "",
      agreedById: lead.user.id,
    })),
  });
  return { partnership, statutory, lead, viewer, version, assessment, cycle };
}

describe("the scrutiny report", () => {
  it("flags exactly the questions the scrutineers differ on, and the agreed ratings drive the matrix", async () => {
    const { partnership, viewer, assessment } = await twoScrutineersDiffering();
    await signInAs(viewer.user.id);
    const report = await getScrutinyReport(partnership.id, assessment.id);

    expect(report.assessment.finalised).toBe(false);
    expect(report.scrutineers.map((s) => s.name)).toEqual(["Asha Lead", "Ben Second"]);
    expect(report.differences.map((d) => [d.code, d.spread])).toEqual([
      ["1.1", "strong"],
      ["2.2", "differs"],
      ["5.4", "differs"],
    ]);
    // The matrix and counts use the agreed rating; both originals stay beside it.
    const first = question(report, "1.1");
    expect(first.rating).toBe("AMBER");
    expect(first.scrutineers.map((s) => [s.name, s.rating, s.narrative])).toEqual([
      ["Asha Lead", "RED", "Lead on 1.1"],
      ["Ben Second", "GREEN", "Second on 1.1"],
    ]);
    expect(report.differences[0]!.agreed).toMatchObject({
      rating: "AMBER",
      reason: "Reason for 1.1",
      agreedByName: "Asha Lead",
    });
    expect(first.href).toBe(
      `/partnerships/${partnership.id}/assessments/${assessment.id}/agree#question-1-1`,
    );
    expect(report.steps[1]!.counts).toEqual({
      RED: 1,
      AMBER: 3,
      GREEN: 0,
      NOT_IN_SCOPE: 0,
      UNRATED: 0,
    });
    expect(report.totals).toMatchObject({ RED: 2, AMBER: 22, GREEN: 0 });
  });

  it("sets the core partners' finalised self-assessment beside the independent ratings, with the gaps", async () => {
    const prisma = database.prisma;
    const { partnership, statutory, viewer, version, assessment, cycle } =
      await twoScrutineersDiffering();
    const self = (ratings: Record<string, RatingValue[]>, finalised: boolean) =>
      addCoreSelfAssessment(prisma, partnership.id, {
        cycleId: cycle.id,
        versionId: version.id,
        organisationIds: statutory.map((o) => o.id),
        questions: version.questions,
        rating: (o, q) => ratings[version.questions[q]!.code]?.[o] ?? "AMBER",
        finalised,
      });
    // A later draft that would show no gaps must not replace the finalised one.
    await self({ "2.2": ["GREEN", "GREEN", "AMBER"], "1.1": ["RED", "RED", "RED"] }, true);
    await self({ "2.2": ["RED", "RED", "RED"] }, false);

    await signInAs(viewer.user.id);
    const { selfAssessment } = await getScrutinyReport(partnership.id, assessment.id);
    expect(selfAssessment.assessment?.status).toBe("FINALISED");
    expect(selfAssessment.otherCount).toBe(1);
    expect(selfAssessment.organisations.map((o) => o.name)).toEqual([
      "County Council",
      "Integrated Care Board",
      "Police",
    ]);
    const row = (code: string) => selfAssessment.rows.find((r) => r.code === code)!;
    expect(row("2.2")).toMatchObject({
      self: "GREEN",
      independent: "RED",
      gap: { kind: "SELF_HIGHER", size: 2 },
      gapLabel: "Self-assessment Green, independent scrutiny Red: 2 levels higher",
    });
    expect(row("2.2").partners.map((p) => p.rating)).toEqual(["GREEN", "GREEN", "AMBER"]);
    expect(row("1.1")).toMatchObject({
      self: "RED",
      independent: "AMBER",
      gapLabel: expect.stringContaining("1 level lower"),
    });
    expect(row("3.1")).toMatchObject({ gap: { kind: "NONE" }, gapLabel: "No gap" });
    expect(selfAssessment.gapCount).toBe(3); // 1.1, 2.2 and 5.4 (self Amber, scrutiny Red)
  });

  it("says when the cycle has no core partners' self-assessment", async () => {
    const { partnership, viewer, assessment } = await twoScrutineersDiffering();
    await signInAs(viewer.user.id);
    const { selfAssessment } = await getScrutinyReport(partnership.id, assessment.id);
    expect(selfAssessment).toMatchObject({ assessment: null, rows: [], gapCount: 0 });
  });

  it("shows trends oldest cycle first, following each question's identity across framework versions", async () => {
    const prisma = database.prisma;
    const partnership = await createPartnership(prisma);
    const scrutineer = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Sole" });
    const original = await originalFramework(prisma);
    const byKey = (key: string) => original.questions.findIndex((q) => q.lineageKey === key);
    const k11 = original.questions[0]!.lineageKey;
    const k12 = original.questions[1]!.lineageKey;
    const past = (name: string, year: number, ratings: Record<string, RatingValue>) =>
      addFinalisedScrutiny(prisma, partnership.id, {
        name,
        startsOn: `${year}-04-01`,
        versionId: original.id,
        questions: original.questions,
        rating: (i) => Object.entries(ratings).find(([key]) => byKey(key) === i)?.[1] ?? "AMBER",
      });
    // Created out of order; one cycle after this report's must not appear.
    await past("2024 to 2025", 2024, { [k11]: "AMBER", [k12]: "AMBER" });
    await past("2027 to 2028", 2027, { [k11]: "RED", [k12]: "RED" });
    await past("2023 to 2024", 2023, { [k11]: "GREEN", [k12]: "AMBER" });
    await prisma.cycle.create({
      data: {
        partnershipId: partnership.id,
        name: "2025 to 2026",
        startsOn: new Date("2025-04-01"),
        endsOn: new Date("2026-03-31"),
      },
    });

    // This cycle's scrutiny uses an adaptation in which the first two questions swap places.
    const adapted = await adaptSwappingFirstTwoQuestions(partnership.id);
    const cycle = await prisma.cycle.create({
      data: {
        partnershipId: partnership.id,
        name: "2026 to 2027",
        startsOn: new Date("2026-04-01"),
        endsOn: new Date("2027-03-31"),
      },
    });
    const assessment = await prisma.assessment.create({
      data: {
        partnershipId: partnership.id,
        cycleId: cycle.id,
        frameworkVersionId: adapted.id,
        kind: "INDEPENDENT_SCRUTINY",
        title: "Independent scrutiny 2026",
      },
    });
    const participant = await prisma.assessmentParticipant.create({
      data: { assessmentId: assessment.id, userId: scrutineer.user.id, isLead: true },
    });
    await prisma.participantQuestion.createMany({
      data: adapted.questions.map((q) => ({ participantId: participant.id, questionId: q.id })),
    });
    await prisma.response.createMany({
      data: adapted.questions.map((q) => ({
        assessmentId: assessment.id,
        participantId: participant.id,
        questionId: q.id,
        // With one scrutineer the agreed rating is theirs.
        rating: q.lineageKey === k11 ? "GREEN" : q.lineageKey === k12 ? "RED" : "AMBER",
      })),
    });

    await signInAs(scrutineer.user.id);
    const report = await getScrutinyReport(partnership.id, assessment.id);
    expect(report.framework.attribution).toBe(ADAPTATION_ATTRIBUTION);
    expect(report.trends.cycles.map((c) => [c.name, c.source])).toEqual([
      ["2023 to 2024", "FINALISED_SCRUTINY"],
      ["2024 to 2025", "FINALISED_SCRUTINY"],
      ["2025 to 2026", "NONE"],
      ["2026 to 2027", "THIS_REPORT"],
    ]);
    const step1 = report.trends.steps[0]!;
    // Code 1.2 of the adaptation is the original's 1.1, and the other way round.
    const trendOf = (code: string) => step1.questions.find((q) => q.code === code)!;
    expect(trendOf("1.2").ratings.map((r) => r.rating)).toEqual(["GREEN", "AMBER", null, "GREEN"]);
    expect(trendOf("1.2").movement).toBe("IMPROVED");
    expect(trendOf("1.1").ratings.map((r) => r.rating)).toEqual(["AMBER", "AMBER", null, "RED"]);
    expect(trendOf("1.1").movement).toBe("DECLINED");
    expect(step1.counts.map((c) => [c.counts.GREEN, c.counts.AMBER, c.counts.RED])).toEqual([
      [1, 3, 0],
      [0, 4, 0],
      [0, 0, 0],
      [1, 2, 1],
    ]);
  });

  it("gives each step its narrative, cited evidence and actions, and the written parts of the report", async () => {
    const prisma = database.prisma;
    const { partnership, statutory, lead, version, assessment, cycle } =
      await twoScrutineersDiffering();
    const [council, , police] = statutory;
    const respondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
      organisationId: police!.id,
      name: "Pat Police",
    });
    const step2 = version.steps[1]!;
    await prisma.stepNarrative.create({
      data: {
        assessmentId: assessment.id,
        stepId: step2.id,
        text: "Learning is shared.",
        updatedById: lead.user.id,
      },
    });
    const cited = await prisma.response.findMany({
      where: { assessmentId: assessment.id, question: { code: { in: ["2.1", "2.3"] } } },
      select: { id: true },
    });
    const audit = await prisma.evidenceItem.create({
      data: {
        partnershipId: partnership.id,
        title: "Audit",
        kind: "LINK",
        nature: "OUTCOME",
        evidenceDate: new Date("2026-05-01"),
        url: "https://example.org/audit",
      },
    });
    // Cited by both scrutineers for two questions: listed once.
    await prisma.responseEvidence.createMany({
      data: cited.map((r) => ({ responseId: r.id, evidenceId: audit.id })),
    });
    const q = (code: string) => version.questions.find((x) => x.code === code)!.id;
    const action = (owner: string, description: string, dueOn: string) =>
      prisma.action.create({
        data: {
          partnershipId: partnership.id,
          cycleId: cycle.id,
          description,
          ownerOrganisationId: owner,
          ownerName: "Sam Owner",
          dueOn: new Date(dueOn),
          sourceType: "OTHER",
          links: {
            create: [
              { assessmentId: assessment.id, questionId: q("2.1") },
              { assessmentId: assessment.id, questionId: q("2.2") },
            ],
          },
        },
      });
    await action(council!.id, "Council's plan", "2020-01-31");
    await action(police!.id, "Police plan", "2099-01-31");
    await prisma.developmentArea.createMany({
      data: [
        { assessmentId: assessment.id, position: 2, text: "Second area" },
        {
          assessmentId: assessment.id,
          position: 1,
          text: "First area",
          managementResponse: "We accept",
          respondedById: respondent.user.id,
          respondedAt: new Date(),
        },
      ],
    });
    await prisma.assessment.update({
      where: { id: assessment.id },
      data: { summaryStrengths: "Strong leadership", accuracyCheckOpenedAt: new Date() },
    });
    await prisma.accuracyComment.create({
      data: {
        assessmentId: assessment.id,
        section: "step-2",
        organisationId: police!.id,
        text: "The date is wrong",
        decision: "CHANGED",
        decisionNote: "Corrected",
      },
    });
    await prisma.challenge.create({
      data: {
        assessmentId: assessment.id,
        stepId: step2.id,
        responsibleOrganisationId: police!.id,
        text: "Show us",
        partnerResponse: "Here it is",
      },
    });

    await signInAs(lead.user.id);
    const report = await getScrutinyReport(partnership.id, assessment.id);
    const step = report.steps[1]!;
    expect(step.narrative).toMatchObject({
      text: "Learning is shared.",
      updatedByName: "Asha Lead",
    });
    expect(report.steps[0]!.narrative).toBeNull();
    expect(step.evidence).toEqual([
      expect.objectContaining({
        title: "Audit",
        nature: "OUTCOME",
        href: "https://example.org/audit",
        external: true,
      }),
    ]);
    expect(
      step.actions.map((a) => [
        a.description,
        a.ownerOrganisationName,
        a.ownerPersonName,
        a.displayStatus,
        a.questionCodes,
      ]),
    ).toEqual([
      ["Council's plan", "County Council", "Sam Owner", "OVERDUE", ["2.1", "2.2"]],
      ["Police plan", "Police", "Sam Owner", "NOT_STARTED", ["2.1", "2.2"]],
    ]);
    expect(report.summary.strengths).toBe("Strong leadership");
    expect(
      report.summary.developmentAreas.map((a) => [a.text, a.managementResponse, a.respondedByName]),
    ).toEqual([
      ["First area", "We accept", "Pat Police"],
      ["Second area", null, null],
    ]);
    expect(report.accuracy.state).toBe("OPEN");
    expect(report.accuracy.comments).toEqual([
      expect.objectContaining({
        sectionLabel: `Step 2: ${step.title}`,
        organisationName: "Police",
        decision: "CHANGED",
        decisionNote: "Corrected",
      }),
    ]);
    expect(report.challenges).toEqual([
      expect.objectContaining({
        subjectLabel: `Step 2: ${step.title}`,
        organisationName: "Police",
        stage: "AWAITING_OUTCOME",
        outcome: null,
      }),
    ]);
    expect(report.viewer).toMatchObject({
      isScrutineer: true,
      isLead: true,
      canComment: false,
      canRespond: false,
    });

    // An agency respondent of a statutory partner sees only its own organisation's actions.
    await signInAs(respondent.user.id);
    const theirs = await getScrutinyReport(partnership.id, assessment.id);
    expect(theirs.steps[1]!.actions.map((a) => a.description)).toEqual(["Police plan"]);
    expect(theirs.viewer).toMatchObject({
      isScrutineer: false,
      speaksFor: ["Police"],
      canComment: true,
      canRespond: true,
    });
  });

  it("is not found for another partnership's assessment or for a self-assessment", async () => {
    const prisma = database.prisma;
    const { partnership, statutory, viewer, version, cycle } = await twoScrutineersDiffering();
    const other = await twoScrutineersDiffering();
    await signInAs(viewer.user.id);
    await expect(getScrutinyReport(partnership.id, other.assessment.id)).rejects.toMatchObject({
      digest: expect.stringContaining(";404"),
    });
    const self = await addCoreSelfAssessment(prisma, partnership.id, {
      cycleId: cycle.id,
      versionId: version.id,
      organisationIds: statutory.map((o) => o.id),
      questions: version.questions,
      rating: () => "GREEN",
    });
    await expect(getScrutinyReport(partnership.id, self.id)).rejects.toMatchObject({
      digest: expect.stringContaining(";404"),
    });
  });
});

/** A partnership's adaptation of the original in which questions 1.1 and 1.2 swap places. */
async function adaptSwappingFirstTwoQuestions(partnershipId: string) {
  const prisma = database.prisma;
  const steps = await prisma.frameworkStep.findMany({
    where: { version: { framework: { isOriginal: true } } },
    orderBy: { position: "asc" },
    select: {
      number: true,
      title: true,
      lineageKey: true,
      questions: { orderBy: { position: "asc" }, select: { text: true, lineageKey: true } },
    },
  });
  const framework = await prisma.framework.create({
    data: { key: `adapted-${randomUUID()}`, title: "Our Six Steps", partnershipId },
  });
  const version = await prisma.frameworkVersion.create({
    data: {
      frameworkId: framework.id,
      version: 1,
      label: "Adapted",
      citation: ADAPTATION_ATTRIBUTION,
      isAdapted: true,
      ragGreen: RAG_DEFINITIONS.GREEN,
      ragAmber: RAG_DEFINITIONS.AMBER,
      ragRed: RAG_DEFINITIONS.RED,
    },
  });
  for (const [s, step] of steps.entries()) {
    const questions =
      s === 0
        ? [step.questions[1]!, step.questions[0]!, ...step.questions.slice(2)]
        : step.questions;
    await prisma.frameworkStep.create({
      data: {
        versionId: version.id,
        position: s + 1,
        number: step.number,
        title: step.title,
        lineageKey: step.lineageKey,
        questions: {
          create: questions.map((q, i) => ({
            versionId: version.id,
            position: i + 1,
            code: `${step.number}.${i + 1}`,
            text: q.text,
            lineageKey: q.lineageKey,
          })),
        },
      },
    });
  }
  return prisma.frameworkVersion.findUniqueOrThrow({
    where: { id: version.id },
    select: { id: true, questions: { select: { id: true, lineageKey: true } } },
  });
}

describe("the self-assessment heatmap", () => {
  it("shows each organisation's rating of each question, and says which were not asked or not answered", async () => {
    const prisma = database.prisma;
    const partnership = await createPartnership(prisma);
    const viewer = await createMember(prisma, partnership.id, "VIEWER");
    const [school, council] = ["Schools Alliance", "County Council"].map((name) =>
      partnership.organisations.find((o) => o.name === name)!,
    );
    const { assessment, participants } = await createSelfAssessment(
      prisma,
      partnership.id,
      [school!.id, council!.id],
      "WIDER_PARTNER_SELF_ASSESSMENT",
    );
    const version = await originalFramework(prisma);
    const [q11, q12, q13] = version.questions;
    await prisma.response.updateMany({
      where: { participantId: participants[school!.id], questionId: q11!.id },
      data: { rating: "GREEN" },
    });
    await prisma.response.updateMany({
      where: { participantId: participants[council!.id], questionId: q11!.id },
      data: { rating: "RED" },
    });
    // The school is not asked question 1.3.
    await prisma.participantQuestion.delete({
      where: {
        participantId_questionId: { participantId: participants[school!.id]!, questionId: q13!.id },
      },
    });

    await signInAs(viewer.user.id);
    const heatmap = await getSelfAssessmentHeatmap(partnership.id, assessment.id);
    expect(heatmap.organisations.map((o) => o.name)).toEqual([
      "County Council",
      "Schools Alliance",
    ]);
    const row = (id: string) => heatmap.steps[0]!.questions.find((q) => q.id === id)!;
    expect(row(q11!.id).cells.map((c) => [c.state, c.rating])).toEqual([
      ["RATED", "RED"],
      ["RATED", "GREEN"],
    ]);
    expect(row(q12!.id).cells.map((c) => c.state)).toEqual(["NOT_ANSWERED", "NOT_ANSWERED"]);
    expect(row(q13!.id).cells.map((c) => c.state)).toEqual(["NOT_ANSWERED", "NOT_ASKED"]);
    expect(row(q11!.id).href).toBe(
      `/partnerships/${partnership.id}/assessments/${assessment.id}/questions/${q11!.id}/history`,
    );
    expect(heatmap.organisations[1]!.counts).toMatchObject({ GREEN: 1, UNRATED: 22 });

    const scrutiny = await createScrutinyAssessment(prisma, partnership.id, []);
    await expect(
      getSelfAssessmentHeatmap(partnership.id, scrutiny.assessment.id),
    ).rejects.toMatchObject({ digest: expect.stringContaining(";404") });
  });
});
