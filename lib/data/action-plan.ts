import "server-only";
import { countsTowardsPlan } from "@/lib/domain/actions";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * How many actions make up each response's action plan (lib/domain/actions.ts `countsTowardsPlan`):
 * one query over the assessment's action links, whatever the number of questions.
 */
export async function actionPlanCounts(
  client: Client,
  assessmentId: string,
  participantOrganisationId: string | null,
  responses: ReadonlyArray<{ id: string; questionId: string }>,
): Promise<Map<string, number>> {
  const counts = new Map(responses.map((r) => [r.id, 0]));
  if (responses.length === 0) return counts;
  const links = await client.actionLink.findMany({
    where: { assessmentId, questionId: { in: responses.map((r) => r.questionId) } },
    select: {
      questionId: true,
      action: { select: { ownerOrganisationId: true } },
    },
  });
  const byQuestion = new Map<string, typeof links>();
  for (const link of links) {
    const list = byQuestion.get(link.questionId) ?? [];
    list.push(link);
    byQuestion.set(link.questionId, list);
  }
  for (const response of responses) {
    const plan = (byQuestion.get(response.questionId) ?? []).filter((link) =>
      countsTowardsPlan({ organisationId: participantOrganisationId }, link.action),
    );
    counts.set(response.id, plan.length);
  }
  return counts;
}
