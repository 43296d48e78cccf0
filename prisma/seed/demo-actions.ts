import type { Prisma } from "../../lib/generated/prisma/client";
import type { ActionPriority } from "../../lib/generated/prisma/enums";
import { at, day, type DemoContext, MANAGER_EMAIL } from "./demo-context";

export type CompletedAction = {
  description: string;
  owner: { organisation: string; userEmail?: string; name?: string; email?: string };
  priority: ActionPriority;
  dueOn: string;
  /** The assessment's questions it is linked to (the first is the answer it was raised from). */
  questions: string[];
  /** Progress notes, oldest first: the last one completes it. */
  updates: Array<{ note: string; on: string }>;
  source?: { challengeId: string } | { developmentAreaId: string };
};

/**
 * Actions that are already complete, with their progress notes and evidence of completion: the
 * demo's history, which leaves the open action counts on the home page and tracker as they were.
 */
export async function createCompletedActions(
  tx: Prisma.TransactionClient,
  ctx: DemoContext,
  plan: {
    cycle: string;
    assessmentId: string;
    createdByEmail: string;
    leadResponses?: Map<string, string>;
    completionEvidenceId: string;
  },
  actions: CompletedAction[],
): Promise<void> {
  const manager = ctx.user(MANAGER_EMAIL);
  for (const item of actions) {
    const owner = item.owner.userEmail ? ctx.user(item.owner.userEmail) : null;
    const source = item.source;
    const completed = item.updates.at(-1)!.on;
    await tx.action.create({
      data: {
        partnershipId: ctx.partnershipId,
        cycleId: ctx.cycle(plan.cycle),
        description: item.description,
        ownerOrganisationId: ctx.organisation(item.owner.organisation),
        ownerUserId: owner?.id ?? null,
        ownerName: owner ? null : (item.owner.name ?? null),
        ownerEmail: owner ? null : (item.owner.email ?? null),
        dueOn: day(item.dueOn),
        status: "COMPLETE",
        priority: item.priority,
        completedAt: at(completed),
        sourceType: !source
          ? "RESPONSE"
          : "challengeId" in source
            ? "CHALLENGE"
            : "MANAGEMENT_RESPONSE",
        sourceResponseId: source ? null : (plan.leadResponses?.get(item.questions[0]!) ?? null),
        sourceChallengeId: source && "challengeId" in source ? source.challengeId : null,
        sourceDevelopmentAreaId:
          source && "developmentAreaId" in source ? source.developmentAreaId : null,
        createdById: ctx.user(plan.createdByEmail).id,
        createdAt: at(item.updates[0]!.on),
        links: {
          create: item.questions.map((code) => ({
            assessmentId: plan.assessmentId,
            questionId: ctx.question(code),
          })),
        },
        updates: {
          create: item.updates.map((update, index) => ({
            note: update.note,
            statusAfter: index === item.updates.length - 1 ? "COMPLETE" : "ON_TRACK",
            authorId: owner?.id ?? manager.id,
            createdAt: at(update.on),
          })),
        },
        evidence: { create: [{ evidenceId: plan.completionEvidenceId }] },
      },
    });
  }
}
