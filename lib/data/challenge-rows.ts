import "server-only";
import { can } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { questionHref } from "@/lib/domain/action-input";
import {
  canSeeAction,
  dateOnly,
  displayStatus,
  type ActionActor,
  type ActionDisplayStatus,
} from "@/lib/domain/actions";
import {
  canRespondToChallenge,
  challengeCanBecomeAction,
  challengeStage,
  challengeSubjectLabel,
  type ChallengeOutcomeValue,
  type ChallengeStage,
} from "@/lib/domain/challenges";

/** An action raised from a challenge, as the person may see it (agency users: their own). */
export type ChallengeActionDto = {
  id: string;
  description: string;
  ownerOrganisation: string;
  dueOn: string;
  status: ActionDisplayStatus;
  href: string;
};

/** Who did something and when (an ISO timestamp). */
export type Stamp = { by: string; at: string };

export type ChallengeDto = {
  id: string;
  /** 1, 2, 3… in the order the challenges were raised. */
  number: number;
  href: string;
  /** "Question 2.3" or "Step 2: Learning from experience", with where it is answered. */
  about: { label: string; text: string | null; href: string };
  responsibleOrganisation: string | null;
  text: string;
  raised: Stamp;
  stage: ChallengeStage;
  response: (Stamp & { text: string }) | null;
  outcome: (Stamp & { value: ChallengeOutcomeValue; note: string | null }) | null;
  /** Posted back by the respond and outcome forms to detect a lost update. */
  version: number;
  actions: ChallengeActionDto[];
  may: { respond: boolean; recordOutcome: boolean; raiseAction: boolean };
  /** "Raise an action from this challenge", back to the challenge after saving. */
  raiseActionHref: string | null;
};

/** The challenges of an assessment, in the order raised, with what the log shows. */
export const challengeLogSelect = (partnershipId: string) =>
  ({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      text: true,
      createdAt: true,
      raisedById: true,
      responsibleOrganisationId: true,
      responsibleOrganisation: { select: { name: true } },
      question: { select: { code: true, text: true, step: { select: { number: true } } } },
      step: { select: { number: true, title: true } },
      partnerResponse: true,
      respondedById: true,
      respondedAt: true,
      outcome: true,
      outcomeNote: true,
      outcomeById: true,
      outcomeAt: true,
      version: true,
      actions: {
        where: { partnershipId },
        orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          description: true,
          dueOn: true,
          status: true,
          ownerOrganisationId: true,
          ownerUserId: true,
          createdById: true,
          ownerOrganisation: { select: { name: true } },
        },
      },
    },
  }) as const satisfies Prisma.Assessment$challengesArgs;

type ChallengeRow = Prisma.ChallengeGetPayload<ReturnType<typeof challengeLogSelect>>;

type Context = {
  partnershipId: string;
  assessmentId: string;
  logHref: string;
  actor: ActionActor;
  /** A scrutineer taking part in this scrutiny. */
  isScrutineer: boolean;
};

/** The names of the people who raised, responded and decided: one query for all of them. */
async function namesOf(rows: ChallengeRow[]): Promise<Map<string, string>> {
  const ids = new Set(
    rows.flatMap((r) => [r.raisedById, r.respondedById, r.outcomeById]).filter((id) => id !== null),
  );
  if (ids.size === 0) return new Map();
  const users = await db().user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name.trim() || "A member without a name"]));
}

/** Raising an action from it: as the raise-action page allows (agency: their own organisation). */
function mayRaiseAction(actor: ActionActor, row: ChallengeRow): boolean {
  if (!challengeCanBecomeAction(row.outcome) || !can(actor.role, "action.create")) return false;
  if (actor.role === "AGENCY_RESPONDENT")
    return actor.organisationId !== null && actor.organisationId === row.responsibleOrganisationId;
  return true;
}

export async function toChallengeDtos(rows: ChallengeRow[], context: Context) {
  const { partnershipId, assessmentId, logHref, actor, isScrutineer } = context;
  const names = await namesOf(rows);
  const nameOf = (id: string | null) => (id ? names.get(id) : undefined) ?? "A former member";
  const now = new Date();
  return rows.map((row, index): ChallengeDto => {
    const href = `${logHref}/${row.id}`;
    const stage = challengeStage(row);
    const raiseAction = mayRaiseAction(actor, row);
    return {
      id: row.id,
      number: index + 1,
      href,
      about: {
        label: challengeSubjectLabel(row),
        text: row.question?.text ?? null,
        href: row.question
          ? questionHref(partnershipId, assessmentId, row.question.step.number, row.question.code)
          : row.step
            ? `/partnerships/${partnershipId}/assessments/${assessmentId}/steps/${row.step.number}`
            : `/partnerships/${partnershipId}/assessments/${assessmentId}`,
      },
      responsibleOrganisation: row.responsibleOrganisation?.name ?? null,
      text: row.text,
      raised: { by: nameOf(row.raisedById), at: row.createdAt.toISOString() },
      stage,
      response:
        stage !== "AWAITING_RESPONSE" && row.partnerResponse
          ? {
              text: row.partnerResponse,
              by: nameOf(row.respondedById),
              at: (row.respondedAt ?? row.createdAt).toISOString(),
            }
          : null,
      outcome: row.outcome
        ? {
            value: row.outcome,
            note: row.outcomeNote,
            by: nameOf(row.outcomeById),
            at: (row.outcomeAt ?? row.createdAt).toISOString(),
          }
        : null,
      version: row.version,
      actions: row.actions
        .filter((action) => canSeeAction(actor, action))
        .map((action) => {
          const dueOn = dateOnly(action.dueOn);
          return {
            id: action.id,
            description: action.description,
            ownerOrganisation: action.ownerOrganisation.name,
            dueOn,
            status: displayStatus({ dueOn, status: action.status }, now),
            href: `/partnerships/${partnershipId}/actions/${action.id}`,
          };
        }),
      may: {
        respond: stage !== "CLOSED" && canRespondToChallenge(actor, row),
        recordOutcome: isScrutineer && stage !== "AWAITING_RESPONSE",
        raiseAction,
      },
      raiseActionHref: raiseAction
        ? `/partnerships/${partnershipId}/actions/new?challengeId=${row.id}&returnTo=${encodeURIComponent(href)}`
        : null,
    };
  });
}
