import { createHash } from "node:crypto";
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

type UniqueViolation = {
  code?: string;
  meta?: {
    target?: unknown;
    driverAdapterError?: {
      cause?: { originalMessage?: unknown; constraint?: { fields?: unknown; index?: unknown } };
    };
  };
};

/**
 * A unique-key clash that slipped past the check (two people saving at once) on one of the named
 * unique indexes, or on an index over `field`. Postgres names the index in its message; the
 * driver also passes on the index's columns ("lower(identifier" for an index on an expression).
 */
function isUniqueClashOn(error: unknown, indexes: readonly string[], field: string): boolean {
  const { code, meta } = (error ?? {}) as UniqueViolation;
  if (code !== "P2002") return false;
  const cause = meta?.driverAdapterError?.cause;
  const names = [cause?.originalMessage, cause?.constraint?.index, meta?.target].flat();
  if (names.some((name) => typeof name === "string" && indexes.some((i) => name.includes(i))))
    return true;
  const fields = [cause?.constraint?.fields, meta?.target].flat();
  return fields.some(
    (column) =>
      typeof column === "string" && new RegExp(`(^|[^a-z])${field}([^a-z]|$)`, "i").test(column),
  );
}

/** The identifier is unique per partnership twice over: as typed, and whatever its case. */
export const IDENTIFIER_INDEXES = [
  "CaseReview_partnershipId_identifier_key",
  "CaseReview_partnershipId_lower_identifier_key",
] as const;

export const isIdentifierClash = (error: unknown) =>
  isUniqueClashOn(error, IDENTIFIER_INDEXES, "identifier");

export const isNumberClash = (error: unknown) =>
  isUniqueClashOn(error, ["CaseReviewRecommendation_caseReviewId_number_key"], "number");

/**
 * A fingerprint of a recommendation's stored content. The edit form posts back the one it was
 * loaded with; a different one now means someone else changed the recommendation meanwhile (the
 * table has no updatedAt column to compare).
 */
export function recommendationVersion(recommendation: {
  number: number;
  text: string;
  partnershipResponse: string | null;
  timescale: string | null;
}): string {
  const { number, text, partnershipResponse, timescale } = recommendation;
  return createHash("sha256")
    .update(JSON.stringify([number, text, partnershipResponse, timescale]))
    .digest("hex");
}

export { identifierTaken };

export const caseReviewPaths = (partnershipId: string, caseReviewId?: string) => [
  `/partnerships/${partnershipId}/case-reviews`,
  ...(caseReviewId ? [`/partnerships/${partnershipId}/case-reviews/${caseReviewId}`] : []),
];
