import "server-only";
import { agreedRating } from "@/lib/domain/responses";
import { forbidden, notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise, type PartnershipAccess } from "@/lib/authz/guard";
import { can, type Role } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import { formatUkDateTime } from "@/lib/domain/london-time";
import type { RatingValue } from "@/lib/domain/rating";
import {
  areaRemovalBlocker,
  isLeadScrutineerOf,
  isScrutineerOf,
  parseStepNumber,
  partnersActorSpeaksFor,
} from "@/lib/domain/report-authoring";
import { isUuid } from "@/lib/validation";

/**
 * Reads for writing the scrutiny report: the overall summary and areas for development, and the
 * step narratives. The factual-accuracy check and the management response are in
 * ./report-authoring-partners.ts. Everyone in the partnership may read the report; each DTO says
 * what the signed-in person may do with it. Another partnership's assessment, or one that is not
 * an independent scrutiny, is a 404.
 */

export type ReportViewer = {
  role: Role;
  /** Takes part in this assessment as a scrutineer: writes the report, decides on comments. */
  isScrutineer: boolean;
  /** Its lead scrutineer: also opens and closes the factual-accuracy check. */
  isLead: boolean;
  /** The statutory partners this person comments and responds for (empty: they do neither). */
  speaksFor: Array<{ id: string; name: string }>;
  canComment: boolean;
  canRespond: boolean;
  canRaiseAction: boolean;
};

export type ReportAssessment = {
  id: string;
  title: string;
  cycleName: string;
  finalised: boolean;
};

/** Who and when, ready to show: "Sam Lee", "22 Nov 2026, 14:02:05" and the ISO for <time>. */
export type Stamp = { byName: string | null; at: string; atLabel: string };

export function stampOf(
  byId: string | null,
  at: Date | null,
  names: ReadonlyMap<string, string>,
): Stamp | null {
  if (!at) return null;
  return {
    byName: byId ? (names.get(byId) ?? null) : null,
    at: at.toISOString(),
    atLabel: formatUkDateTime(at),
  };
}

/** The names of these people in one query (none when there are no ids). */
export async function namesOf(ids: Array<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const users = await db().user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((u) => [u.id, u.name || u.email]));
}

/** The assessment (of this partnership, a scrutiny) and what the signed-in person may do. */
export async function loadReportContext(partnershipId: string, assessmentId: string) {
  const access: PartnershipAccess = authorise(await getCurrentUser(), partnershipId, "report.view");
  if (!isUuid(assessmentId)) notFound();
  const row = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId, kind: "INDEPENDENT_SCRUTINY" },
    select: {
      id: true,
      title: true,
      status: true,
      summaryStrengths: true,
      summaryVersion: true,
      accuracyCheckOpenedAt: true,
      accuracyCheckClosedAt: true,
      cycle: { select: { name: true } },
      frameworkVersion: {
        select: {
          steps: { orderBy: { position: "asc" }, select: { id: true, number: true, title: true } },
        },
      },
      participants: { where: { userId: { not: null } }, select: { userId: true, isLead: true } },
      partnership: {
        select: {
          organisations: {
            where: { isStatutoryPartner: true },
            orderBy: { name: "asc" },
            select: { id: true, name: true, isStatutoryPartner: true },
          },
        },
      },
    },
  });
  if (!row) notFound();
  const { user, membership } = access;
  const actor = {
    userId: user.id,
    role: membership.role,
    organisationId: membership.organisationId,
  };
  const speaksFor = partnersActorSpeaksFor(actor, row.partnership.organisations).map(
    ({ id, name }) => ({ id, name }),
  );
  const viewer: ReportViewer = {
    role: membership.role,
    isScrutineer: isScrutineerOf(actor, row.participants),
    isLead: isLeadScrutineerOf(actor, row.participants),
    speaksFor,
    canComment: can(membership.role, "report.comment") && speaksFor.length > 0,
    canRespond: can(membership.role, "report.respond") && speaksFor.length > 0,
    canRaiseAction: can(membership.role, "action.create"),
  };
  const assessment: ReportAssessment = {
    id: row.id,
    title: row.title,
    cycleName: row.cycle.name,
    finalised: row.status === "FINALISED",
  };
  return { access, row, viewer, assessment, steps: row.frameworkVersion.steps };
}

