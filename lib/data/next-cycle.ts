import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { db } from "@/lib/db";
import { dateOnly } from "@/lib/domain/actions";
import { suggestNextCycle } from "@/lib/domain/cycles";

/** What the "Start next cycle from this assessment" page shows and offers. */
export async function getNextCycleStart(partnershipId: string, assessmentId: string) {
  authorise(await getCurrentUser(), partnershipId, "cycle.manage");
  const assessment = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      cycle: { select: { id: true, name: true, startsOn: true, endsOn: true } },
      successors: { select: { id: true, title: true } },
      _count: { select: { participants: true } },
    },
  });
  if (!assessment) notFound();
  const [laterCycles, links] = await Promise.all([
    db().cycle.findMany({
      where: { partnershipId, startsOn: { gt: assessment.cycle.startsOn } },
      orderBy: { startsOn: "asc" },
      select: { id: true, name: true, startsOn: true, endsOn: true },
    }),
    db().actionLink.findMany({
      where: { assessmentId },
      distinct: ["actionId"],
      select: { action: { select: { status: true } } },
    }),
  ]);
  const cycle = {
    name: assessment.cycle.name,
    startsOn: dateOnly(assessment.cycle.startsOn),
    endsOn: dateOnly(assessment.cycle.endsOn),
  };
  const open = links.filter((link) => link.action.status !== "COMPLETE").length;
  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      kind: assessment.kind,
      finalised: assessment.status === "FINALISED",
      participants: assessment._count.participants,
      cycle,
    },
    successor: assessment.successors[0] ?? null,
    cycles: laterCycles.map((c) => ({
      id: c.id,
      name: c.name,
      startsOn: dateOnly(c.startsOn),
      endsOn: dateOnly(c.endsOn),
    })),
    suggestion: suggestNextCycle(cycle),
    actions: { open, completed: links.length - open },
  };
}

export type NextCycleStart = Awaited<ReturnType<typeof getNextCycleStart>>;
