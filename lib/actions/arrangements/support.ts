import type { Prisma } from "@/lib/generated/prisma/client";
import { formatUkDateTime } from "@/lib/domain/london-time";

type Tx = Prisma.TransactionClient;

/** What is stored now for one answer, sent back with a conflict so the person can compare. */
export type StoredAnswer = {
  answer: string;
  version: number;
  updatedAt: string;
  updatedAtLabel: string;
  updatedByName: string | null;
};

export async function storedAnswer(
  tx: Tx,
  partnershipId: string,
  questionNumber: number,
): Promise<StoredAnswer | null> {
  const row = await tx.arrangementAnswer.findUnique({
    where: { partnershipId_questionNumber: { partnershipId, questionNumber } },
    select: { answer: true, version: true, updatedAt: true, updatedById: true },
  });
  if (!row) return null;
  const by = row.updatedById
    ? await tx.user.findUnique({ where: { id: row.updatedById }, select: { name: true } })
    : null;
  return {
    answer: row.answer,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedAtLabel: formatUkDateTime(row.updatedAt),
    updatedByName: by?.name ?? null,
  };
}

/** The pages that show an answer. */
export const arrangementPaths = (partnershipId: string, questionNumber?: number) => {
  const base = `/partnerships/${partnershipId}/arrangements`;
  return [
    base,
    ...(questionNumber ? [`${base}/${questionNumber}`, `${base}/${questionNumber}/history`] : []),
  ];
};

export const profilePaths = (partnershipId: string) => [
  `/partnerships/${partnershipId}/profile`,
  `/partnerships/${partnershipId}/profile/edit`,
];
