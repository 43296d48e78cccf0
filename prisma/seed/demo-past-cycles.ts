import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { createCompletedActions } from "./demo-actions";
import { at, type DemoContext, LEAD_EMAIL, MANAGER_EMAIL, POLICE_EMAIL } from "./demo-context";
import { STORY_2023_24 } from "./demo-cycle-2023-24";
import { STORY_2024_25 } from "./demo-cycle-2024-25";
import type { PastChallenge } from "./demo-past-cycles-types";
import { createFinalisedScrutiny, scrutinyTitle } from "./demo-scrutiny";

/**
 * The two cycles before last, 2023–24 and 2024–25: each a signed-off independent scrutiny with its
 * report, a closed challenge and completed actions, each started from the one before. One
 * transaction per cycle; a cycle already there is left alone. Returns 2024–25's scrutiny id, the
 * baseline of last cycle's.
 */
export async function seedDemoPastCycles(
  prisma: PrismaClient,
  ctx: DemoContext,
): Promise<{ previousScrutinyId: string | null }> {
  let previous: string | null = null;
  for (const story of [STORY_2023_24, STORY_2024_25]) {
    const title = scrutinyTitle(story.cycle);
    const existing = await prisma.assessment.findFirst({
      where: { partnershipId: ctx.partnershipId, title },
      select: { id: true },
    });
    if (existing) {
      previous = existing.id;
      continue;
    }
    const baselineAssessmentId: string | null = previous;
    previous = await prisma.$transaction(
      async (tx) => {
        const scrutiny = await createFinalisedScrutiny(tx, ctx, { ...story, baselineAssessmentId });
        const plan = {
          cycle: story.cycle,
          assessmentId: scrutiny.assessmentId,
          createdByEmail: LEAD_EMAIL,
          leadResponses: scrutiny.leadResponses,
          completionEvidenceId: scrutiny.evidence.find((e) => e.nature === "OUTCOME")!.id,
        };
        await createCompletedActions(tx, ctx, plan, story.actions);
        const challengeId = await createClosedChallenge(
          tx,
          ctx,
          scrutiny.assessmentId,
          story.challenge,
        );
        if (story.challenge.action)
          await createCompletedActions(tx, ctx, plan, [
            { ...story.challenge.action, source: { challengeId } },
          ]);
        return scrutiny.assessmentId;
      },
      { timeout: 30_000 },
    );
  }
  return { previousScrutinyId: previous };
}

async function createClosedChallenge(
  tx: Prisma.TransactionClient,
  ctx: DemoContext,
  assessmentId: string,
  challenge: PastChallenge,
): Promise<string> {
  const responder = challenge.organisation === "Northshire Police" ? POLICE_EMAIL : MANAGER_EMAIL;
  const row = await tx.challenge.create({
    data: {
      assessmentId,
      questionId: ctx.question(challenge.question),
      responsibleOrganisationId: ctx.organisation(challenge.organisation),
      raisedById: ctx.user(LEAD_EMAIL).id,
      text: challenge.text,
      createdAt: at(challenge.raisedOn),
      partnerResponse: challenge.response,
      respondedById: ctx.user(responder).id,
      respondedAt: at(challenge.respondedOn),
      outcome: challenge.outcome,
      outcomeNote: challenge.outcomeNote,
      outcomeById: ctx.user(LEAD_EMAIL).id,
      outcomeAt: at(challenge.outcomeOn),
      // Raised, responded to, outcome recorded: the version a person would see after those saves.
      version: 3,
    },
    select: { id: true },
  });
  return row.id;
}
