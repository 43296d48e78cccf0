import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { can } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import { ORGANISATION_KIND_LABELS } from "@/lib/domain/arrangements";
import {
  returnCounts,
  returnState,
  type ParticipantStatusValue,
  type ReturnCounts,
  type ReturnState,
} from "@/lib/domain/returns";
import type { ReturnReminderKind } from "@/lib/generated/prisma/enums";

export type Respondent = { name: string; email: string; invited: boolean };

export type ReturnRow = {
  participantId: string;
  organisationId: string;
  organisationName: string;
  kindLabel: string;
  status: ParticipantStatusValue;
  state: ReturnState;
  dueOn: string | null;
  answered: number;
  total: number;
  respondents: Respondent[];
  lastReminder: { sentAt: string; kind: ReturnReminderKind } | null;
};

export type ReturnsGrid = {
  assessment: { id: string; title: string; status: "IN_PROGRESS" | "FINALISED"; cycleName: string };
  rows: ReturnRow[];
  counts: ReturnCounts;
};

const stampOf = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

const participantSelect = {
  id: true,
  status: true,
  dueOn: true,
  organisationId: true,
  organisation: { select: { name: true, kind: true } },
  _count: {
    select: { assignments: true, responses: { where: { rating: { not: null } } } },
  },
  reminders: {
    orderBy: { sentAt: "desc" },
    take: 1,
    select: { sentAt: true, kind: true },
  },
} as const;

/** Each organisation's agency respondents and those invited as one who have not yet joined. */
async function respondentsOf(partnershipId: string, organisationIds: string[], now: Date) {
  const [members, invitations] = await Promise.all([
    db().membership.findMany({
      where: {
        partnershipId,
        organisationId: { in: organisationIds },
        role: "AGENCY_RESPONDENT",
        deactivatedAt: null,
      },
      orderBy: { user: { name: "asc" } },
      select: { organisationId: true, user: { select: { name: true, email: true } } },
    }),
    db().invitation.findMany({
      where: {
        partnershipId,
        organisationId: { in: organisationIds },
        role: "AGENCY_RESPONDENT",
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
      },
      orderBy: { createdAt: "asc" },
      select: { organisationId: true, name: true, email: true },
    }),
  ]);
  const result = new Map<string, Respondent[]>();
  const add = (organisationId: string | null, person: Respondent) => {
    if (!organisationId) return;
    const list = result.get(organisationId) ?? [];
    if (!list.some((p) => p.email === person.email)) list.push(person);
    result.set(organisationId, list);
  };
  for (const m of members) add(m.organisationId, { ...m.user, invited: false });
  for (const i of invitations)
    add(i.organisationId, { name: i.name ?? i.email, email: i.email, invited: true });
  return result;
}

type Loaded = {
  id: string;
  status: ParticipantStatusValue;
  dueOn: Date | null;
  organisationId: string | null;
  organisation: { name: string; kind: keyof typeof ORGANISATION_KIND_LABELS } | null;
  _count: { assignments: number; responses: number };
  reminders: Array<{ sentAt: Date; kind: ReturnReminderKind }>;
};

function toRow(p: Loaded, respondents: Map<string, Respondent[]>, now: Date): ReturnRow {
  const dueOn = stampOf(p.dueOn);
  const reminder = p.reminders[0];
  return {
    participantId: p.id,
    organisationId: p.organisationId ?? "",
    organisationName: p.organisation?.name ?? "",
    kindLabel: p.organisation ? ORGANISATION_KIND_LABELS[p.organisation.kind] : "",
    status: p.status,
    state: returnState({ status: p.status, dueOn }, now),
    dueOn,
    answered: p._count.responses,
    total: p._count.assignments,
    respondents: respondents.get(p.organisationId ?? "") ?? [],
    lastReminder: reminder ? { sentAt: reminder.sentAt.toISOString(), kind: reminder.kind } : null,
  };
}

/**
 * The returns grid of a wider-partner self-assessment: every organisation taking part, its
 * respondents, deadline, where its return stands and its last reminder. Three queries, whatever
 * the number of organisations.
 */
export async function getReturnsGrid(
  partnershipId: string,
  assessmentId: string,
  now = new Date(),
): Promise<ReturnsGrid> {
  authorise(await getCurrentUser(), partnershipId, "returns.view");
  const assessment = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId, kind: "WIDER_PARTNER_SELF_ASSESSMENT" },
    select: {
      id: true,
      title: true,
      status: true,
      cycle: { select: { name: true } },
      participants: {
        where: { organisationId: { not: null } },
        orderBy: { organisation: { name: "asc" } },
        select: participantSelect,
      },
    },
  });
  if (!assessment) throw new NotFoundError("assessment");
  const organisationIds = assessment.participants.flatMap((p) =>
    p.organisationId ? [p.organisationId] : [],
  );
  const respondents = await respondentsOf(partnershipId, organisationIds, now);
  const rows = assessment.participants.map((p) => toRow(p, respondents, now));
  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      status: assessment.status,
      cycleName: assessment.cycle.name,
    },
    rows,
    counts: returnCounts(rows.map((row) => row.state)),
  };
}

export type ReturnDetail = ReturnRow & {
  assessment: { id: string; title: string; status: "IN_PROGRESS" | "FINALISED" };
  submittedAt: string | null;
  signedOff: { name: string; role: string; on: string } | null;
  /** The business manager: sets the deadline and may sign off on the organisation's behalf. */
  canManage: boolean;
};

/**
 * One organisation's return, for the business manager or the organisation's own agency
 * respondent (anyone else: not found).
 */
export async function getReturnDetail(
  partnershipId: string,
  assessmentId: string,
  participantId: string,
  now = new Date(),
): Promise<ReturnDetail> {
  const { membership } = authorise(await getCurrentUser(), partnershipId, "returns.sign-off");
  const canManage = can(membership.role, "returns.manage");
  if (!canManage && !membership.organisationId) throw new NotFoundError("return");
  const p = await db().assessmentParticipant.findFirst({
    where: {
      id: participantId,
      organisationId: canManage ? { not: null } : membership.organisationId,
      assessment: { id: assessmentId, partnershipId, kind: "WIDER_PARTNER_SELF_ASSESSMENT" },
    },
    select: {
      ...participantSelect,
      submittedAt: true,
      signedOffName: true,
      signedOffRole: true,
      signedOffAt: true,
      assessment: { select: { id: true, title: true, status: true } },
    },
  });
  if (!p) throw new NotFoundError("return");
  const respondents = await respondentsOf(partnershipId, [p.organisationId ?? ""], now);
  return {
    ...toRow(p, respondents, now),
    assessment: p.assessment,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    signedOff:
      p.signedOffAt && p.signedOffName
        ? { name: p.signedOffName, role: p.signedOffRole ?? "", on: p.signedOffAt.toISOString() }
        : null,
    canManage,
  };
}

/** The partnership's organisations not yet taking part in the assessment, by name. */
export async function getAddableOrganisations(
  partnershipId: string,
  assessmentId: string,
): Promise<Array<{ id: string; name: string }>> {
  authorise(await getCurrentUser(), partnershipId, "returns.manage");
  return db().organisation.findMany({
    where: { partnershipId, participations: { none: { assessmentId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
