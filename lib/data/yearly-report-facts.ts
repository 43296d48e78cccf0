import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError } from "@/lib/authz/errors";
import { authorise } from "@/lib/authz/guard";
import { can, type Role } from "@/lib/authz/permissions";
import { dateOnly } from "@/lib/domain/actions";
import { frameworkAttribution } from "@/lib/domain/framework-versions";
import { ukDateStamp } from "@/lib/domain/london-time";
import type { RatingValue } from "@/lib/domain/rating";
import {
  YEARLY_REPORT_PARTS,
  YEARLY_REPORT_STATUS_LABELS,
  type StepEffectiveness,
  type YearlyReportPartKey,
} from "@/lib/domain/yearly-report";
import { sectionVisibleTo, YEARLY_MESSAGES } from "@/lib/domain/yearly-report-drafting";
import type { Suggestions } from "@/lib/domain/yearly-report-suggestions";
import { FRAMEWORK_CITATION } from "@/lib/framework/six-steps";
import type { YearlyReportDocxInput } from "@/lib/export/yearly-report-docx";
import { isUuid } from "@/lib/validation";
import { buildFacts } from "./yearly-report-build";
import {
  loadArrangementAnswers,
  loadCaseReviews,
  loadCycle,
  loadImpactEvidence,
  loadOpenActions,
  loadPreviousScrutiny,
  type SectionRecord,
} from "./yearly-report-load";

export type YearlyReportStatusValue = keyof typeof YEARLY_REPORT_STATUS_LABELS;

/** The section row as plain data; dates are ISO instants or "YYYY-MM-DD" calendar dates. */
export type YearlyReportSectionDto = {
  id: string;
  status: YearlyReportStatusValue;
  statusLabel: string;
  texts: Record<YearlyReportPartKey, string | null>;
  /** The version a save must name. */
  version: number;
  createdAt: string;
  updatedAt: string;
  sharedWithScrutineerAt: string | null;
  publishedOn: string | null;
  publishedUrl: string | null;
  presentedAt: string | null;
};

export type YearlyCaseReview = YearlyReportDocxInput["caseReviews"][number];

export type YearlyImpactEvidence = {
  id: string;
  title: string;
  nature: "OUTCOME" | "PROCESS";
  evidenceDate: string;
  /** Cited on a question of step 6 (training). */
  training: boolean;
};

export type YearlyReportFacts = {
  partnership: { id: string; name: string };
  cycle: { id: string; name: string; startsOn: string; endsOn: string };
  /** Null until the business manager starts the section. */
  section: YearlyReportSectionDto | null;
  /** The cycle's latest finalised independent scrutiny; null when there is none yet. */
  scrutiny: { id: string; title: string; finalisedAt: string | null } | null;
  /** The earlier cycle the change is measured against; null when there is none. */
  previousCycle: { id: string; name: string } | null;
  steps: StepEffectiveness[];
  /** Every question in step and question order: this cycle's agreed rating and last cycle's. */
  ratings: Array<{
    stepNumber: number;
    stepTitle: string;
    code: string;
    text: string;
    rating: RatingValue | null;
    previousRating: RatingValue | null;
  }>;
  redAmber: Array<{ code: string; text: string; rating: "RED" | "AMBER" }>;
  overdueActions: Array<{
    description: string;
    owner: string | null;
    dueOn: string;
    daysOverdue: number;
  }>;
  caseReviews: YearlyCaseReview[];
  impactEvidence: YearlyImpactEvidence[];
  childrenFamilies: {
    number: number;
    title: string;
    questions: Array<{
      code: string;
      text: string;
      rating: "RED" | "AMBER" | "GREEN" | "NOT_IN_SCOPE" | null;
    }>;
    narrative: string | null;
  } | null;
  /** The Section 6 questions that have an answer, in order. */
  arrangements: Array<{ number: number; text: string; answer: string }>;
  framework: { citation: string; adaptationAttribution: string | null };
  suggestions: Suggestions;
  viewer: { role: Role; canEdit: boolean; canSignOff: boolean; canPublish: boolean };
};

