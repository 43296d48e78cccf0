import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { db } from "@/lib/db";
import type { AssessmentKindValue } from "@/lib/domain/assessments";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

export type AssessmentRow = {
  id: string;
  title: string;
  kind: AssessmentKindValue;
  cycleName: string;
  status: AssessmentStatus;
  answered: number;
  total: number;
};

/** The partnership's assessments with progress: three queries however many there are. */
export async function listAssessments(partnershipId: string): Promise<AssessmentRow[]> {
  authorise(await getCurrentUser(), partnershipId, "assessment.view");
  const inPartnership = { assessment: { partnershipId } };
  const [assessments, totals, answered] = await Promise.all([
    db().assessment.findMany({
      where: { partnershipId },
      orderBy: [{ cycle: { startsOn: "desc" } }, { createdAt: "desc" }],
      select: {
        id: true,
        title: true,
        kind: true,
        status: true,
        cycle: { select: { name: true } },
      },
    }),
    db().response.groupBy({
      by: ["assessmentId"],
      where: inPartnership,
      _count: { _all: true },
    }),
    db().response.groupBy({
      by: ["assessmentId"],
      where: { ...inPartnership, rating: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const countOf = (rows: typeof totals) =>
    new Map(rows.map((row) => [row.assessmentId, row._count._all]));
  const totalBy = countOf(totals);
  const answeredBy = countOf(answered);
  return assessments.map(({ cycle, ...assessment }) => ({
    ...assessment,
    cycleName: cycle.name,
    answered: answeredBy.get(assessment.id) ?? 0,
    total: totalBy.get(assessment.id) ?? 0,
  }));
}

export type AssessmentFormOptions = Awaited<ReturnType<typeof assessmentFormOptions>>;

/** What a business manager chooses from when creating an assessment. */
export async function assessmentFormOptions(partnershipId: string) {
  authorise(await getCurrentUser(), partnershipId, "assessment.manage");
  const [cycles, versions, scrutineers, organisations] = await Promise.all([
    db().cycle.findMany({
      where: { partnershipId },
      orderBy: { startsOn: "desc" },
      select: { id: true, name: true },
    }),
    db().frameworkVersion.findMany({
      where: {
        status: "PUBLISHED",
        framework: { OR: [{ isOriginal: true, partnershipId: null }, { partnershipId }] },
      },
      orderBy: [{ framework: { isOriginal: "desc" } }, { version: "desc" }],
      select: { id: true, label: true, framework: { select: { title: true } } },
    }),
    db().membership.findMany({
      where: { partnershipId, role: "SCRUTINEER", deactivatedAt: null },
      orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
    db().organisation.findMany({
      where: { partnershipId },
      orderBy: [{ isStatutoryPartner: "desc" }, { name: "asc" }],
      select: { id: true, name: true, isStatutoryPartner: true },
    }),
  ]);
  return {
    cycles,
    versions: versions.map(({ framework, ...version }) => ({
      id: version.id,
      label: `${framework.title}: ${version.label}`,
    })),
    scrutineers: scrutineers.map(({ user }) => ({
      userId: user.id,
      name: user.name || user.email,
      email: user.email,
    })),
    organisations,
  };
}
