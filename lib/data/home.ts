import "server-only";
import { requireUser } from "@/lib/authz/guard";
import type { Role } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import type { AssessmentKindValue } from "@/lib/domain/assessments";
import { actionCounts, dateOnly, type Counts } from "@/lib/domain/actions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { yearlyReportFlags, type YearlyReportFlags } from "./yearly-report-home";

type ParticipantStatus = "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" | "SIGNED_OFF";
type AssessmentStatus = "IN_PROGRESS" | "FINALISED";

export type ToAnswerRow = {
  assessmentId: string;
  title: string;
  kind: AssessmentKindValue;
  cycleName: string;
  /** Whose answers: "You" for a scrutineer, else the organisation's name. */
  answeringFor: string;
  status: ParticipantStatus;
  answered: number;
  total: number;
  /** "YYYY-MM-DD", or null when no due date is set. */
  dueOn: string | null;
};

export type AssessmentProgressRow = {
  assessmentId: string;
  title: string;
  kind: AssessmentKindValue;
  cycleName: string;
  status: AssessmentStatus;
  participants: number;
  submitted: number;
  answered: number;
  total: number;
};

export type HomePartnership = {
  partnershipId: string;
  partnershipName: string;
  role: Role;
  /** Null for roles that answer nothing themselves (business manager, contributor, viewer). */
  toAnswer: ToAnswerRow[] | null;
  /** Business managers only: every assessment of the partnership with its progress. */
  assessments: AssessmentProgressRow[] | null;
  /**
   * Open actions to chase: every action for a business manager, their organisation's for agency
   * respondents and contributors; null for other roles.
   */
  actions: (Counts & { ownOrganisationOnly: boolean }) | null;
  /** Business managers only: the yearly report overdue, or not sent within seven days. */
  yearlyReport: YearlyReportFlags | null;
};

export type Home = { userName: string; partnerships: HomePartnership[] };

const ANSWERING_ROLES: readonly Role[] = ["SCRUTINEER", "AGENCY_RESPONDENT"];
const AGENCY_ROLES: readonly Role[] = ["AGENCY_RESPONDENT", "AGENCY_CONTRIBUTOR"];

/**
 * The signed-in home page: for each partnership, what the person has to answer and how far they
 * are, for business managers every assessment's progress and whether the yearly report is overdue,
 * and the open actions to chase. At most seven queries however many
 * partnerships and assessments there are; everything is grouped in memory.
 */
