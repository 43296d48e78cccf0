import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import type { PartnershipAccess } from "@/lib/authz/guard";
import { formatUkDateTime } from "@/lib/domain/london-time";
import {
  isLeadScrutineerOf,
  isScrutineerOf,
  REPORT_MESSAGES,
  type ReportActor,
  type ReportOrganisation,
} from "@/lib/domain/report-authoring";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * What the report-writing actions share: loading the assessment (of this partnership, a scrutiny),
 * the per-assessment checks on top of the role permission, what is stored now for a conflict, and
 * the pages to refresh. Not a "use server" file: nothing here is callable from a browser.
 */

export function actorOf(access: PartnershipAccess): ReportActor {
  return {
    userId: access.user.id,
    role: access.membership.role,
    organisationId: access.membership.organisationId,
  };
}

/**
 * Takes the assessment's row lock for the rest of the transaction, so that changes to its report
 * (the list of areas, the check being opened or closed while a comment arrives) happen one at a
 * time. Only a row of this partnership is locked; anything else is "not found".
 */
export async function lockAssessment(tx: Tx, partnershipId: string, assessmentId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "Assessment"
    WHERE id = ${assessmentId}::uuid AND "partnershipId" = ${partnershipId}::uuid
    FOR UPDATE`;
  if (rows.length !== 1) throw new NotFoundError("assessment");
}

export async function loadReportAssessment(tx: Tx, partnershipId: string, assessmentId: string) {
  const assessment = await tx.assessment.findFirst({
    where: { id: assessmentId, partnershipId },
    select: {
      id: true,
      kind: true,
      status: true,
      frameworkVersionId: true,
      summaryStrengths: true,
      summaryVersion: true,
      accuracyCheckOpenedAt: true,
      accuracyCheckClosedAt: true,
      participants: {
        where: { userId: { not: null } },
        select: { userId: true, isLead: true },
      },
    },
  });
  if (!assessment) throw new NotFoundError("assessment");
  if (assessment.kind !== "INDEPENDENT_SCRUTINY")
    throw new DomainError(REPORT_MESSAGES.notScrutiny);
  return assessment;
}

type Participants = { participants: Array<{ userId: string | null; isLead: boolean }> };

export function requireScrutineer(
  access: PartnershipAccess,
  assessment: Participants,
  message: string = REPORT_MESSAGES.notScrutineer,
) {
  if (!isScrutineerOf(actorOf(access), assessment.participants)) throw new ForbiddenError(message);
}

export function requireLead(access: PartnershipAccess, assessment: Participants) {
  if (!isLeadScrutineerOf(actorOf(access), assessment.participants))
    throw new ForbiddenError(REPORT_MESSAGES.notLead);
}

/** The partnership's organisations, for deciding which statutory partners someone speaks for. */
export function partnershipOrganisations(
  tx: Tx,
  partnershipId: string,
): Promise<ReportOrganisation[]> {
  return tx.organisation.findMany({
    where: { partnershipId },
    select: { id: true, name: true, isStatutoryPartner: true },
    orderBy: { name: "asc" },
  });
}

/** What opening or closing the factual-accuracy check returns: one shape, so one form can do both. */
export type AccuracyCheckResult = {
  state: "OPEN" | "CLOSED";
  openedAt: string;
  closedAt: string | null;
};

/** Every page that shows the report or its parts. */
export function reportPaths(partnershipId: string, assessmentId: string, stepNumber?: number) {
  const base = `/partnerships/${partnershipId}/assessments/${assessmentId}/report`;
  return [
    base,
    `${base}/summary`,
    `${base}/accuracy`,
    `${base}/management-response`,
    ...(stepNumber ? [`${base}/steps/${stepNumber}`] : []),
  ];
}

async function nameOf(tx: Tx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
  return user?.name ?? null;
}

// ───────────────────────────── What is stored now, for a conflict ─────────────────────────────

export type StoredSummary = { strengths: string | null; version: number };

export async function summaryConflict(tx: Tx, assessmentId: string) {
  const row = await tx.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: { summaryStrengths: true, summaryVersion: true },
  });
  return new ConflictError<StoredSummary>(REPORT_MESSAGES.summaryConflict, {
    strengths: row.summaryStrengths,
    version: row.summaryVersion,
  });
}

export type StoredArea = {
  text: string;
  version: number;
  managementResponse: string | null;
  respondedByName: string | null;
  respondedAt: string | null;
  respondedAtLabel: string | null;
};

export async function areaConflict(tx: Tx, areaId: string, message: string) {
  const row = await tx.developmentArea.findUnique({
    where: { id: areaId },
    select: {
      text: true,
      version: true,
      managementResponse: true,
      respondedById: true,
      respondedAt: true,
    },
  });
  if (!row) throw new NotFoundError("area for development");
  return new ConflictError<StoredArea>(message, {
    text: row.text,
    version: row.version,
    managementResponse: row.managementResponse,
    respondedByName: await nameOf(tx, row.respondedById),
    respondedAt: row.respondedAt?.toISOString() ?? null,
    respondedAtLabel: row.respondedAt ? formatUkDateTime(row.respondedAt) : null,
  });
}

export type StoredNarrative = {
  text: string;
  version: number;
  updatedByName: string | null;
  updatedAt: string;
  updatedAtLabel: string;
} | null;

export async function narrativeConflict(tx: Tx, assessmentId: string, stepId: string) {
  const row = await tx.stepNarrative.findUnique({
    where: { assessmentId_stepId: { assessmentId, stepId } },
    select: { text: true, version: true, updatedById: true, updatedAt: true },
  });
  return new ConflictError<StoredNarrative>(
    REPORT_MESSAGES.narrativeConflict,
    row
      ? {
          text: row.text,
          version: row.version,
          updatedByName: await nameOf(tx, row.updatedById),
          updatedAt: row.updatedAt.toISOString(),
          updatedAtLabel: formatUkDateTime(row.updatedAt),
        }
      : null,
  );
}

export type StoredDecision = {
  decision: "CHANGED" | "NOT_CHANGED" | null;
  note: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decidedAtLabel: string | null;
};

export async function decisionConflict(tx: Tx, commentId: string) {
  const row = await tx.accuracyComment.findUniqueOrThrow({
    where: { id: commentId },
    select: { decision: true, decisionNote: true, decidedById: true, decidedAt: true },
  });
  return new ConflictError<StoredDecision>(REPORT_MESSAGES.decisionConflict, {
    decision: row.decision,
    note: row.decisionNote,
    decidedByName: await nameOf(tx, row.decidedById),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedAtLabel: row.decidedAt ? formatUkDateTime(row.decidedAt) : null,
  });
}
