import "server-only";
import { forbidden, notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise, type PartnershipAccess } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { questionHref, type OwnerKind } from "@/lib/domain/action-input";
import {
  challengeCanBecomeAction,
  challengeSubjectLabel,
  type ChallengeOutcomeValue,
} from "@/lib/domain/challenges";
import {
  ACTION_SOURCE_LABELS,
  canEditAction,
  canRaiseActionFor,
  canSeeAction,
  canUpdateProgress,
  dateOnly,
  displayStatus,
  type ActionActor,
  type ActionDisplayStatus,
  type ActionPriorityValue,
  type ActionSourceValue,
  type ActionStatusValue,
} from "@/lib/domain/actions";

/**
 * Reads for raising, changing and progressing actions, and the action plans of an assessment's
 * questions. Agency respondents and contributors see only their own organisation's actions; any
 * other action is, for them, not there (a 404).
 */

function actorOf({ user, membership }: PartnershipAccess): ActionActor {
  return { userId: user.id, role: membership.role, organisationId: membership.organisationId };
}

const personName = (user: { name: string; email: string } | null) =>
  user ? user.name || user.email : null;

/** "Sam Lee" for a member owner, or the name given for someone without an account. */
function ownerPersonName(action: {
  ownerUser: { name: string; email: string } | null;
  ownerName: string | null;
}): string {
  return personName(action.ownerUser) ?? action.ownerName ?? "Not named";
}

export type OrganisationChoice = { id: string; name: string };
export type MemberChoice = { userId: string; name: string; detail: string };

export type QuestionChoice = { id: string; code: string; text: string };
export type StepChoices = { number: number; title: string; questions: QuestionChoice[] };
/** An assessment's questions, by step, for the "link to other questions" checkboxes. */
export type LinkGroup = {
  assessmentId: string;
  assessmentTitle: string;
  cycleName: string;
  steps: StepChoices[];
};

type VersionSteps = {
  steps: Array<{
    number: number;
    title: string;
    questions: Array<{ id: string; code: string; text: string }>;
  }>;
};

const stepsSelect = {
  steps: {
    orderBy: { position: "asc" },
    select: {
      number: true,
      title: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, code: true, text: true } },
    },
  },
} as const;

function linkGroup(assessment: {
  id: string;
  title: string;
  cycle: { name: string };
  frameworkVersion: VersionSteps;
}): LinkGroup {
  return {
    assessmentId: assessment.id,
    assessmentTitle: assessment.title,
    cycleName: assessment.cycle.name,
    steps: assessment.frameworkVersion.steps.map((step) => ({
      number: step.number,
      title: step.title,
      questions: step.questions,
    })),
  };
}

const AGENCY_ROLES: readonly string[] = ["AGENCY_RESPONDENT", "AGENCY_CONTRIBUTOR"];
const isAgency = (actor: ActionActor) => AGENCY_ROLES.includes(actor.role);

/** A member as a choice: their name, and their organisation and job title (never their email). */
function memberChoice(m: {
  jobTitle: string | null;
  user: { id: string; name: string; jobTitle: string | null };
  organisation: { name: string } | null;
}): MemberChoice {
  return {
    userId: m.user.id,
    name: m.user.name.trim() || "A member without a name",
    detail: [m.organisation?.name, m.jobTitle ?? m.user.jobTitle].filter(Boolean).join(", "),
  };
}

const memberChoiceSelect = {
  jobTitle: true,
  user: { select: { id: true, name: true, jobTitle: true } },
  organisation: { select: { name: true } },
} as const satisfies Prisma.MembershipSelect;

/**
 * Organisations the person may name as owner, and the active members they may name: for an agency
 * respondent only their own organisation's people. Names, organisations and job titles only: the
 * list goes to the browser, so no email addresses.
 */
