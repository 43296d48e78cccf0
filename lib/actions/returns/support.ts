import "server-only";
// Shared by the returns actions. Deliberately not "use server": nothing here may be callable from a
// browser on its own.
import type { ActionContext } from "@/lib/actions/safe-action";
import { issueInvitations } from "@/lib/actions/members/issue-invitations";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { ROLE_LABELS } from "@/lib/authz/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { ukDayStart } from "@/lib/domain/london-time";
import { RETURN_MESSAGES } from "@/lib/domain/returns";
import type { Mail } from "@/lib/mail/send";

type Tx = Prisma.TransactionClient;

/** A wider-partner self-assessment of this partnership that can still change. */
export async function findReturnsAssessment(tx: Tx, partnershipId: string, assessmentId: string) {
  const assessment = await tx.assessment.findFirst({
    where: { id: assessmentId, partnershipId },
    select: { id: true, kind: true, status: true, frameworkVersionId: true },
  });
  if (!assessment) throw new NotFoundError("assessment");
  if (assessment.kind !== "WIDER_PARTNER_SELF_ASSESSMENT")
    throw new DomainError(RETURN_MESSAGES.notWiderPartner);
  if (assessment.status === "FINALISED") throw new DomainError(RETURN_MESSAGES.finalised);
  return assessment;
}

export type NewReturn = {
  organisationId: string | null;
  organisationName: string;
  kind: OrganisationKind;
  respondentName: string;
  respondentEmail: string;
  dueOn: string;
};

/** "Calendar date" columns take midnight UTC of the day. */
export const dateColumn = (stamp: string) => new Date(`${stamp}T00:00:00Z`);

/**
 * The problems (one per return, by index) with a respondent who is already a member: fine when they
 * are this organisation's agency respondent (no new invitation), otherwise refused.
 */
export async function respondentProblems(
  tx: Tx,
  partnershipId: string,
  returns: readonly NewReturn[],
): Promise<{ problems: Map<number, string>; members: Set<string> }> {
  const rows = await tx.membership.findMany({
    where: { partnershipId, user: { email: { in: returns.map((r) => r.respondentEmail) } } },
    select: {
      role: true,
      organisationId: true,
      deactivatedAt: true,
      user: { select: { email: true } },
    },
  });
  const byEmail = new Map(rows.map((row) => [row.user.email, row]));
  const problems = new Map<number, string>();
  returns.forEach((r, index) => {
    const member = byEmail.get(r.respondentEmail);
    if (!member) return;
    if (member.deactivatedAt)
      problems.set(
        index,
        `${r.respondentEmail} is a suspended member of this partnership: reactivate them from the members list first`,
      );
    else if (member.role !== "AGENCY_RESPONDENT" || member.organisationId !== r.organisationId)
      problems.set(
        index,
        `${r.respondentEmail} is already a member of this partnership as ${ROLE_LABELS[member.role].toLowerCase()}${r.organisationId && member.organisationId === r.organisationId ? "" : " for another organisation"}: name the organisation's own respondent`,
      );
  });
  return { problems, members: new Set(rows.map((row) => row.user.email)) };
}

/**
 * Adds the organisations to the assessment in the caller's transaction: new relevant agencies are
 * created, each organisation gets a participant with its deadline and every question (as
 * create-assessment does), and each respondent who is not yet a member is invited as the
 * organisation's agency respondent. Returns the participant ids and the mails to send afterwards.
 */
export async function addReturns(
  context: Omit<ActionContext<unknown>, "input">,
  assessment: { id: string; frameworkVersionId: string },
  returns: readonly NewReturn[],
  members: ReadonlySet<string>,
  via: "form" | "csv",
): Promise<{ participantIds: string[]; mails: Mail[] }> {
  const { tx, membership } = context;
  const partnershipId = membership.partnershipId;
  const fresh = returns.filter((r) => !r.organisationId);
  const created = fresh.length
    ? await tx.organisation.createManyAndReturn({
        data: fresh.map((r) => ({ partnershipId, name: r.organisationName, kind: r.kind })),
        select: { id: true, name: true },
      })
    : [];
  const newIds = new Map(created.map((o) => [o.name, o.id]));
  const resolved = returns.map((r) => ({
    ...r,
    organisationId: r.organisationId ?? (newIds.get(r.organisationName) as string),
  }));
  const participants = await tx.assessmentParticipant.createManyAndReturn({
    data: resolved.map((r) => ({
      assessmentId: assessment.id,
      organisationId: r.organisationId,
      dueOn: dateColumn(r.dueOn),
    })),
    select: { id: true },
  });
  const questions = await tx.frameworkQuestion.findMany({
    where: { versionId: assessment.frameworkVersionId },
    select: { id: true },
  });
  const pairs = participants.flatMap(({ id: participantId }) =>
    questions.map(({ id: questionId }) => ({ participantId, questionId })),
  );
  await tx.participantQuestion.createMany({ data: pairs });
  await tx.response.createMany({
    data: pairs.map((pair) => ({ ...pair, assessmentId: assessment.id })),
  });
  const invitees = resolved
    .filter((r) => !members.has(r.respondentEmail))
    .map((r) => ({
      email: r.respondentEmail,
      name: r.respondentName,
      role: "AGENCY_RESPONDENT" as const,
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      designations: [],
    }));
  const mails = invitees.length ? await issueInvitations(context, invitees, via) : [];
  return { participantIds: participants.map((p) => p.id), mails };
}

/** The participant, only if it is an organisation taking part in this assessment. */
export async function findReturn(tx: Tx, assessmentId: string, participantId: string) {
  const participant = await tx.assessmentParticipant.findFirst({
    where: { id: participantId, assessmentId, organisationId: { not: null } },
    select: {
      id: true,
      status: true,
      dueOn: true,
      organisationId: true,
      organisation: { select: { name: true } },
    },
  });
  if (!participant) throw new NotFoundError("return");
  return participant;
}

/** A sign-off date is stored as the start of that day in London. */
export const signedOffInstant = (stamp: string) => ukDayStart(stamp);
