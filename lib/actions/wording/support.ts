import "server-only";
// Shared by the wording actions. Deliberately not "use server".
import { ConflictError, DomainError } from "@/lib/authz/errors";
import { visibleFrameworks } from "@/lib/data/frameworks";
import { WORDING_MESSAGES } from "@/lib/domain/question-wording";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export const wordingPath = (partnershipId: string) =>
  `/partnerships/${partnershipId}/frameworks/wording`;

export const wordingKey = (partnershipId: string, lineageKey: string) => ({
  partnershipId_lineageKey_audience: {
    partnershipId,
    lineageKey,
    audience: "WIDER_PARTNER" as const,
  },
});

/** The question's text in the newest version of a framework the partnership can use. */
export async function originalQuestion(tx: Tx, partnershipId: string, lineageKey: string) {
  const question = await tx.frameworkQuestion.findFirst({
    where: { lineageKey, version: { framework: visibleFrameworks(partnershipId) } },
    orderBy: { version: { createdAt: "desc" } },
    select: { code: true, text: true },
  });
  if (!question)
    throw new DomainError(WORDING_MESSAGES.question, { lineageKey: [WORDING_MESSAGES.question] });
  return question;
}

export type StoredWording = { text: string; version: number } | null;

/** Someone else saved or removed it first: what is stored now goes back to compare. */
export async function wordingConflict(tx: Tx, partnershipId: string, lineageKey: string) {
  const current: StoredWording = await tx.questionWording.findUnique({
    where: wordingKey(partnershipId, lineageKey),
    select: { text: true, version: true },
  });
  return new ConflictError(WORDING_MESSAGES.conflict, current);
}
