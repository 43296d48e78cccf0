import "server-only";
import { getCurrentUser, type MembershipDto } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actionCounts, dateOnly, displayStatus, type Counts } from "@/lib/domain/actions";
import {
  actionSourceText,
  sortQuestionCodes,
  sortTrackerRows,
  type TrackerFilters,
  type TrackerRow,
} from "@/lib/domain/action-filters";
import { ukDateStamp } from "@/lib/domain/london-time";
import { SIX_STEPS_FRAMEWORK } from "@/lib/framework/six-steps";

const AGENCY_ROLES = ["AGENCY_RESPONDENT", "AGENCY_CONTRIBUTOR"];

/**
 * The actions this member may see (lib/domain/actions.ts `canSeeAction`), as a database condition:
 * agency respondents and contributors only their own organisation's, everyone else all of the
 * partnership's. An agency member without an organisation sees none.
 */
function visibleTo(membership: MembershipDto): Prisma.ActionWhereInput {
  const where: Prisma.ActionWhereInput = { partnershipId: membership.partnershipId };
  if (!AGENCY_ROLES.includes(membership.role)) return where;
  return membership.organisationId
    ? { ...where, ownerOrganisationId: membership.organisationId }
    : { ...where, id: { in: [] } };
}

/** A calendar date as the database's `@db.Date` value (midnight UTC). */
function dbDate(stamp: string): Date {
  return new Date(`${stamp}T00:00:00.000Z`);
}

/**
 * The filters as a database condition. "Overdue" is not stored: it is a due date before today in
 * London and not complete, so a recorded status filter (On track, say) leaves out overdue ones,
 * exactly as the table shows them.
 */
function filtered(filters: TrackerFilters, today: string): Prisma.ActionWhereInput[] {
  const conditions: Prisma.ActionWhereInput[] = [];
  const todayDate = dbDate(today);
  if (filters.source) conditions.push({ sourceType: filters.source });
  if (filters.step !== null || filters.question) {
    conditions.push({
      links: {
        some: {
          question: {
            ...(filters.question ? { code: filters.question } : {}),
            ...(filters.step !== null ? { step: { number: filters.step } } : {}),
          },
        },
      },
    });
  }
  if (filters.organisationId) conditions.push({ ownerOrganisationId: filters.organisationId });
  switch (filters.status) {
    case null:
      break;
    case "OPEN":
      conditions.push({ status: { not: "COMPLETE" } });
      break;
    case "OVERDUE":
      conditions.push({ status: { not: "COMPLETE" }, dueOn: { lt: todayDate } });
      break;
    case "COMPLETE":
      conditions.push({ status: "COMPLETE" });
      break;
    default:
      conditions.push({ status: filters.status, dueOn: { gte: todayDate } });
  }
  if (filters.cycleId) {
    // Raised in the cycle, or carried into it (linked to one of its assessments).
    conditions.push({
      OR: [
        { cycleId: filters.cycleId },
        { links: { some: { assessment: { cycleId: filters.cycleId } } } },
      ],
    });
  }
  if (filters.owner) {
    conditions.push(
      "userId" in filters.owner
        ? { ownerUserId: filters.owner.userId }
        : {
            ownerUserId: null,
            ownerEmail: { equals: filters.owner.email, mode: "insensitive" },
          },
    );
  }
  return conditions;
}

const rowSelect = {
  id: true,
  description: true,
  ownerOrganisationId: true,
  ownerUserId: true,
  ownerName: true,
  ownerEmail: true,
  dueOn: true,
  status: true,
  priority: true,
  sourceType: true,
  sourceNote: true,
  createdAt: true,
  ownerOrganisation: { select: { name: true } },
  ownerUser: { select: { name: true, email: true } },
  cycle: { select: { name: true } },
  sourceResponse: { select: { question: { select: { code: true } } } },
  sourceChallenge: {
    select: { question: { select: { code: true } }, step: { select: { number: true } } },
  },
  sourceRecommendation: {
    select: { number: true, caseReview: { select: { identifier: true } } },
  },
  links: { select: { question: { select: { code: true } } } },
} satisfies Prisma.ActionSelect;

type Row = Prisma.ActionGetPayload<{ select: typeof rowSelect }>;

function ownerName(row: {
  ownerUser: { name: string; email: string } | null;
  ownerName: string | null;
}): string {
  return row.ownerUser ? row.ownerUser.name || row.ownerUser.email : (row.ownerName ?? "");
}

