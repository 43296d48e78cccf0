import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { appMigrations } from "../../scripts/lib/migrate";
import { saveResponse } from "@/lib/actions/responses/save-response";
import { checkPassword, checkSecondFactor } from "@/lib/auth/sign-in";
import { totpCode } from "@/lib/auth/totp";
import { getActionDetail } from "@/lib/data/actions";
import { getTrackerRows } from "@/lib/data/action-tracker";
import { getAgreementView, getAssessmentProgress } from "@/lib/data/agreement";
import { getAssessmentTaskList, getStepForResponding } from "@/lib/data/assessment-work";
import { listCaseReviews } from "@/lib/data/case-reviews";
import { getChallengeLog } from "@/lib/data/challenges";
import { getEvidenceLibrary } from "@/lib/data/evidence";
import { getHome } from "@/lib/data/home";
import { getQuestionHistory } from "@/lib/data/question-history";
import { getScrutinyReport } from "@/lib/data/report";
import { getSelfAssessmentHeatmap } from "@/lib/data/report-heatmap";
import { getReturnsGrid } from "@/lib/data/returns";
import { getScrutineerDashboard } from "@/lib/data/scrutineer-dashboard";
import { getYearlyReportPage } from "@/lib/data/yearly-report";
import { getYearlyReportExport } from "@/lib/data/yearly-report-export";
import { DEFAULT_TRACKER_FILTERS } from "@/lib/domain/action-filters";
import { YEARLY_REPORT_PARTS } from "@/lib/domain/yearly-report";
import { yearlyReportDocx } from "@/lib/export/yearly-report-docx";
import { seedFramework } from "../../prisma/seed/framework";
import { generateNationalData, type NationalData } from "../../scripts/bench/generate";
import { startTestApp, TEST_SECRET } from "./support/app";
import type { TestDatabase } from "./support/database";
import { signInAs } from "./support/session";

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

// A small national data set: every expectation below follows from these numbers.
const P = 3; // partnerships, the first the largest
const C = 3; // cycles, the last in progress
const O = 5; // relevant agencies per partnership
const F = 3; // the largest partnership's factor
const EVIDENCE = 40; // per cycle, typical
const ACTIONS = 100; // per cycle, typical
const SEATS = 3 + 3 + O; // scrutineers + statutory partners + relevant agencies, per cycle
const SCALED = P - 1 + F; // partnerships' worth of evidence and actions

let database: TestDatabase;
let data: NationalData;

beforeAll(async () => {
  database = await startTestApp();
  await seedFramework(database.prisma);
  data = await generateNationalData(database.url, {
    partnerships: P,
    cycles: C,
    organisations: O,
    largestFactor: F,
    secret: TEST_SECRET,
  });
});
afterAll(() => database.drop());

