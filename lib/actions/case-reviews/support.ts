import { DomainError } from "@/lib/authz/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  CASE_REVIEW_MESSAGES,
  RECOMMENDATION_MESSAGES,
  type CaseReviewInput,
  type RecommendationInput,
} from "@/lib/domain/case-reviews";

type Tx = Prisma.TransactionClient;

const asDate = (stamp: string | null) => (stamp ? new Date(`${stamp}T00:00:00Z`) : null);

/** The stored columns of a review, from the parsed form. */
export function caseReviewData(input: CaseReviewInput) {
  return {
    type: input.type,
    identifier: input.identifier,
    status: input.status,
    referredOn: asDate(input.referredOn),
    decidedOn: asDate(input.decidedOn),
    completedOn: asDate(input.completedOn),
    publishedOn: asDate(input.publishedOn),
    publicationUrl: input.publicationUrl,
    summary: input.summary,
  };
}

/** What the audit log keeps of a review (dates as calendar dates). */
export function caseReviewAudit(review: ReturnType<typeof caseReviewData>) {
  const stamp = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
  return {
    type: review.type,
    identifier: review.identifier,
    status: review.status,
    referredOn: stamp(review.referredOn),
    decidedOn: stamp(review.decidedOn),
    completedOn: stamp(review.completedOn),
    publishedOn: stamp(review.publishedOn),
    publicationUrl: review.publicationUrl,
    summary: review.summary,
  };
}

function identifierTaken(identifier: string): DomainError {
  return new DomainError(CASE_REVIEW_MESSAGES.identifierTaken(identifier), {
    identifier: [CASE_REVIEW_MESSAGES.identifierTaken(identifier)],
  });
}

/** Identifiers are unique per partnership, ignoring case ("Child L" and "child l" are one review). */
export async function assertIdentifierFree(
  tx: Tx,
  partnershipId: string,
  identifier: string,
  exceptId?: string,
): Promise<void> {
  const clash = await tx.caseReview.findFirst({
    where: {
      partnershipId,
      identifier: { equals: identifier, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { identifier: true },
  });
  if (clash) throw identifierTaken(clash.identifier);
}

export function recommendationData(input: RecommendationInput, number: number) {
  return {
    number,
    text: input.text,
    partnershipResponse: input.partnershipResponse,
    timescale: input.timescale,
  };
}

export function numberTaken(number: number): DomainError {
  return new DomainError(RECOMMENDATION_MESSAGES.numberTaken(number), {
    number: [RECOMMENDATION_MESSAGES.numberTaken(number)],
  });
}

export async function assertNumberFree(
  tx: Tx,
  caseReviewId: string,
  number: number,
  exceptId?: string,
): Promise<void> {
  const clash = await tx.caseReviewRecommendation.findFirst({
    where: { caseReviewId, number, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw numberTaken(number);
}

/** A unique-key clash that slipped past the check (two people saving at once). */
export function isUniqueClash(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

export { identifierTaken };

export const caseReviewPaths = (partnershipId: string, caseReviewId?: string) => [
  `/partnerships/${partnershipId}/case-reviews`,
  ...(caseReviewId ? [`/partnerships/${partnershipId}/case-reviews/${caseReviewId}`] : []),
];
