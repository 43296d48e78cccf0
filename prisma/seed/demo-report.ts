import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createCompletedActions } from "./demo-actions";
import { at, type DemoContext, LEAD_EMAIL, MANAGER_EMAIL, POLICE_EMAIL } from "./demo-context";
import { LAST_CYCLE_TITLE } from "./demo-history";
import {
  ACCURACY_CHECK_2025_26,
  CHALLENGES_2025_26,
  MANAGEMENT_RESPONSE_2025_26,
  STEP_NARRATIVES_2025_26,
} from "./demo-report-data";

/**
 * Last cycle's scrutiny report, complete: a narrative for every step, the partners' management
 * response to the first area for development with an action raised from it, a factual-accuracy
 * check opened and closed with one police comment that changed the report, and three challenges
 * (awaiting response, awaiting outcome, accepted with an action). None of these rows is locked
 * by sign-off. Idempotent: skipped once the step narratives are there.
 */
export async function seedDemoReport(prisma: PrismaClient, ctx: DemoContext): Promise<void> {
  const scrutiny = await prisma.assessment.findFirst({
    where: { partnershipId: ctx.partnershipId, title: LAST_CYCLE_TITLE },
    select: {
      id: true,
      _count: { select: { stepNarratives: true } },
      developmentAreas: { where: { position: 1 }, select: { id: true } },
    },
  });
  if (!scrutiny || scrutiny._count.stepNarratives > 0) return;
  const area = scrutiny.developmentAreas[0];
  if (!area) return;
  const lead = ctx.user(LEAD_EMAIL);
  const manager = ctx.user(MANAGER_EMAIL);
  const police = ctx.user(POLICE_EMAIL);
  const { awaitingResponse, awaitingOutcome, accepted } = CHALLENGES_2025_26;
  const check = ACCURACY_CHECK_2025_26;

  await prisma.$transaction(
    async (tx) => {
      const evidence = await tx.evidenceItem.findFirstOrThrow({
        where: { partnershipId: ctx.partnershipId, title: "Yearly report 2024–25" },
        select: { id: true },
      });
      await tx.stepNarrative.createMany({
        data: STEP_NARRATIVES_2025_26.map((text, index) => ({
          assessmentId: scrutiny.id,
          stepId: ctx.step(ctx.stepNumbers[index]!),
          text,
          // Step 5 was corrected after the factual-accuracy check.
          version: index === 4 ? 2 : 1,
          updatedById: lead.id,
        })),
      });
      await tx.developmentArea.update({
        where: { id: area.id },
        data: {
          managementResponse: MANAGEMENT_RESPONSE_2025_26.text,
          respondedById: manager.id,
          respondedAt: at(MANAGEMENT_RESPONSE_2025_26.respondedOn),
          version: { increment: 1 },
        },
      });
      await tx.assessment.update({
        where: { id: scrutiny.id },
        data: {
          accuracyCheckOpenedAt: at(check.openedOn),
          accuracyCheckClosedAt: at(check.closedOn),
        },
      });
      await tx.accuracyComment.create({
        data: {
          assessmentId: scrutiny.id,
          section: check.comment.section,
          organisationId: ctx.organisation(check.comment.organisation),
          authorId: police.id,
          text: check.comment.text,
          createdAt: at(check.comment.on),
          decision: "CHANGED",
          decisionNote: check.comment.decisionNote,
          decidedById: lead.id,
          decidedAt: at(check.comment.decidedOn),
        },
      });

      const common = { assessmentId: scrutiny.id, raisedById: lead.id };
      await tx.challenge.create({
        data: {
          ...common,
          questionId: ctx.question(awaitingResponse.question),
          responsibleOrganisationId: ctx.organisation(awaitingResponse.organisation),
          text: awaitingResponse.text,
          createdAt: at(awaitingResponse.raisedOn),
        },
      });
      await tx.challenge.create({
        data: {
          ...common,
          stepId: ctx.step(awaitingOutcome.step),
          responsibleOrganisationId: ctx.organisation(awaitingOutcome.organisation),
          text: awaitingOutcome.text,
          createdAt: at(awaitingOutcome.raisedOn),
          partnerResponse: awaitingOutcome.response,
          respondedById: police.id,
          respondedAt: at(awaitingOutcome.respondedOn),
          version: 2,
        },
      });
      const closed = await tx.challenge.create({
        data: {
          ...common,
          questionId: ctx.question(accepted.question),
          responsibleOrganisationId: ctx.organisation(accepted.organisation),
          text: accepted.text,
          createdAt: at(accepted.raisedOn),
          partnerResponse: accepted.response,
          respondedById: manager.id,
          respondedAt: at(accepted.respondedOn),
          outcome: "ACCEPTED",
          outcomeNote: accepted.outcomeNote,
          outcomeById: lead.id,
          outcomeAt: at(accepted.outcomeOn),
          version: 3,
        },
        select: { id: true },
      });

      const plan = {
        cycle: "2025–26",
        assessmentId: scrutiny.id,
        createdByEmail: MANAGER_EMAIL,
        completionEvidenceId: evidence.id,
      };
      await createCompletedActions(tx, ctx, { ...plan, createdByEmail: LEAD_EMAIL }, [
        { ...accepted.action, source: { challengeId: closed.id } },
      ]);
      await createCompletedActions(tx, ctx, plan, [
        { ...MANAGEMENT_RESPONSE_2025_26.action, source: { developmentAreaId: area.id } },
      ]);
    },
    { timeout: 30_000 },
  );
}