function toRow(row: Row, now: Date): TrackerRow {
  const dueOn = dateOnly(row.dueOn);
  return {
    id: row.id,
    description: row.description,
    ownerOrganisationId: row.ownerOrganisationId,
    ownerOrganisation: row.ownerOrganisation.name,
    ownerUserId: row.ownerUserId,
    owner: ownerName(row),
    dueOn,
    status: row.status,
    displayStatus: displayStatus({ dueOn, status: row.status }, now),
    priority: row.priority,
    sourceType: row.sourceType,
    source: actionSourceText({
      sourceType: row.sourceType,
      questionCode:
        row.sourceResponse?.question.code ?? row.sourceChallenge?.question?.code ?? null,
      stepNumber: row.sourceChallenge?.step?.number ?? null,
      caseReview: row.sourceRecommendation
        ? {
            identifier: row.sourceRecommendation.caseReview.identifier,
            number: row.sourceRecommendation.number,
          }
        : null,
      note: row.sourceNote,
    }),
    questionCodes: sortQuestionCodes(row.links.map((link) => link.question.code)),
    cycle: row.cycle?.name ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export type TrackerRows = { rows: TrackerRow[]; counts: Counts; today: string };

/**
 * The tracker's rows for these filters, in the chosen order, and the counts over exactly those
 * rows. One query; agency members' organisation limit is part of it. The caller has authorised.
 */
async function readRows(
  membership: MembershipDto,
  filters: TrackerFilters,
  now: Date,
): Promise<TrackerRows> {
  const today = ukDateStamp(now);
  const found = await db().action.findMany({
    where: { AND: [visibleTo(membership), ...filtered(filters, today)] },
    select: rowSelect,
  });
  const rows = sortTrackerRows(
    found.map((row) => toRow(row, now)),
    filters.sort,
    filters.dir,
  );
  return { rows, counts: actionCounts(rows, now), today };
}

/** The tracker's rows and counts, for any member who can view actions (the page and the export). */
export async function getTrackerRows(
  partnershipId: string,
  filters: TrackerFilters,
  now: Date = new Date(),
): Promise<TrackerRows> {
  const { membership } = authorise(await getCurrentUser(), partnershipId, "action.view");
  return readRows(membership, filters, now);
}

export type Option = { value: string; label: string };

export type TrackerOptions = {
  partnershipSlug: string;
  organisations: Option[];
  cycles: Option[];
  steps: Option[];
  questions: Option[];
  /** People who own actions this member can see: members by user id, others by email. */
  owners: Option[];
  /** Active members, for a business manager choosing a new owner (empty for everyone else). */
  members: Option[];
  canCreate: boolean;
  canReassign: boolean;
};

/**
 * What the filter form and the reassignment form offer. Steps and question codes are the Six Steps'
 * own plus any other code an action is linked to (an adapted framework). Narrow reads, however
 * many actions there are: the distinct owners (grouped in the database), the questions linked to
 * visible actions (each once), and the names of the members among the owners.
 */
export async function getTrackerOptions(partnershipId: string): Promise<TrackerOptions> {
  const { membership } = authorise(await getCurrentUser(), partnershipId, "action.view");
  const canReassign = can(membership.role, "action.reassign");
  const agency = AGENCY_ROLES.includes(membership.role);
  const visible = visibleTo(membership);
  const [partnership, ownerGroups, linkedQuestions] = await Promise.all([
    db().partnership.findUniqueOrThrow({
      where: { id: partnershipId },
      select: {
        slug: true,
        organisations: {
          where: agency
            ? { id: { in: membership.organisationId ? [membership.organisationId] : [] } }
            : {},
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        },
        cycles: { orderBy: { startsOn: "desc" }, select: { id: true, name: true } },
        memberships: {
          where: canReassign
            ? { deactivatedAt: null, user: { disabledAt: null } }
            : { id: { in: [] } },
          orderBy: { user: { name: "asc" } },
          select: {
            user: { select: { id: true, name: true, email: true } },
            organisation: { select: { name: true } },
          },
        },
      },
    }),
    db().action.groupBy({
      by: ["ownerUserId", "ownerName", "ownerEmail"],
      where: visible,
      orderBy: [{ ownerUserId: "asc" }, { ownerEmail: "asc" }, { ownerName: "asc" }],
    }),
    db().frameworkQuestion.findMany({
      where: { actionLinks: { some: { action: visible } } },
      select: { code: true, step: { select: { number: true } } },
    }),
  ]);
  const ownerUserIds = ownerGroups.flatMap((group) =>
    group.ownerUserId ? [group.ownerUserId] : [],
  );
  const users =
    ownerUserIds.length === 0
      ? []
      : await db().user.findMany({
          where: { id: { in: ownerUserIds } },
          select: { id: true, name: true, email: true },
        });
  const userById = new Map(users.map((user) => [user.id, user]));

  const owners = new Map<string, string>();
  for (const group of ownerGroups) {
    const user = group.ownerUserId ? userById.get(group.ownerUserId) : undefined;
    if (group.ownerUserId && user)
      owners.set(group.ownerUserId, ownerName({ ownerUser: user, ownerName: null }));
    else if (!group.ownerUserId && group.ownerEmail)
      owners.set(group.ownerEmail.toLowerCase(), `${group.ownerName ?? ""} (${group.ownerEmail})`);
  }
  const codes = new Set(SIX_STEPS_FRAMEWORK.steps.flatMap((s) => s.questions.map((q) => q.code)));
  const steps = new Set(SIX_STEPS_FRAMEWORK.steps.map((s) => s.number));
  for (const question of linkedQuestions) {
    codes.add(question.code);
    steps.add(question.step.number);
  }
  return {
    partnershipSlug: partnership.slug,
    organisations: partnership.organisations.map((o) => ({ value: o.id, label: o.name })),
    cycles: partnership.cycles.map((c) => ({ value: c.id, label: c.name })),
    steps: [...steps].sort((a, b) => a - b).map((n) => ({ value: String(n), label: `Step ${n}` })),
    questions: sortQuestionCodes(codes).map((code) => ({ value: code, label: code })),
    owners: [...owners]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, "en-GB")),
    members: partnership.memberships.map((m) => ({
      value: m.user.id,
      label: `${m.user.name || m.user.email}${m.organisation ? `, ${m.organisation.name}` : ""} (${m.user.email})`,
    })),
    canCreate: can(membership.role, "action.create"),
    canReassign,
  };
}

/** The export's rows (the same as the page's for the same filters) and the file-name slug. */
export async function getTrackerExport(
  partnershipId: string,
  filters: TrackerFilters,
  now: Date = new Date(),
): Promise<TrackerRows & { partnershipSlug: string }> {
  const { membership } = authorise(await getCurrentUser(), partnershipId, "action.view");
  const [rows, partnership] = await Promise.all([
    readRows(membership, filters, now),
    db().partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { slug: true } }),
  ]);
  return { ...rows, partnershipSlug: partnership.slug };
}
