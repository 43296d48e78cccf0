import "server-only";
import { requireUser } from "@/lib/authz/guard";
import { db } from "@/lib/db";
import { challengeLogPath } from "@/lib/actions/challenges/support";
import { dateOnly } from "@/lib/domain/actions";

type ParticipantStatus = "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" | "SIGNED_OFF";

export type ScrutinyWorkRow = {
  partnershipId: string;
  partnershipName: string;
  assessmentId: string;
  title: string;
  cycleName: string;
  href: string;
  /** In progress, or signed off (the scrutiny is finalised). */
  status: "IN_PROGRESS" | "SIGNED_OFF";
  /** The scrutineer's own part: not started, in progress, submitted or signed off. */
  participation: ParticipantStatus;
  /** "YYYY-MM-DD", or null when no due date is set. */
  dueOn: string | null;
  answered: number;
  total: number;
  /** Challenges on the scrutiny whose outcome is not recorded yet. */
  openChallenges: number;
  challengeLogHref: string;
};

/**
 * The scrutineer's dashboard (issue 7 item 7): every scrutiny the signed-in person takes part in,
 * across every partnership where they are an independent scrutineer, with their own progress, due
 * date and the open challenges. Null for someone who is a scrutineer nowhere. Three queries however
 * many partnerships and assessments there are; in progress first, each group soonest due first.
 */
export async function getScrutineerDashboard(): Promise<ScrutinyWorkRow[] | null> {
  const user = await requireUser();
  const partnershipIds = user.memberships
    .filter((m) => m.role === "SCRUTINEER")
    .map((m) => m.partnershipId);
  if (partnershipIds.length === 0) return null;

  const seats = await db().assessmentParticipant.findMany({
    where: {
      userId: user.id,
      assessment: { partnershipId: { in: partnershipIds }, kind: "INDEPENDENT_SCRUTINY" },
    },
    orderBy: [
      { assessment: { status: "asc" } },
      { dueOn: { sort: "asc", nulls: "last" } },
      { assessment: { finalisedAt: { sort: "desc", nulls: "last" } } },
      { assessment: { title: "asc" } },
    ],
    select: {
      id: true,
      status: true,
      dueOn: true,
      _count: { select: { assignments: true } },
      assessment: {
        select: {
          id: true,
          title: true,
          status: true,
          partnershipId: true,
          partnership: { select: { name: true } },
          cycle: { select: { name: true } },
        },
      },
    },
  });
  if (seats.length === 0) return [];

  const [answeredBySeat, openByAssessment] = await Promise.all([
    db().response.groupBy({
      by: ["participantId"],
      where: { participantId: { in: seats.map((s) => s.id) }, rating: { not: null } },
      _count: { _all: true },
    }),
    db().challenge.groupBy({
      by: ["assessmentId"],
      where: { assessmentId: { in: seats.map((s) => s.assessment.id) }, outcome: null },
      _count: { _all: true },
    }),
  ]);
  const answered = new Map(answeredBySeat.map((r) => [r.participantId, r._count._all]));
  const open = new Map(openByAssessment.map((r) => [r.assessmentId, r._count._all]));

  return seats.map(({ assessment, ...seat }) => ({
    partnershipId: assessment.partnershipId,
    partnershipName: assessment.partnership.name,
    assessmentId: assessment.id,
    title: assessment.title,
    cycleName: assessment.cycle.name,
    href: `/partnerships/${assessment.partnershipId}/assessments/${assessment.id}`,
    status: assessment.status === "FINALISED" ? "SIGNED_OFF" : "IN_PROGRESS",
    participation: seat.status,
    dueOn: seat.dueOn ? dateOnly(seat.dueOn) : null,
    answered: answered.get(seat.id) ?? 0,
    total: seat._count.assignments,
    openChallenges: open.get(assessment.id) ?? 0,
    challengeLogHref: challengeLogPath(assessment.partnershipId, assessment.id),
  }));
}