export async function getHome(): Promise<Home> {
  const user = await requireUser();
  const memberships = user.memberships;

  // A scrutineer answers for themself; an agency respondent for their organisation.
  const seats = memberships.flatMap((m): Prisma.AssessmentParticipantWhereInput[] => {
    if (m.role === "SCRUTINEER")
      return [{ userId: user.id, assessment: { partnershipId: m.partnershipId } }];
    if (m.role === "AGENCY_RESPONDENT" && m.organisationId)
      return [{ organisationId: m.organisationId, assessment: { partnershipId: m.partnershipId } }];
    return [];
  });
  const managed = memberships
    .filter((m) => m.role === "BUSINESS_MANAGER")
    .map((m) => m.partnershipId);
  const actionScopes = memberships.flatMap((m): Prisma.ActionWhereInput[] => {
    if (m.role === "BUSINESS_MANAGER") return [{ partnershipId: m.partnershipId }];
    if (AGENCY_ROLES.includes(m.role) && m.organisationId)
      return [{ partnershipId: m.partnershipId, ownerOrganisationId: m.organisationId }];
    return [];
  });

  const [participations, assessments, openActions, yearlyReport] = await Promise.all([
    seats.length > 0
      ? db().assessmentParticipant.findMany({
          where: { OR: seats, assessment: { status: "IN_PROGRESS" } },
          orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { assessment: { title: "asc" } }],
          select: {
            id: true,
            status: true,
            dueOn: true,
            userId: true,
            organisation: { select: { name: true } },
            assessment: {
              select: {
                id: true,
                partnershipId: true,
                title: true,
                kind: true,
                cycle: { select: { name: true } },
              },
            },
            _count: { select: { assignments: true } },
          },
        })
      : Promise.resolve([]),
    managed.length > 0
      ? db().assessment.findMany({
          where: { partnershipId: { in: managed } },
          orderBy: [{ cycle: { startsOn: "desc" } }, { createdAt: "desc" }],
          select: {
            id: true,
            partnershipId: true,
            title: true,
            kind: true,
            status: true,
            cycle: { select: { name: true } },
            participants: { select: { status: true } },
          },
        })
      : Promise.resolve([]),
    actionScopes.length > 0
      ? db().action.findMany({
          where: { OR: actionScopes, status: { not: "COMPLETE" } },
          select: { partnershipId: true, dueOn: true, status: true },
        })
      : Promise.resolve([]),
    yearlyReportFlags(managed),
  ]);

  const participantIds = participations.map((p) => p.id);
  const assessmentIds = assessments.map((a) => a.id);
  const [answeredByParticipant, totalsByAssessment, answeredByAssessment] = await Promise.all([
    participantIds.length > 0
      ? db().response.groupBy({
          by: ["participantId"],
          where: { participantId: { in: participantIds }, rating: { not: null } },
          _count: { _all: true },
        })
      : Promise.resolve([]),
    assessmentIds.length > 0
      ? db().response.groupBy({
          by: ["assessmentId"],
          where: { assessmentId: { in: assessmentIds } },
          _count: { _all: true },
        })
      : Promise.resolve([]),
    assessmentIds.length > 0
      ? db().response.groupBy({
          by: ["assessmentId"],
          where: { assessmentId: { in: assessmentIds }, rating: { not: null } },
          _count: { _all: true },
        })
      : Promise.resolve([]),
  ]);
  const answered = new Map(answeredByParticipant.map((r) => [r.participantId, r._count._all]));
  const totals = new Map(totalsByAssessment.map((r) => [r.assessmentId, r._count._all]));
  const answeredOverall = new Map(answeredByAssessment.map((r) => [r.assessmentId, r._count._all]));

  return {
    userName: user.name,
    partnerships: memberships.map((membership) => ({
      partnershipId: membership.partnershipId,
      partnershipName: membership.partnershipName,
      role: membership.role,
      toAnswer: ANSWERING_ROLES.includes(membership.role)
        ? participations
            .filter((p) => p.assessment.partnershipId === membership.partnershipId)
            .map((p) => ({
              assessmentId: p.assessment.id,
              title: p.assessment.title,
              kind: p.assessment.kind,
              cycleName: p.assessment.cycle.name,
              answeringFor: p.userId ? "You" : (p.organisation?.name ?? ""),
              status: p.status,
              answered: answered.get(p.id) ?? 0,
              total: p._count.assignments,
              dueOn: p.dueOn ? p.dueOn.toISOString().slice(0, 10) : null,
            }))
        : null,
      assessments:
        membership.role === "BUSINESS_MANAGER"
          ? assessments
              .filter((a) => a.partnershipId === membership.partnershipId)
              .map((a) => ({
                assessmentId: a.id,
                title: a.title,
                kind: a.kind,
                cycleName: a.cycle.name,
                status: a.status,
                participants: a.participants.length,
                submitted: a.participants.filter(
                  (p) => p.status === "SUBMITTED" || p.status === "SIGNED_OFF",
                ).length,
                answered: answeredOverall.get(a.id) ?? 0,
                total: totals.get(a.id) ?? 0,
              }))
          : null,
      actions:
        membership.role === "BUSINESS_MANAGER" ||
        (AGENCY_ROLES.includes(membership.role) && membership.organisationId)
          ? {
              ...actionCounts(
                openActions
                  .filter((a) => a.partnershipId === membership.partnershipId)
                  .map((a) => ({ dueOn: dateOnly(a.dueOn), status: a.status })),
              ),
              ownOrganisationOnly: membership.role !== "BUSINESS_MANAGER",
            }
          : null,
      yearlyReport:
        membership.role === "BUSINESS_MANAGER"
          ? (yearlyReport.get(membership.partnershipId) ?? { overdue: null, notSentInTime: [] })
          : null,
    })),
  };
}
