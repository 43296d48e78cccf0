import "server-only";
// Helpers shared by the actions (improvement plan) server actions. Deliberately not "use server":
// nothing here may be callable from a browser on its own.
import type { PartnershipAccess } from "@/lib/authz/guard";
import { DomainError, ForbiddenError } from "@/lib/authz/errors";
import {
  ACTION_MESSAGES,
  agencyOwnerProblem,
  linkValue,
  type LinkPair,
} from "@/lib/domain/action-input";
import { canRaiseActionFor, type ActionActor } from "@/lib/domain/actions";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export const trackerPath = (partnershipId: string) => `/partnerships/${partnershipId}/actions`;
export const actionPath = (partnershipId: string, actionId: string) =>
  `${trackerPath(partnershipId)}/${actionId}`;

/** The paths showing an action: the tracker, its page and the assessments it is linked to. */
export function actionPaths(
  partnershipId: string,
  actionId: string | null,
  links: readonly LinkPair[],
) {
  const assessments = [...new Set(links.map((link) => link.assessmentId))];
  return [
    trackerPath(partnershipId),
    ...(actionId ? [actionPath(partnershipId, actionId)] : []),
    ...assessments.map((id) => `/partnerships/${partnershipId}/assessments/${id}`),
  ];
}

export function actorOf({ user, membership }: PartnershipAccess): ActionActor {
  return { userId: user.id, role: membership.role, organisationId: membership.organisationId };
}

export function refuse(field: string, message: string): never {
  throw new DomainError(message, { [field]: [message] });
}

const AGENCY_ROLES: readonly string[] = ["AGENCY_RESPONDENT", "AGENCY_CONTRIBUTOR"];
const isAgency = (actor: ActionActor) => AGENCY_ROLES.includes(actor.role);

/**
 * The owning organisation must be one of this partnership's, and one the person may raise actions
 * for (an agency respondent: their own). A newly named member must be an active member of the
 * partnership (for an agency respondent, of their own organisation), and a member with an agency
 * role must belong to the owning organisation. When changing an action, its named owner stays as
 * they are even after leaving: `current` is the action as stored.
 */
export async function checkOwner(
  tx: Tx,
  actor: ActionActor,
  input: { partnershipId: string; ownerOrganisationId: string; ownerUserId: string | null },
  current?: { ownerUserId: string | null; ownerOrganisationId: string },
): Promise<void> {
  const organisation = await tx.organisation.findFirst({
    where: { id: input.ownerOrganisationId, partnershipId: input.partnershipId },
    select: { id: true, name: true },
  });
  if (!organisation) refuse("ownerOrganisationId", "Select an organisation from the list");
  if (!canRaiseActionFor(actor, organisation.id))
    throw new ForbiddenError(
      "You can only raise and change actions for your own organisation. Select your organisation as the owner.",
    );
  if (!input.ownerUserId) return;
  const unchanged = current !== undefined && current.ownerUserId === input.ownerUserId;
  // The same owner and organisation as stored: nothing to check (they may have left since).
  if (unchanged && current.ownerOrganisationId === organisation.id) return;

  const member = await tx.membership.findFirst({
    where: {
      partnershipId: input.partnershipId,
      userId: input.ownerUserId,
      ...(unchanged ? {} : { deactivatedAt: null, user: { disabledAt: null } }),
    },
    select: {
      role: true,
      organisationId: true,
      organisation: { select: { name: true } },
      user: { select: { name: true } },
    },
  });
  if (!member) {
    if (unchanged) return;
    refuse(
      "ownerUserId",
      "Select a member from the list: the owner must be an active member of this partnership",
    );
  }
  // An agency respondent names only people of their own organisation (the list they are shown).
  if (!unchanged && isAgency(actor) && member.organisationId !== actor.organisationId)
    refuse("ownerUserId", ACTION_MESSAGES.ownOrganisationMember);
  const problem = agencyOwnerProblem(
    {
      name: member.user.name,
      role: member.role,
      organisationId: member.organisationId,
      organisationName: member.organisation?.name,
    },
    organisation,
  );
  if (problem) refuse("ownerUserId", problem);
}

/**
 * Every (assessment, question) pair must be an assessment of this partnership (for an agency user,
 * one their organisation takes part in) and a question of that assessment's framework version.
 * Returns each linked assessment's cycle.
 */
export async function checkLinks(
  tx: Tx,
  partnershipId: string,
  links: readonly LinkPair[],
  actor: ActionActor,
): Promise<Map<string, { cycleId: string }>> {
  const found = new Map<string, { cycleId: string }>();
  if (links.length === 0) return found;
  const assessmentIds = [...new Set(links.map((link) => link.assessmentId))];
  const questionIds = [...new Set(links.map((link) => link.questionId))];
  const [assessments, questions] = await Promise.all([
    tx.assessment.findMany({
      where: {
        id: { in: assessmentIds },
        partnershipId,
        // Agency users link only to assessments their organisation takes part in.
        ...(isAgency(actor)
          ? actor.organisationId
            ? { participants: { some: { organisationId: actor.organisationId } } }
            : { id: { in: [] } }
          : {}),
      },
      select: { id: true, cycleId: true, frameworkVersionId: true },
    }),
    tx.frameworkQuestion.findMany({
      where: { id: { in: questionIds } },
      select: { id: true, versionId: true },
    }),
  ]);
  const versionOf = new Map(assessments.map((a) => [a.id, a.frameworkVersionId]));
  const questionVersion = new Map(questions.map((q) => [q.id, q.versionId]));
  for (const link of links) {
    const version = versionOf.get(link.assessmentId);
    if (!version || questionVersion.get(link.questionId) !== version)
      refuse("links", ACTION_MESSAGES.links);
  }
  for (const assessment of assessments) found.set(assessment.id, { cycleId: assessment.cycleId });
  return found;
}

/** The cycle running today (UK date), if there is one. */
export async function currentCycleId(
  tx: Tx,
  partnershipId: string,
  today: string,
): Promise<string | null> {
  const day = new Date(`${today}T00:00:00Z`);
  const cycle = await tx.cycle.findFirst({
    where: { partnershipId, startsOn: { lte: day }, endsOn: { gte: day } },
    orderBy: { startsOn: "desc" },
    select: { id: true },
  });
  return cycle?.id ?? null;
}

/**
 * Links to add and to remove, going from `before` (stored) to `after` (ticked on the form), and the
 * links the action ends up with. Only links the form showed (`shown`) can be removed: one added
 * elsewhere after the form was loaded stays.
 */
export function linkChanges(
  before: readonly LinkPair[],
  after: readonly LinkPair[],
  shown: readonly LinkPair[],
) {
  const had = new Set(before.map(linkValue));
  const wants = new Set(after.map(linkValue));
  const wasShown = new Set(shown.map(linkValue));
  const added = after.filter((link) => !had.has(linkValue(link)));
  const removed = before.filter(
    (link) => wasShown.has(linkValue(link)) && !wants.has(linkValue(link)),
  );
  const gone = new Set(removed.map(linkValue));
  return {
    added,
    removed,
    result: [...before.filter((link) => !gone.has(linkValue(link))), ...added],
  };
}

/** A calendar date for a `@db.Date` column. */
export const asDate = (stamp: string) => new Date(`${stamp}T00:00:00Z`);