async function ownerChoices(partnershipId: string, actor: ActionActor) {
  const [organisations, members] = await Promise.all([
    db().organisation.findMany({
      where: { partnershipId },
      orderBy: [{ isStatutoryPartner: "desc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    isAgency(actor) && !actor.organisationId
      ? Promise.resolve([])
      : db().membership.findMany({
          where: {
            partnershipId,
            deactivatedAt: null,
            user: { disabledAt: null },
            ...(isAgency(actor) ? { organisationId: actor.organisationId } : {}),
          },
          orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
          select: memberChoiceSelect,
        }),
  ]);
  return {
    organisations: organisations.filter((o) => canRaiseActionFor(actor, o.id)),
    members: members.map(memberChoice),
  };
}

export type ActionFormPrefill = {
  assessmentId?: string;
  questionId?: string;
  responseId?: string;
  recommendationId?: string;
  challengeId?: string;
  developmentAreaId?: string;
};

export type ActionFormOptions = Awaited<ReturnType<typeof getActionFormOptions>>;

/**
 * What the "raise an action" form offers, with the question, answer, recommendation, scrutiny
 * challenge or area for development it was raised from. A prefilled id that is not this
 * partnership's is a 404 (for an agency user, so is a challenge another organisation answers for).
 */
export async function getActionFormOptions(partnershipId: string, prefill: ActionFormPrefill) {
  const access = authorise(await getCurrentUser(), partnershipId, "action.create");
  const actor = actorOf(access);
  const { organisations, members } = await ownerChoices(partnershipId, actor);

  let question: {
    assessmentId: string;
    assessmentTitle: string;
    cycleName: string;
    questionId: string;
    code: string;
    text: string;
    stepNumber: number;
    href: string;
  } | null = null;
  let otherQuestions: LinkGroup | null = null;
  if (prefill.assessmentId || prefill.questionId || prefill.responseId) {
    if (!prefill.assessmentId || !prefill.questionId) notFound();
    if (isAgency(actor) && !actor.organisationId) notFound();
    const assessment = await db().assessment.findFirst({
      where: {
        id: prefill.assessmentId,
        partnershipId,
        // An agency user raises actions only on assessments their organisation takes part in.
        ...(isAgency(actor)
          ? { participants: { some: { organisationId: actor.organisationId as string } } }
          : {}),
      },
      select: {
        id: true,
        title: true,
        cycle: { select: { name: true } },
        frameworkVersion: { select: stepsSelect },
      },
    });
    const group = assessment ? linkGroup(assessment) : null;
    const step = group?.steps.find((s) => s.questions.some((q) => q.id === prefill.questionId));
    const found = step?.questions.find((q) => q.id === prefill.questionId);
    if (!group || !step || !found) notFound();
    question = {
      assessmentId: group.assessmentId,
      assessmentTitle: group.assessmentTitle,
      cycleName: group.cycleName,
      questionId: found.id,
      code: found.code,
      text: found.text,
      stepNumber: step.number,
      href: questionHref(partnershipId, group.assessmentId, step.number, found.code),
    };
    otherQuestions = {
      ...group,
      steps: group.steps
        .map((s) => ({ ...s, questions: s.questions.filter((q) => q.id !== found.id) }))
        .filter((s) => s.questions.length > 0),
    };
  }

  let response: { id: string; answeredBy: string; organisationId: string | null } | null = null;
  if (prefill.responseId && question) {
    const row = await db().response.findFirst({
      where: {
        id: prefill.responseId,
        assessmentId: question.assessmentId,
        questionId: question.questionId,
        assessment: { partnershipId },
      },
      select: {
        id: true,
        participant: {
          select: {
            organisationId: true,
            organisation: { select: { name: true } },
            user: { select: { name: true, email: true } },
          },
        },
      },
    });
    // Another organisation's answer is, for an agency user, not there.
    if (!row || (isAgency(actor) && row.participant.organisationId !== actor.organisationId))
      notFound();
    response = {
      id: row.id,
      answeredBy:
        row.participant.organisation?.name ?? personName(row.participant.user) ?? "A participant",
      organisationId: row.participant.organisationId,
    };
  }

  let recommendation: {
    id: string;
    number: number;
    text: string;
    caseReviewId: string;
    caseReviewIdentifier: string;
  } | null = null;
  if (prefill.recommendationId) {
    const row = await db().caseReviewRecommendation.findFirst({
      where: { id: prefill.recommendationId, caseReview: { partnershipId } },
      select: {
        id: true,
        number: true,
        text: true,
        caseReview: { select: { id: true, identifier: true } },
      },
    });
    if (!row) notFound();
    recommendation = {
      id: row.id,
      number: row.number,
      text: row.text,
      caseReviewId: row.caseReview.id,
      caseReviewIdentifier: row.caseReview.identifier,
    };
  }

  let challenge: {
    id: string;
    text: string;
    about: string;
    outcome: ChallengeOutcomeValue | null;
    outcomeNote: string | null;
    canBecomeAction: boolean;
    responsibleOrganisationId: string | null;
    responsibleOrganisationName: string | null;
    assessmentTitle: string;
    href: string;
    /** The question the action will be linked to, when the challenge is on one. */
    question: { code: string; text: string; href: string } | null;
  } | null = null;
  if (prefill.challengeId) {
    const row = await db().challenge.findFirst({
      where: { id: prefill.challengeId, assessment: { partnershipId } },
      select: {
        id: true,
        assessmentId: true,
        text: true,
        outcome: true,
        outcomeNote: true,
        responsibleOrganisationId: true,
        responsibleOrganisation: { select: { name: true } },
        assessment: { select: { title: true } },
        question: {
          select: { code: true, text: true, step: { select: { number: true } } },
        },
        step: { select: { number: true, title: true } },
      },
    });
    if (!row || (isAgency(actor) && row.responsibleOrganisationId !== actor.organisationId))
      notFound();
    const outcome = (row.outcome as ChallengeOutcomeValue | null) ?? null;
    challenge = {
      id: row.id,
      text: row.text,
      about: challengeSubjectLabel(row),
      outcome,
      outcomeNote: row.outcomeNote,
      canBecomeAction: challengeCanBecomeAction(outcome),
      responsibleOrganisationId: row.responsibleOrganisationId,
      responsibleOrganisationName: row.responsibleOrganisation?.name ?? null,
      assessmentTitle: row.assessment.title,
      href: `/partnerships/${partnershipId}/assessments/${row.assessmentId}/challenges/${row.id}`,
      question: row.question
        ? {
            code: row.question.code,
            text: row.question.text,
            href: questionHref(
              partnershipId,
              row.assessmentId,
              row.question.step.number,
              row.question.code,
            ),
          }
        : null,
    };
  }

  let developmentArea: {
    id: string;
    text: string;
    managementResponse: string | null;
    assessmentTitle: string;
    href: string;
  } | null = null;
  if (prefill.developmentAreaId) {
    const row = await db().developmentArea.findFirst({
      where: { id: prefill.developmentAreaId, assessment: { partnershipId } },
      select: {
        id: true,
        text: true,
        managementResponse: true,
        assessment: { select: { id: true, title: true } },
      },
    });
    if (!row) notFound();
    developmentArea = {
      id: row.id,
      text: row.text,
      managementResponse: row.managementResponse,
      assessmentTitle: row.assessment.title,
      href: `/partnerships/${partnershipId}/assessments/${row.assessment.id}`,
    };
  }

  const allowed = new Set(organisations.map((o) => o.id));
  const preferred = [
    actor.organisationId,
    response?.organisationId,
    challenge?.responsibleOrganisationId,
  ].find((id): id is string => Boolean(id && allowed.has(id)));
  return {
    organisations,
    members,
    question,
    otherQuestions,
    response,
    recommendation,
    challenge,
    developmentArea,
    defaultOrganisationId: preferred ?? (organisations.length === 1 ? organisations[0]!.id : ""),
  };
}

export type ActionSourceDto = {
  type: ActionSourceValue;
  /** The source in words, e.g. "Schools Alliance's answer to question 3.2 in Self-assessment". */
  description: string;
  href: string | null;
  note: string | null;
};

export type ActionLinkDto = {
  assessmentId: string;
  assessmentTitle: string;
  cycleName: string;
  questionId: string;
  code: string;
  text: string;
  href: string;
};

export type ActionUpdateDto = {
  id: string;
  note: string;
  statusAfter: ActionStatusValue | null;
  author: string;
  /** ISO instant. */
  at: string;
};

export type ActionEvidenceDto = {
  id: string;
  title: string;
  /** The web link, or the file's download address; null once removed. */
  href: string | null;
  isFile: boolean;
  removed: boolean;
};

export type ActionDetail = {
  id: string;
  version: number;
  description: string;
  ownerOrganisationId: string;
  ownerOrganisationName: string;
  ownerKind: OwnerKind;
  ownerUserId: string | null;
  ownerPersonName: string;
  ownerEmail: string | null;
  dueOn: string;
  status: ActionStatusValue;
  displayStatus: ActionDisplayStatus;
  priority: ActionPriorityValue;
  completedAt: string | null;
  cycleName: string | null;
  source: ActionSourceDto;
  links: ActionLinkDto[];
  updates: ActionUpdateDto[];
  evidence: ActionEvidenceDto[];
  createdBy: string | null;
  createdAt: string;
};

const detailSelect = {
  id: true,
  version: true,
  description: true,
  ownerOrganisationId: true,
  ownerUserId: true,
  ownerName: true,
  ownerEmail: true,
  dueOn: true,
  status: true,
  priority: true,
  completedAt: true,
  sourceType: true,
  sourceNote: true,
  createdById: true,
  createdAt: true,
  ownerOrganisation: { select: { name: true } },
  ownerUser: { select: { name: true, email: true } },
  cycle: { select: { name: true } },
  sourceResponse: {
    select: {
      assessmentId: true,
      assessment: { select: { title: true } },
      question: { select: { code: true, step: { select: { number: true } } } },
      participant: {
        select: {
          organisation: { select: { name: true } },
          user: { select: { name: true, email: true } },
        },
      },
    },
  },
  sourceChallenge: {
    select: {
      id: true,
      text: true,
      outcome: true,
      assessmentId: true,
      assessment: { select: { title: true } },
      question: { select: { code: true } },
      step: { select: { number: true } },
    },
  },
  sourceDevelopmentArea: {
    select: {
      text: true,
      managementResponse: true,
      assessment: { select: { id: true, title: true } },
    },
  },
  sourceRecommendation: {
    select: { number: true, text: true, caseReview: { select: { id: true, identifier: true } } },
  },
  links: {
    select: {
      assessment: { select: { id: true, title: true, cycle: { select: { name: true } } } },
      question: {
        select: {
          id: true,
          code: true,
          text: true,
          position: true,
          step: { select: { number: true, position: true } },
        },
      },
    },
  },
  updates: {
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      note: true,
      statusAfter: true,
      createdAt: true,
      author: { select: { name: true, email: true } },
    },
  },
  evidence: {
    select: {
      evidence: {
        select: { id: true, title: true, kind: true, url: true, fileId: true, removedAt: true },
      },
    },
  },
} as const satisfies Prisma.ActionSelect;

type DetailRow = Prisma.ActionGetPayload<{ select: typeof detailSelect }>;

function sourceOf(partnershipId: string, row: DetailRow): ActionSourceDto {
  const type = row.sourceType as ActionSourceValue;
  const label = ACTION_SOURCE_LABELS[type];
  const base = `/partnerships/${partnershipId}`;
  if (type === "RESPONSE" && row.sourceResponse) {
    const r = row.sourceResponse;
    const who =
      r.participant.organisation?.name ?? personName(r.participant.user) ?? "A participant";
    return {
      type,
      description: `${who}’s answer to question ${r.question.code} in ${r.assessment.title}`,
      href: questionHref(partnershipId, r.assessmentId, r.question.step.number, r.question.code),
      note: null,
    };
  }
  if (type === "CHALLENGE" && row.sourceChallenge) {
    const c = row.sourceChallenge;
    const about = c.question
      ? `question ${c.question.code}`
      : c.step
        ? `step ${c.step.number}`
        : null;
    return {
      type,
      description: `A scrutiny challenge in ${c.assessment.title}${about ? `, on ${about}` : ""}`,
      // Back to the challenge itself: its response and outcome are the action's context.
      href: `${base}/assessments/${c.assessmentId}/challenges/${c.id}`,
      note: c.text,
    };
  }
  if (type === "MANAGEMENT_RESPONSE" && row.sourceDevelopmentArea) {
    const area = row.sourceDevelopmentArea;
    return {
      type,
      description: `An area for development in the report on ${area.assessment.title}`,
      href: `${base}/assessments/${area.assessment.id}`,
      note: area.managementResponse
        ? `${area.text}\n\nManagement response: ${area.managementResponse}`
        : area.text,
    };
  }
  if (type === "CASE_REVIEW_RECOMMENDATION" && row.sourceRecommendation) {
    const rec = row.sourceRecommendation;
    return {
      type,
      description: `Recommendation ${rec.number} of ${rec.caseReview.identifier}`,
      href: `${base}/case-reviews/${rec.caseReview.id}`,
      note: rec.text,
    };
  }
  // An audit or inspection finding, another reason, or a source since deleted.
  const gone = [
    "RESPONSE",
    "CHALLENGE",
    "MANAGEMENT_RESPONSE",
    "CASE_REVIEW_RECOMMENDATION",
  ].includes(type);
  return {
    type,
    description: gone ? `${label} (no longer available)` : label,
    href: null,
    note: row.sourceNote,
  };
}

function linksOf(partnershipId: string, row: DetailRow): ActionLinkDto[] {
  return [...row.links]
    .sort(
      (a, b) =>
        a.assessment.title.localeCompare(b.assessment.title) ||
        a.assessment.id.localeCompare(b.assessment.id) ||
        a.question.step.position - b.question.step.position ||
        a.question.position - b.question.position,
    )
    .map((link) => ({
      assessmentId: link.assessment.id,
      assessmentTitle: link.assessment.title,
      cycleName: link.assessment.cycle.name,
      questionId: link.question.id,
      code: link.question.code,
      text: link.question.text,
      href: questionHref(
        partnershipId,
        link.assessment.id,
        link.question.step.number,
        link.question.code,
      ),
    }));
}

function toDetail(partnershipId: string, row: DetailRow, createdBy: string | null): ActionDetail {
  const timed = { dueOn: dateOnly(row.dueOn), status: row.status as ActionStatusValue };
  return {
    id: row.id,
    version: row.version,
    description: row.description,
    ownerOrganisationId: row.ownerOrganisationId,
    ownerOrganisationName: row.ownerOrganisation.name,
    ownerKind: row.ownerUserId ? "MEMBER" : "OTHER",
    ownerUserId: row.ownerUserId,
    ownerPersonName: ownerPersonName(row),
    ownerEmail: row.ownerUser?.email ?? row.ownerEmail,
    dueOn: timed.dueOn,
    status: timed.status,
    displayStatus: displayStatus(timed),
    priority: row.priority as ActionPriorityValue,
    completedAt: row.completedAt?.toISOString() ?? null,
    cycleName: row.cycle?.name ?? null,
    source: sourceOf(partnershipId, row),
    links: linksOf(partnershipId, row),
    updates: row.updates.map((u) => ({
      id: u.id,
      note: u.note,
      statusAfter: (u.statusAfter as ActionStatusValue | null) ?? null,
      author: personName(u.author) ?? "A former member",
      at: u.createdAt.toISOString(),
    })),
    evidence: row.evidence
      .map(({ evidence: e }) => ({
        id: e.id,
        title: e.title,
        href: e.removedAt
          ? null
          : e.kind === "LINK"
            ? e.url
            : e.fileId
              ? `/partnerships/${partnershipId}/evidence/${e.id}/file`
              : null,
        isFile: e.kind === "DOCUMENT",
        removed: Boolean(e.removedAt),
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The action, if the person may see it; otherwise the page is a 404. */
async function visibleAction(access: PartnershipAccess, partnershipId: string, actionId: string) {
  const row = await db().action.findFirst({
    where: { id: actionId, partnershipId },
    select: detailSelect,
  });
  if (!row || !canSeeAction(actorOf(access), row)) notFound();
  const author = row.createdById
    ? await db().user.findUnique({
        where: { id: row.createdById },
        select: { name: true, email: true },
      })
    : null;
  return { row, detail: toDetail(partnershipId, row, personName(author)) };
}

export type EvidenceChoice = { id: string; title: string; evidenceDate: string };

/** The library's items that can be attached (not removed), newest first. */
async function evidenceChoices(partnershipId: string): Promise<EvidenceChoice[]> {
  const rows = await db().evidenceItem.findMany({
    where: { partnershipId, removedAt: null },
    orderBy: [{ evidenceDate: "desc" }, { createdAt: "desc" }],
    select: { id: true, title: true, evidenceDate: true },
  });
  return rows.map((row) => ({ ...row, evidenceDate: dateOnly(row.evidenceDate) }));
}

/**
 * One action's page: what it is, where it came from, its linked questions, progress updates and
 * evidence of completion, and what the person may do with it.
 */
export async function getActionDetail(partnershipId: string, actionId: string) {
  const access = authorise(await getCurrentUser(), partnershipId, "action.view");
  const actor = actorOf(access);
  const { row, detail } = await visibleAction(access, partnershipId, actionId);
  const role = access.membership.role;
  const canProgress = can(role, "action.progress") && canUpdateProgress(actor, row);
  return {
    action: detail,
    canEdit: can(role, "action.edit") && canEditAction(actor, row),
    canProgress,
    evidenceChoices: canProgress ? await evidenceChoices(partnershipId) : [],
  };
}

/**
 * The "change an action" form: the action as stored and the choices. Another organisation's
 * action is a 404 for an agency user; an action they may see but not change is a 403.
 */
export async function getActionForEdit(partnershipId: string, actionId: string) {
  const access = authorise(await getCurrentUser(), partnershipId, "action.edit");
  const actor = actorOf(access);
  const { row, detail } = await visibleAction(access, partnershipId, actionId);
  if (!canEditAction(actor, row)) forbidden();
  const assessmentIds = [...new Set(detail.links.map((link) => link.assessmentId))];
  const [choices, assessments] = await Promise.all([
    ownerChoices(partnershipId, actor),
    assessmentIds.length === 0
      ? Promise.resolve([])
      : db().assessment.findMany({
          where: { id: { in: assessmentIds }, partnershipId },
          orderBy: [{ cycle: { startsOn: "asc" } }, { createdAt: "asc" }],
          select: {
            id: true,
            title: true,
            cycle: { select: { name: true } },
            frameworkVersion: { select: stepsSelect },
          },
        }),
  ]);
  // The current named owner stays choosable even if no longer active (for example, has left) or
  // not one the person could choose now.
  let members = choices.members;
  if (detail.ownerUserId && !members.some((m) => m.userId === detail.ownerUserId)) {
    const owner = await db().membership.findFirst({
      where: { partnershipId, userId: detail.ownerUserId },
      select: {
        ...memberChoiceSelect,
        deactivatedAt: true,
        user: { select: { ...memberChoiceSelect.user.select, disabledAt: true } },
      },
    });
    const active = owner && !owner.deactivatedAt && !owner.user.disabledAt;
    members = [
      ...members,
      active
        ? memberChoice(owner)
        : { userId: detail.ownerUserId, name: detail.ownerPersonName, detail: "No longer active" },
    ];
  }
  return {
    action: detail,
    organisations: choices.organisations,
    members,
    linkGroups: assessments.map(linkGroup),
  };
}

export type QuestionActionDto = {
  id: string;
  description: string;
  ownerOrganisationId: string;
  ownerOrganisationName: string;
  ownerPersonName: string;
  /** "YYYY-MM-DD" */
  dueOn: string;
  displayStatus: ActionDisplayStatus;
  sourceResponseId: string | null;
  cycleName: string | null;
  /** Raised in an earlier cycle and linked to this assessment (a link, not a copy). */
  carriedForward: boolean;
};

/**
 * The action plan of every question of an assessment, by question id: the actions linked to it
 * that the person may see (agency users: their own organisation's). One query, however many
 * questions and actions.
 */
export async function getActionsForQuestions(
  partnershipId: string,
  assessmentId: string,
  now: Date = new Date(),
): Promise<Record<string, QuestionActionDto[]>> {
  const access = authorise(await getCurrentUser(), partnershipId, "action.view");
  const actor = actorOf(access);
  const links = await db().actionLink.findMany({
    where: { assessmentId, assessment: { partnershipId }, action: { partnershipId } },
    orderBy: [{ action: { dueOn: "asc" } }, { action: { createdAt: "asc" } }],
    select: {
      questionId: true,
      assessment: { select: { cycleId: true } },
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
          sourceResponseId: true,
          cycleId: true,
          cycle: { select: { name: true } },
          ownerOrganisation: { select: { name: true } },
          ownerUser: { select: { name: true, email: true } },
        },
      },
    },
  });
  const byQuestion: Record<string, QuestionActionDto[]> = {};
  for (const link of links) {
    const { action } = link;
    if (!canSeeAction(actor, action)) continue;
    const timed = { dueOn: dateOnly(action.dueOn), status: action.status as ActionStatusValue };
    (byQuestion[link.questionId] ??= []).push({
      id: action.id,
      description: action.description,
      ownerOrganisationId: action.ownerOrganisationId,
      ownerOrganisationName: action.ownerOrganisation.name,
      ownerPersonName: ownerPersonName(action),
      dueOn: timed.dueOn,
      displayStatus: displayStatus(timed, now),
      sourceResponseId: action.sourceResponseId,
      cycleName: action.cycle?.name ?? null,
      carriedForward: action.cycleId !== null && action.cycleId !== link.assessment.cycleId,
    });
  }
  return byQuestion;
}