export type SummaryArea = {
  id: string;
  number: number;
  text: string;
  version: number;
  /** Why it cannot be removed (a management response, actions raised from it), or null. */
  removalBlocker: string | null;
};

export type ReportSummaryForm = Awaited<ReturnType<typeof getReportSummaryForm>>;

/** The overall summary for its scrutineers to write; anyone else is refused (403). */
export async function getReportSummaryForm(partnershipId: string, assessmentId: string) {
  const { row, viewer, assessment } = await loadReportContext(partnershipId, assessmentId);
  if (!viewer.isScrutineer) forbidden();
  const areas = await db().developmentArea.findMany({
    where: { assessmentId },
    orderBy: { position: "asc" },
    select: {
      id: true,
      text: true,
      version: true,
      managementResponse: true,
      _count: { select: { actions: true } },
    },
  });
  return {
    assessment,
    viewer,
    strengths: row.summaryStrengths ?? "",
    version: row.summaryVersion,
    areas: areas.map((area, index): SummaryArea => ({
      id: area.id,
      number: index + 1,
      text: area.text,
      version: area.version,
      removalBlocker: areaRemovalBlocker({
        managementResponse: area.managementResponse,
        actionCount: area._count.actions,
      }),
    })),
  };
}

export type NarrativeQuestion = {
  id: string;
  code: string;
  text: string;
  /** The agreed rating, or with one scrutineer their own; null while none is agreed. */
  rating: RatingValue | null;
};

export type StepNarrativeView = Awaited<ReturnType<typeof getStepNarrativeView>>;

/** One step of the report: its agreed ratings and the scrutineers' narrative. Bad step → 404. */
export async function getStepNarrativeView(
  partnershipId: string,
  assessmentId: string,
  rawStepNumber: string,
) {
  const { row, viewer, assessment, steps } = await loadReportContext(partnershipId, assessmentId);
  const number = parseStepNumber(rawStepNumber);
  const step = steps.find((s) => s.number === number);
  if (!step) notFound();
  const single = row.participants.length === 1;
  const [questions, agreed, own, narrative] = await Promise.all([
    db().frameworkQuestion.findMany({
      where: { stepId: step.id },
      orderBy: { position: "asc" },
      select: { id: true, code: true, text: true },
    }),
    db().agreedRating.findMany({
      where: { assessmentId, question: { stepId: step.id } },
      select: { questionId: true, rating: true },
    }),
    single
      ? db().response.findMany({
          where: {
            assessmentId,
            question: { stepId: step.id },
            participant: { userId: { not: null } },
          },
          select: { questionId: true, rating: true },
        })
      : Promise.resolve([]),
    db().stepNarrative.findUnique({
      where: { assessmentId_stepId: { assessmentId, stepId: step.id } },
      select: { text: true, version: true, updatedById: true, updatedAt: true },
    }),
  ]);
  const names = await namesOf([narrative?.updatedById ?? null]);
  const agreedOf = new Map(agreed.map((a) => [a.questionId, a.rating]));
  const ownOf = new Map(own.map((r) => [r.questionId, r.rating]));
  return {
    assessment,
    viewer,
    step: { number: step.number, title: step.title },
    stepNumbers: steps.map((s) => s.number),
    questions: questions.map((q): NarrativeQuestion => ({
      id: q.id,
      code: q.code,
      text: q.text,
      // The same rule as the report: with one scrutineer, their own rating is the agreed one.
      rating: agreedRating(single ? [ownOf.get(q.id) ?? null] : [], agreedOf.get(q.id) ?? null),
    })),
    narrative: narrative
      ? {
          text: narrative.text,
          version: narrative.version,
          updated: stampOf(narrative.updatedById, narrative.updatedAt, names),
        }
      : null,
  };
}
