"use server";

import { partnershipAction } from "@/lib/actions/safe-action";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { recordChange } from "@/lib/audit";
import { carriedForwardLinks, startNextCycleSchema } from "@/lib/domain/cycles";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

function refuse(field: string, message: string): never {
  throw new DomainError(message, { [field]: [message] });
}

const day = (stamp: string) => new Date(`${stamp}T00:00:00Z`);

async function resolveCycle(
  tx: Tx,
  input: ReturnType<typeof startNextCycleSchema.parse>,
  previous: { startsOn: Date },
  actorUserId: string,
): Promise<{ id: string; name: string }> {
  if (input.cycleChoice === "existing") {
    const cycle = await tx.cycle.findFirst({
      where: { id: input.cycleId, partnershipId: input.partnershipId },
      select: { id: true, name: true, startsOn: true },
    });
    if (!cycle) refuse("cycleId", "Select the cycle from the list");
    if (cycle.startsOn <= previous.startsOn)
      refuse("cycleId", "Choose a cycle that starts after the cycle of this assessment");
    return cycle;
  }
  if (day(input.cycleStartsOn) <= previous.startsOn)
    refuse("cycleStartsOn", "The new cycle must start after the cycle of this assessment starts");
  const clash = await tx.cycle.findFirst({
    where: { partnershipId: input.partnershipId, name: input.cycleName },
    select: { id: true },
  });
  if (clash)
    refuse(
      "cycleName",
      `There is already a cycle called ‘${input.cycleName}’: choose it from the list instead`,
    );
  const cycle = await tx.cycle.create({
    data: {
      partnershipId: input.partnershipId,
      name: input.cycleName,
      startsOn: day(input.cycleStartsOn),
      endsOn: day(input.cycleEndsOn),
    },
    select: { id: true, name: true },
  });
  await recordChange(tx, {
    action: "cycle.created",
    actorUserId,
    partnershipId: input.partnershipId,
    entityType: "Cycle",
    entityId: cycle.id,
    after: { name: input.cycleName, startsOn: input.cycleStartsOn, endsOn: input.cycleEndsOn },
  });
  return cycle;
}

/**
 * "Start next cycle from this assessment": a business manager starts the next cycle's assessment
 * from a finalised one. Same kind, framework version, participants and question assignments;
 * every answer starts unrated (last cycle's are the baseline, shown beside each question); open
 * actions are linked to the new assessment, completed ones stay with their cycle.
 */
export const startNextCycle = partnershipAction({
  schema: startNextCycleSchema,
  permission: "cycle.manage",
  // No revalidation: refreshing this page would replace the form (the next cycle now exists)
  // before it can open the new assessment; every page it changes is rendered on request.
  handler: async ({ user, input, tx }) => {
    // One at a time per assessment: a second request (another tab, a retried post) waits here and
    // then finds the successor, so the next cycle is never started twice.
    await tx.$queryRaw`SELECT id FROM "Assessment" WHERE id = ${input.assessmentId}::uuid AND "partnershipId" = ${input.partnershipId}::uuid FOR UPDATE`;
    const previous = await tx.assessment.findFirst({
      where: { id: input.assessmentId, partnershipId: input.partnershipId },
      select: {
        id: true,
        kind: true,
        status: true,
        frameworkVersionId: true,
        cycle: { select: { startsOn: true } },
        successors: { select: { id: true, title: true } },
        participants: {
          select: {
            userId: true,
            organisationId: true,
            isLead: true,
            assignments: { select: { questionId: true } },
          },
        },
      },
    });
    if (!previous) throw new NotFoundError("assessment");
    if (previous.status !== "FINALISED")
      throw new DomainError(
        "Only a finalised assessment can start the next cycle: finalise or sign off this one first.",
      );
    const started = previous.successors[0];
    if (started)
      throw new DomainError(
        `The next cycle has already been started from this assessment: ‘${started.title}’.`,
      );
    const cycle = await resolveCycle(tx, input, previous.cycle, user.id);

    // Scrutineers who have since left the partnership do not carry over.
    const activeScrutineers = new Set(
      (
        await tx.membership.findMany({
          where: {
            partnershipId: input.partnershipId,
            role: "SCRUTINEER",
            deactivatedAt: null,
            userId: { in: previous.participants.flatMap((p) => (p.userId ? [p.userId] : [])) },
          },
          select: { userId: true },
        })
      ).map((m) => m.userId),
    );
    const seats = previous.participants.filter(
      (p) => p.organisationId !== null || (p.userId !== null && activeScrutineers.has(p.userId)),
    );
    if (seats.length === 0)
      throw new DomainError(
        "None of this assessment's scrutineers is still an active member: start a new assessment instead.",
      );
    const scrutiny = previous.kind === "INDEPENDENT_SCRUTINY";
    const leadStays = seats.some((p) => p.isLead);

    const assessment = await tx.assessment.create({
      data: {
        partnershipId: input.partnershipId,
        cycleId: cycle.id,
        frameworkVersionId: previous.frameworkVersionId,
        kind: previous.kind,
        title: input.title,
        baselineAssessmentId: previous.id,
        createdById: user.id,
      },
      select: { id: true },
    });
    const participants = await tx.assessmentParticipant.createManyAndReturn({
      data: seats.map((seat, index) => ({
        assessmentId: assessment.id,
        userId: seat.userId,
        organisationId: seat.organisationId,
        isLead: scrutiny && (leadStays ? seat.isLead : index === 0),
      })),
      select: { id: true, userId: true, organisationId: true },
    });
    const pairs = participants.flatMap((participant) => {
      const seat = seats.find(
        (s) => s.userId === participant.userId && s.organisationId === participant.organisationId,
      );
      return (seat?.assignments ?? []).map(({ questionId }) => ({
        participantId: participant.id,
        questionId,
      }));
    });
    await tx.participantQuestion.createMany({ data: pairs });
    await tx.response.createMany({
      data: pairs.map((pair) => ({ ...pair, assessmentId: assessment.id })),
    });

    const [links, questions] = await Promise.all([
      tx.actionLink.findMany({
        where: { assessmentId: previous.id },
        select: {
          actionId: true,
          question: { select: { lineageKey: true } },
          action: { select: { status: true } },
        },
      }),
      tx.frameworkQuestion.findMany({
        where: { versionId: previous.frameworkVersionId },
        select: { id: true, lineageKey: true },
      }),
    ]);
    const carried = carriedForwardLinks(
      links.map((link) => ({
        actionId: link.actionId,
        questionLineageKey: link.question.lineageKey,
        status: link.action.status,
      })),
      new Map(questions.map((q) => [q.lineageKey, q.id])),
    );
    await tx.actionLink.createMany({
      data: carried.map((link) => ({ ...link, assessmentId: assessment.id })),
    });
    // The carried actions changed (a new link): an edit form opened before this is now stale.
    await tx.action.updateMany({
      where: { id: { in: [...new Set(carried.map((link) => link.actionId))] } },
      data: { version: { increment: 1 } },
    });

    await recordChange(tx, {
      action: "assessment.carried-forward",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Assessment",
      entityId: assessment.id,
      after: {
        title: input.title,
        from: previous.id,
        cycle: cycle.name,
        participants: participants.length,
        actionsCarriedForward: new Set(carried.map((link) => link.actionId)).size,
      },
    });
    return {
      assessmentId: assessment.id,
      actionsCarriedForward: new Set(carried.map((link) => link.actionId)).size,
    };
  },
});