const userId = async (email: string) =>
  (await database.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;

describe("the national-scale data generator", () => {
  it("writes exactly the rows its parameters call for", async () => {
    expect(data.counts).toMatchObject({
      Partnership: P,
      Organisation: P * (3 + O),
      // Per partnership a business manager, a chair and each organisation's respondent; the
      // national pool of 4 scrutineers (the least for 3 partnerships) and the administrator.
      User: P * (2 + 3 + O) + 4 + 1,
      Membership: P * (2 + 3 + O + 3),
      Cycle: P * C,
      Assessment: P * C * 3,
      AssessmentParticipant: P * C * SEATS,
      ParticipantQuestion: P * C * SEATS * 24,
      Response: P * C * SEATS * 24,
      AgreedRating: P * (C - 1) * 24,
      EvidenceItem: SCALED * C * EVIDENCE,
      StoredFile: (SCALED * C * EVIDENCE) / 10,
      Action: SCALED * C * ACTIONS,
      StepNarrative: P * (C - 1) * 6,
      DevelopmentArea: P * (C - 1) * 3,
      Challenge: P * ((C - 1) * 3 + 2),
      YearlyReportSection: P * (C - 1),
      PublicationRecipient: P * 2,
      ArrangementAnswer: P * 18,
      AuditEvent: 0,
    });
    // Every table of the schema is counted, and the framework is the seeded one, untouched.
    expect(data.counts).toMatchObject({
      Framework: 1,
      FrameworkQuestion: 24,
      _prisma_migrations: appMigrations().length,
    });
    // Each Red, Amber or Green answer cites one to three items; the others none.
    const rated = await database.prisma.response.count({
      where: { rating: { in: ["RED", "AMBER", "GREEN"] } },
    });
    expect(data.counts.ResponseEvidence).toBeGreaterThanOrEqual(rated);
    expect(data.counts.ResponseEvidence).toBeLessThanOrEqual(rated * 3);
    const citing = await database.prisma.response.count({ where: { evidence: { some: {} } } });
    expect(citing).toBe(rated);
  });

  it("signs every bench user in with the one password, and the two-factor roles with the key", async () => {
    const { handles } = data;
    const first = await checkPassword({
      email: handles.largest.businessManagerEmail,
      password: handles.password,
      ip: "10.9.0.1",
    });
    expect(first).toMatchObject({ ok: true, next: "two-factor" });
    if (!first.ok) throw new Error("unreachable");
    expect(
      await checkSecondFactor({
        ticket: first.ticket,
        code: totpCode(handles.totpSecret),
        ip: "10.9.0.1",
      }),
    ).toEqual({ ok: true });
    const respondent = await checkPassword({
      email: "partner-1-2@bench.example",
      password: handles.password,
      ip: "10.9.0.2",
    });
    expect(respondent).toMatchObject({ ok: true, next: "complete" });
  });

  it("loads the largest partnership's scrutiny report with all 24 agreed ratings and its three scrutineers", async () => {
    const { largest } = data.handles;
    await signInAs(await userId(largest.businessManagerEmail));
    const report = await getScrutinyReport(largest.partnershipId, largest.reportAssessmentId);
    const questions = report.steps.flatMap((step) => step.questions);
    expect(report.assessment.finalised).toBe(true);
    expect(questions).toHaveLength(24);
    expect(questions.filter((q) => q.agreed !== null && q.rating !== null)).toHaveLength(24);
    expect(report.scrutineers.filter((s) => s.isLead)).toHaveLength(1);
    expect(report.scrutineers).toHaveLength(3);
    // Every answer has an action plan, and every step a narrative; the trend covers each cycle
    // up to this one.
    expect(
      questions.every((q) =>
        report.steps.some((s) => s.actions.some((a) => a.questionCodes.includes(q.code))),
      ),
    ).toBe(true);
    expect(report.steps.every((step) => step.narrative !== null)).toBe(true);
    expect(report.trends.cycles).toHaveLength(C - 1);
    expect(report.summary.developmentAreas).toHaveLength(3);
    expect(report.selfAssessment.organisations).toHaveLength(3);
  });

  it("lists largest_factor times a typical partnership's actions in the largest one's tracker", async () => {
    const { largest, typical } = data.handles;
    await signInAs(await userId(largest.businessManagerEmail));
    const big = await getTrackerRows(largest.partnershipId, DEFAULT_TRACKER_FILTERS);
    await signInAs(await userId(typical.businessManagerEmail));
    const small = await getTrackerRows(typical.partnershipId, DEFAULT_TRACKER_FILTERS);
    expect(small.rows).toHaveLength(C * ACTIONS);
    expect(big.rows).toHaveLength(F * C * ACTIONS);
    expect([largest.actionCount, typical.actionCount]).toEqual([F * C * ACTIONS, C * ACTIONS]);
    // Some open actions are overdue, and open ones are counted.
    expect(big.counts.overdue).toBeGreaterThan(0);
    expect(big.counts.open).toBeGreaterThan(big.counts.overdue);
  });

  it("shows the scrutineer every scrutiny they take part in, across their partnerships", async () => {
    const { scrutineer } = data.handles;
    await signInAs(scrutineer.userId);
    const rows = (await getScrutineerDashboard()) ?? [];
    // With 3 partnerships the first scrutineer serves them all (6 or fewer).
    expect(scrutineer.partnershipCount).toBe(P);
    expect(new Set(rows.map((row) => row.partnershipId)).size).toBe(P);
    expect(rows).toHaveLength(P * C);
    expect(rows.filter((row) => row.status === "IN_PROGRESS")).toHaveLength(P);
    expect(rows.filter((row) => row.status === "SIGNED_OFF")).toHaveLength(P * (C - 1));
  });

  it("gives the scrutineer answers to save now, with their versions, and the page to answer them on", async () => {
    const { scrutineer, responsePageUrl } = data.handles;
    expect(scrutineer.saveTargets).toHaveLength(P * 24);
    const target = scrutineer.saveTargets[0]!;
    expect(responsePageUrl).toBe(
      `/partnerships/${target.partnershipId}/assessments/${target.assessmentId}/steps/${target.stepNumber}`,
    );
    await signInAs(scrutineer.userId);
    const step = await getStepForResponding(
      target.partnershipId,
      target.assessmentId,
      target.stepNumber,
    );
    expect(step.canEdit).toBe(true);
    expect(step.questions.map((q) => q.response?.id)).toContain(target.responseId);

    const evidence = step.evidence[0]!;
    const save = (version: number) =>
      saveResponse(null, {
        partnershipId: target.partnershipId,
        responseId: target.responseId,
        version,
        rating: "AMBER",
        narrative: "In place for the statutory partners; the relevant agencies are starting.",
        remainingWork: "Bring the relevant agencies in and measure the difference for children.",
        notInScopeReason: "",
        evidenceIds: [evidence.id],
      });
    const saved = await save(target.version);
    expect(saved).toMatchObject({ ok: true, data: { version: target.version + 1 } });
    // The version is what the app checks: the same save again is a conflict.
    expect(await save(target.version)).toMatchObject({ ok: false, conflict: expect.anything() });
  });

  it("builds the yearly report's Word document from the written section of the last signed-off cycle", async () => {
    const { largest } = data.handles;
    await signInAs(await userId(largest.businessManagerEmail));
    const exported = await getYearlyReportExport(largest.partnershipId, largest.yearlyCycleId);
    expect(exported.facts.section?.status).toBe("SHARED");
    for (const part of YEARLY_REPORT_PARTS)
      expect(exported.facts.section?.texts[part.key]?.length).toBeGreaterThan(50);
    const files = unzipSync(new Uint8Array(await yearlyReportDocx(exported.input)));
    const text = [
      ...strFromU8(files["word/document.xml"]!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g),
    ]
      .map((m) => m[1])
      .join("")
      .replace(/&apos;/g, "'");
    for (const part of YEARLY_REPORT_PARTS) expect(text).toContain(part.heading);
    expect(text).toContain(exported.facts.section!.texts.assuranceStatement!);
    expect(exported.facts.ratings.filter((r) => r.rating !== null)).toHaveLength(24);
  });

  it("loads the business manager's other pages on the largest partnership's data", async () => {
    const { largest } = data.handles;
    const partnershipId = largest.partnershipId;
    await signInAs(await userId(largest.businessManagerEmail));
    const assessments = await database.prisma.assessment.findMany({
      where: { partnershipId },
      orderBy: { cycle: { startsOn: "asc" } },
      select: { id: true, kind: true, status: true, cycleId: true },
    });
    const current = (kind: string) =>
      assessments.find((a) => a.kind === kind && a.status === "IN_PROGRESS")!;
    const signedOff = (kind: string) =>
      assessments.filter((a) => a.kind === kind && a.status === "FINALISED").at(-1)!;

    const home = await getHome();
    expect(home.partnerships.map((p) => p.partnershipId)).toEqual([partnershipId]);

    const returns = await getReturnsGrid(
      partnershipId,
      current("WIDER_PARTNER_SELF_ASSESSMENT").id,
    );
    expect(returns.rows).toHaveLength(O);

    const progress = await getAssessmentProgress(partnershipId, current("INDEPENDENT_SCRUTINY").id);
    expect(progress.participants.map((p) => p.role)).toEqual([
      "LEAD_SCRUTINEER",
      "SCRUTINEER",
      "SCRUTINEER",
    ]);
    // The lead has answered two thirds of the questions so far.
    expect(progress.participants[0]).toMatchObject({ answered: 16, total: 24 });

    const agreement = await getAgreementView(partnershipId, largest.reportAssessmentId);
    expect(agreement.problems).toEqual([]);
    expect(agreement.steps.flatMap((step) => step.questions).every((q) => q.agreed !== null)).toBe(
      true,
    );

    const tasks = await getAssessmentTaskList(
      partnershipId,
      current("CORE_PARTNER_SELF_ASSESSMENT").id,
    );
    expect(tasks.steps).toHaveLength(6);

    const heatmap = await getSelfAssessmentHeatmap(
      partnershipId,
      signedOff("WIDER_PARTNER_SELF_ASSESSMENT").id,
    );
    expect(heatmap).toBeTruthy();

    const library = await getEvidenceLibrary(partnershipId);
    expect(library.items).toHaveLength(F * C * EVIDENCE);

    const reviews = await listCaseReviews(partnershipId);
    expect(reviews.reviews).toHaveLength(C);

    const log = await getChallengeLog(partnershipId, largest.reportAssessmentId);
    expect(log).toBeTruthy();

    const question = await database.prisma.frameworkQuestion.findFirstOrThrow({
      where: { code: "1.1" },
    });
    const history = await getQuestionHistory(
      partnershipId,
      largest.reportAssessmentId,
      question.id,
    );
    expect(history.question.code).toBe("1.1");

    const action = await database.prisma.action.findFirstOrThrow({ where: { partnershipId } });
    expect((await getActionDetail(partnershipId, action.id)).action.description).toBe(
      action.description,
    );

    // The last signed-off cycle's section waits for sign-off; the first cycle's was published.
    const shared = await getYearlyReportPage(
      partnershipId,
      signedOff("INDEPENDENT_SCRUTINY").cycleId,
    );
    expect(shared?.section?.status).toBe("SHARED");
    const published = await getYearlyReportPage(partnershipId, assessments[0]!.cycleId);
    expect(published?.section?.status).toBe("PUBLISHED");
  });
});
