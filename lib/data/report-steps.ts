import "server-only";
import { db } from "@/lib/db";
import {
  canSeeAction,
  dateOnly,
  displayStatus,
  type ActionActor,
  type ActionDisplayStatus,
  type ActionStatusValue,
} from "@/lib/domain/actions";

/**
 * The evidence the scrutineers cited and the actions linked to an assessment's questions, for the
 * scrutiny report's step sections. One query each, however many items there are.
 */

export type ReportEvidence = {
  id: string;
  title: string;
  nature: "OUTCOME" | "PROCESS";
  /** The file download or the web link, as the evidence library gives them; null once removed. */
  href: string | null;
  external: boolean;
  removed: boolean;
};

export type ReportAction = {
  id: string;
  description: string;
  ownerOrganisationName: string;
  ownerPersonName: string;
  dueOn: string;
  displayStatus: ActionDisplayStatus;
  /** The codes of this step's questions the action is linked to, in question order. */
  questionCodes: string[];
  href: string;
};

/** Per question id: the distinct evidence items the scrutineers cited for it. */
export async function loadCitedEvidence(partnershipId: string, assessmentId: string) {
  const rows = await db().responseEvidence.findMany({
    where: {
      response: { assessmentId, participant: { userId: { not: null } } },
      evidence: { partnershipId },
    },
    select: {
      response: { select: { questionId: true } },
      evidence: {
        select: {
          id: true,
          title: true,
          nature: true,
          kind: true,
          url: true,
          fileId: true,
          removedAt: true,
        },
      },
    },
  });
  const base = `/partnerships/${partnershipId}/evidence`;
  const byQuestion = new Map<string, ReportEvidence[]>();
  for (const { response, evidence } of rows) {
    const removed = evidence.removedAt !== null;
    const link = evidence.kind === "LINK" && evidence.url ? evidence.url : null;
    const file =
      evidence.kind === "DOCUMENT" && evidence.fileId ? `${base}/${evidence.id}/file` : null;
    const list = byQuestion.get(response.questionId) ?? [];
    list.push({
      id: evidence.id,
      title: evidence.title,
      nature: evidence.nature,
      href: removed ? null : (link ?? file),
      external: !removed && link !== null,
      removed,
    });
    byQuestion.set(response.questionId, list);
  }
  return byQuestion;
}

/** Per question id: the actions linked to it in this assessment that the person may see. */
export async function loadLinkedActions(
  partnershipId: string,
  assessmentId: string,
  actor: ActionActor,
  now: Date,
) {
  const links = await db().actionLink.findMany({
    where: { assessmentId, assessment: { partnershipId }, action: { partnershipId } },
    orderBy: [{ action: { dueOn: "asc" } }, { action: { createdAt: "asc" } }],
    select: {
      questionId: true,
      action: {
        select: {
          id: true,
          description: true,
          ownerOrganisationId: true,
          ownerUserId: true,
          createdById: true,
          ownerName: true,
          dueOn: true,
          status: true,
          ownerOrganisation: { select: { name: true } },
          ownerUser: { select: { name: true, email: true } },
        },
      },
    },
  });
  const byQuestion = new Map<string, Omit<ReportAction, "questionCodes">[]>();
  for (const { questionId, action } of links) {
    if (!canSeeAction(actor, action)) continue;
    const timed = { dueOn: dateOnly(action.dueOn), status: action.status as ActionStatusValue };
    const list = byQuestion.get(questionId) ?? [];
    list.push({
      id: action.id,
      description: action.description,
      ownerOrganisationName: action.ownerOrganisation.name,
      ownerPersonName:
        (action.ownerUser ? action.ownerUser.name || action.ownerUser.email : null) ??
        action.ownerName ??
        "Not named",
      dueOn: timed.dueOn,
      displayStatus: displayStatus(timed, now),
      href: `/partnerships/${partnershipId}/actions/${action.id}`,
    });
    byQuestion.set(questionId, list);
  }
  return byQuestion;
}

/** A step's distinct evidence (by title) and actions (by due date), from its questions' lists. */
export function forStep(
  questions: ReadonlyArray<{ id: string; code: string }>,
  evidence: Map<string, ReportEvidence[]>,
  actions: Map<string, Omit<ReportAction, "questionCodes">[]>,
): { evidence: ReportEvidence[]; actions: ReportAction[] } {
  const items = new Map<string, ReportEvidence>();
  const linked = new Map<string, ReportAction>();
  for (const question of questions) {
    for (const item of evidence.get(question.id) ?? []) items.set(item.id, item);
    for (const action of actions.get(question.id) ?? []) {
      const entry = linked.get(action.id) ?? { ...action, questionCodes: [] };
      entry.questionCodes.push(question.code);
      linked.set(action.id, entry);
    }
  }
  return {
    evidence: [...items.values()].sort((a, b) => a.title.localeCompare(b.title, "en-GB")),
    actions: [...linked.values()].sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
  };
}
