import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { db } from "@/lib/db";
import { accuracyCheckState, type AccuracyCheckState } from "@/lib/domain/report-authoring";
import { addCounts, type RagCounts } from "@/lib/domain/report";
import { FRAMEWORK_CITATION } from "@/lib/framework/six-steps";
import { frameworkAttribution } from "@/lib/domain/framework-versions";
import { getAgreementView } from "./agreement";
import {
  agreementByQuestion,
  assembleSteps,
  reportViewer,
  type ReportDifference,
  type ReportStep,
  type ReportViewer,
} from "./report-assemble";
import { loadSelfBesideIndependent, type SelfBesideIndependent } from "./report-self";
import { loadCitedEvidence, loadLinkedActions } from "./report-steps";
import {
  accuracyComments,
  challenges,
  developmentAreas,
  type ReportAccuracyComment,
  type ReportChallenge,
  type ReportDevelopmentArea,
} from "./report-text";
import { loadTrends, type ReportTrends } from "./report-trends";
import { REPORT_ASSESSMENT_SELECT } from "./report-select";

export type { ReportStep, ReportViewer, ReportQuestion, ReportDifference } from "./report-assemble";
export type { ReportAction, ReportEvidence } from "./report-steps";
export type { SelfBesideIndependent, SelfRow } from "./report-self";
export type { ReportTrends } from "./report-trends";
export type { ReportAccuracyComment, ReportChallenge, ReportDevelopmentArea } from "./report-text";

export type ScrutinyReport = {
  assessment: {
    id: string;
    title: string;
    cycleName: string;
    finalised: boolean;
    /** When the scrutiny was signed off (ISO); null while the report is a draft. */
    signedOffAt: string | null;
  };
  framework: { title: string; label: string; citation: string; attribution: string | null };
  /** Each step with its questions (the RAG matrix's rows), counts, narrative, evidence, actions. */
  steps: ReportStep[];
  totals: RagCounts;
  scrutineers: Array<{ name: string; isLead: boolean }>;
  /** Exactly the questions the scrutineers rated differently (several scrutineers only). */
  differences: ReportDifference[];
  summary: { strengths: string | null; developmentAreas: ReportDevelopmentArea[] };
  selfAssessment: SelfBesideIndependent;
  trends: ReportTrends;
  accuracy: { state: AccuracyCheckState; comments: ReportAccuracyComment[] };
  challenges: ReportChallenge[];
  viewer: ReportViewer;
};

/**
 * The scrutiny report of one independent scrutiny: everything the report page shows, in one DTO.
 * A fixed number of queries however many cycles, scrutineers, questions, evidence items and
 * actions there are (tests/integration/report-queries.test.ts counts them).
 */
export async function getScrutinyReport(
  partnershipId: string,
  assessmentId: string,
  now: Date = new Date(),
): Promise<ScrutinyReport> {
  const access = authorise(await getCurrentUser(), partnershipId, "report.view");
  const actor = {
    userId: access.user.id,
    role: access.membership.role,
    organisationId: access.membership.organisationId,
  };
  const [row, agreement, evidence, actions] = await Promise.all([
    db().assessment.findFirst({
      where: { id: assessmentId, partnershipId, kind: "INDEPENDENT_SCRUTINY" },
      select: REPORT_ASSESSMENT_SELECT,
    }),
    getAgreementView(partnershipId, assessmentId),
    loadCitedEvidence(partnershipId, assessmentId),
    loadLinkedActions(partnershipId, assessmentId, actor, now),
  ]);
  if (!row) notFound();

  const version = row.frameworkVersion;
  const agreed = agreementByQuestion(agreement);
  const rated = version.steps.map((step) => ({
    number: step.number,
    title: step.title,
    questions: step.questions.map((q) => ({ ...q, rating: agreed.get(q.id)?.effective ?? null })),
  }));
  const userIds = [
    ...row.stepNarratives.map((n) => n.updatedById),
    ...row.developmentAreas.map((a) => a.respondedById),
  ].filter((id): id is string => id !== null);
  const [selfAssessment, trends, users] = await Promise.all([
    loadSelfBesideIndependent(
      partnershipId,
      row.cycleId,
      rated.flatMap((step) =>
        step.questions.map((q) => ({
          ...q,
          questionId: q.id,
          stepNumber: step.number,
          independent: q.rating,
        })),
      ),
    ),
    loadTrends(
      partnershipId,
      { id: row.id, cycleId: row.cycleId, startsOn: row.cycle.startsOn },
      rated,
    ),
    db().user.findMany({
      where: { id: { in: [...new Set(userIds)] } },
      select: { id: true, name: true },
    }),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const { steps, differences } = assembleSteps({
    partnershipId,
    assessmentId,
    steps: version.steps,
    agreed,
    narratives: row.stepNarratives,
    names,
    evidence,
    actions,
  });
  const check = accuracyCheckState(row);

  return {
    assessment: {
      id: row.id,
      title: row.title,
      cycleName: row.cycle.name,
      finalised: row.status === "FINALISED",
      signedOffAt: row.status === "FINALISED" ? (row.finalisedAt?.toISOString() ?? null) : null,
    },
    framework: {
      title: version.framework.title,
      label: version.label,
      citation: version.isAdapted ? FRAMEWORK_CITATION : version.citation,
      attribution: version.isAdapted ? frameworkAttribution(version) : null,
    },
    steps,
    totals: addCounts(steps.map((step) => step.counts)),
    scrutineers: agreement.scrutineers.map((s) => ({ name: s.name, isLead: s.isLead })),
    differences,
    summary: {
      strengths: row.summaryStrengths?.trim() ? row.summaryStrengths : null,
      developmentAreas: developmentAreas(row.developmentAreas, names),
    },
    selfAssessment,
    trends,
    accuracy: {
      state: check,
      comments: accuracyComments(row.accuracyComments, version.steps),
    },
    challenges: challenges(row.challenges),
    viewer: reportViewer(actor, row.participants, row.partnership.organisations, check),
  };
}