function sectionDto(row: SectionRecord): YearlyReportSectionDto {
  return {
    id: row.id,
    status: row.status,
    statusLabel: YEARLY_REPORT_STATUS_LABELS[row.status],
    texts: Object.fromEntries(YEARLY_REPORT_PARTS.map((p) => [p.key, row[p.key]])) as Record<
      YearlyReportPartKey,
      string | null
    >,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    sharedWithScrutineerAt: row.sharedWithScrutineerAt?.toISOString() ?? null,
    publishedOn: row.publishedOn ? dateOnly(row.publishedOn) : null,
    publishedUrl: row.publishedUrl,
    presentedAt: row.presentedAt,
  };
}

/**
 * Everything the yearly report's scrutiny section is drafted and exported from, for one cycle:
 * the section as written, the agreed ratings of the cycle's latest finalised independent scrutiny
 * per step with the change since the previous cycle's (by question identity), Red and Amber
 * questions, overdue actions, case-review recommendations and their actions, outcome and training
 * evidence, step 3, the Section 6 answers, the framework citation, and a suggestion per part.
 * Another partnership's cycle is not found. A scrutineer sees the section once it has been shared
 * with them (ForbiddenError before). Seven queries, whatever the amount of data.
 */
export async function getYearlyReportFacts(
  partnershipId: string,
  cycleId: string,
  now: Date = new Date(),
): Promise<YearlyReportFacts> {
  const access = authorise(await getCurrentUser(), partnershipId, "yearly-report.view");
  if (!isUuid(cycleId)) notFound();
  const cycle = await loadCycle(partnershipId, cycleId);
  if (!cycle) notFound();
  const row = cycle.yearlyReportSections[0] ?? null;
  const role = access.membership.role;
  if (!sectionVisibleTo(role, row?.status ?? null))
    throw new ForbiddenError(YEARLY_MESSAGES.notShared);

  const [previous, actions, reviews, evidence, answers] = await Promise.all([
    loadPreviousScrutiny(partnershipId, cycle.startsOn),
    loadOpenActions(partnershipId),
    loadCaseReviews(partnershipId),
    loadImpactEvidence(partnershipId, cycleId),
    loadArrangementAnswers(partnershipId),
  ]);
  const actor = {
    userId: access.user.id,
    role,
    organisationId: access.membership.organisationId,
  };
  const scrutiny = cycle.assessments[0] ?? null;
  const version = scrutiny?.frameworkVersion ?? null;
  return {
    partnership: cycle.partnership,
    cycle: {
      id: cycle.id,
      name: cycle.name,
      startsOn: dateOnly(cycle.startsOn),
      endsOn: dateOnly(cycle.endsOn),
    },
    section: row ? sectionDto(row) : null,
    scrutiny: scrutiny
      ? {
          id: scrutiny.id,
          title: scrutiny.title,
          finalisedAt: scrutiny.finalisedAt?.toISOString() ?? null,
        }
      : null,
    previousCycle: previous?.cycle ?? null,
    ...buildFacts({
      cycleName: cycle.name,
      scrutiny,
      previous,
      actions,
      reviews,
      evidence,
      answers,
      actor,
      now,
    }),
    framework: {
      citation: version && !version.isAdapted ? version.citation : FRAMEWORK_CITATION,
      adaptationAttribution: version?.isAdapted ? frameworkAttribution(version) : null,
    },
    viewer: {
      role,
      canEdit: can(role, "yearly-report.edit"),
      canSignOff: can(role, "yearly-report.sign-off"),
      canPublish: can(role, "yearly-report.publish"),
    },
  };
}

/** The Word (and PDF, print) export's input: the section's texts with the facts behind them. */
export function toExportInput(
  facts: YearlyReportFacts,
  now: Date = new Date(),
): YearlyReportDocxInput {
  return {
    partnershipName: facts.partnership.name,
    cycleName: facts.cycle.name,
    statusLabel: facts.section?.statusLabel ?? "Not started",
    preparedOn: ukDateStamp(now),
    texts: facts.section?.texts ?? {},
    steps: facts.steps,
    redAmber: facts.redAmber,
    overdueActions: facts.overdueActions,
    caseReviews: facts.caseReviews,
    framework: facts.framework,
  };
}
