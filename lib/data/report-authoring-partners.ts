import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  dateOnly,
  displayStatus,
  type ActionDisplayStatus,
  type ActionStatusValue,
} from "@/lib/domain/actions";
import {
  ACCURACY_CHECK_STATE_LABELS,
  accuracyCheckState,
  reportSectionLabel,
  reportSections,
  type AccuracyDecisionValue,
} from "@/lib/domain/report-authoring";
import { loadReportContext, namesOf, stampOf, type Stamp } from "./report-authoring";

/**
 * Reads for the statutory partners' part of the report: the factual-accuracy check of the draft
 * (comments per section, the scrutineers' decisions) and the management response to each area for
 * development with the actions raised from it. A constant number of queries, however many
 * comments, areas and actions.
 */

export type AccuracyComment = {
  id: string;
  section: string;
  sectionLabel: string;
  organisationName: string | null;
  text: string;
  added: Stamp;
  decision: {
    value: AccuracyDecisionValue;
    note: string | null;
    decided: Stamp | null;
  } | null;
};

export type AccuracyCheckView = Awaited<ReturnType<typeof getAccuracyCheckView>>;

export async function getAccuracyCheckView(partnershipId: string, assessmentId: string) {
  const { row, viewer, assessment, steps } = await loadReportContext(partnershipId, assessmentId);
  const comments = await db().accuracyComment.findMany({
    where: { assessmentId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      section: true,
      text: true,
      authorId: true,
      createdAt: true,
      decision: true,
      decisionNote: true,
      decidedById: true,
      decidedAt: true,
      organisation: { select: { name: true } },
    },
  });
  const names = await namesOf(comments.flatMap((c) => [c.authorId, c.decidedById]));
  const state = accuracyCheckState(row);
  return {
    assessment,
    viewer,
    state,
    stateLabel: ACCURACY_CHECK_STATE_LABELS[state],
    opened: stampOf(null, row.accuracyCheckOpenedAt, names),
    closed: stampOf(null, row.accuracyCheckClosedAt, names),
    sections: reportSections(steps).map((value) => ({
      value,
      label: reportSectionLabel(value, steps),
    })),
    comments: comments.map((c): AccuracyComment => ({
      id: c.id,
      section: c.section,
      sectionLabel: reportSectionLabel(c.section, steps),
      organisationName: c.organisation?.name ?? null,
      text: c.text,
      added: stampOf(c.authorId, c.createdAt, names)!,
      decision: c.decision
        ? {
            value: c.decision,
            note: c.decisionNote,
            decided: stampOf(c.decidedById, c.decidedAt, names),
          }
        : null,
    })),
  };
}

export type AreaAction = {
  id: string;
  description: string;
  ownerOrganisationName: string;
  ownerPersonName: string;
  /** "YYYY-MM-DD" */
  dueOn: string;
  displayStatus: ActionDisplayStatus;
};

export type ResponseArea = {
  id: string;
  number: number;
  text: string;
  version: number;
  managementResponse: string | null;
  responded: Stamp | null;
  /** The actions raised from this area that the person may see. */
  actions: AreaAction[];
};

export type ManagementResponseView = Awaited<ReturnType<typeof getManagementResponseView>>;

export async function getManagementResponseView(partnershipId: string, assessmentId: string) {
  const { access, viewer, assessment } = await loadReportContext(partnershipId, assessmentId);
  const { membership } = access;
  // Agency respondents and contributors see only their own organisation's actions
  // (lib/domain/actions.ts canSeeAction), as a database condition.
  const agency =
    membership.role === "AGENCY_RESPONDENT" || membership.role === "AGENCY_CONTRIBUTOR";
  const visible: Prisma.ActionWhereInput = {
    partnershipId,
    ...(agency ? { ownerOrganisationId: membership.organisationId ?? { in: [] } } : {}),
  };
  const areas = await db().developmentArea.findMany({
    where: { assessmentId },
    orderBy: { position: "asc" },
    select: {
      id: true,
      text: true,
      version: true,
      managementResponse: true,
      respondedById: true,
      respondedAt: true,
      actions: {
        where: visible,
        orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          description: true,
          dueOn: true,
          status: true,
          ownerName: true,
          ownerOrganisation: { select: { name: true } },
          ownerUser: { select: { name: true, email: true } },
        },
      },
    },
  });
  const names = await namesOf(areas.map((a) => a.respondedById));
  const now = new Date();
  return {
    assessment,
    viewer,
    areas: areas.map((area, index): ResponseArea => ({
      id: area.id,
      number: index + 1,
      text: area.text,
      version: area.version,
      managementResponse: area.managementResponse,
      responded: area.managementResponse
        ? stampOf(area.respondedById, area.respondedAt, names)
        : null,
      actions: area.actions.map((action) => {
        const timed = { dueOn: dateOnly(action.dueOn), status: action.status as ActionStatusValue };
        return {
          id: action.id,
          description: action.description,
          ownerOrganisationName: action.ownerOrganisation.name,
          ownerPersonName:
            (action.ownerUser ? action.ownerUser.name || action.ownerUser.email : null) ??
            action.ownerName ??
            "Not named",
          dueOn: timed.dueOn,
          displayStatus: displayStatus(timed, now),
        };
      }),
    })),
  };
}
