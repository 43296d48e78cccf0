/**
 * Isolation-matrix entries for the case-review register: adding and changing reviews and their
 * recommendations (business managers only). Spread into MATRIX in ./isolation-cases.ts. Only types
 * and plain helper functions are imported from there, so the two files' load order does not matter.
 */
import { randomUUID } from "node:crypto";
import { createCaseReview } from "@/lib/actions/case-reviews/create-case-review";
import { createRecommendation } from "@/lib/actions/case-reviews/create-recommendation";
import { updateCaseReview } from "@/lib/actions/case-reviews/update-case-review";
import { recommendationVersion } from "@/lib/actions/case-reviews/support";
import { updateRecommendation } from "@/lib/actions/case-reviews/update-recommendation";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { partnershipCase, viaAction, type MatrixCase } from "./isolation-cases";
import type { World } from "./support/world";

const MANAGERS = ["BUSINESS_MANAGER"] as const;

/** A fresh review of partnership A, made directly in the database. */
async function freshReview(world: World, prisma: PrismaClient) {
  const review = await prisma.caseReview.create({
    data: {
      partnershipId: world.partnership.id,
      type: "RAPID_REVIEW",
      identifier: `Child ${randomUUID().slice(0, 8)}`,
    },
  });
  return {
    partnershipId: world.partnership.id,
    caseReviewId: review.id,
    identifier: review.identifier,
    // What the edit form posts back, so an allowed call is not refused as out of date.
    updatedAt: review.updatedAt.toISOString(),
  };
}

const reviewFields = (partnershipId: string, identifier: string) => ({
  partnershipId,
  type: "LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW",
  identifier,
  status: "IN_PROGRESS",
  referredOn: "2026-02-01",
  decidedOn: "",
  completedOn: "",
  publishedOn: "",
  publicationUrl: "",
  summary: "",
});

export const CASE_REVIEW_CASES: Record<string, MatrixCase> = {
  "lib/actions/case-reviews/create-case-review.ts#createCaseReview": partnershipCase({
    allowed: MANAGERS,
    prepare: async (world) => ({
      partnershipId: world.partnership.id,
      identifier: `LCSPR ${randomUUID().slice(0, 8)}`,
    }),
    invoke: (p) => viaAction(createCaseReview, reviewFields(p.partnershipId, p.identifier)),
    unchanged: async (p, prisma) => {
      if ((await prisma.caseReview.count({ where: { identifier: p.identifier } })) !== 0)
        throw new Error("a refused call added a case review");
    },
  }),
  "lib/actions/case-reviews/update-case-review.ts#updateCaseReview": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshReview(world, prisma),
    invoke: (p) =>
      viaAction(updateCaseReview, {
        ...reviewFields(p.partnershipId, `${p.identifier} renamed`),
        caseReviewId: p.caseReviewId,
        updatedAt: p.updatedAt,
      }),
    unchanged: async (p, prisma) => {
      const row = await prisma.caseReview.findUniqueOrThrow({ where: { id: p.caseReviewId } });
      if (row.identifier !== p.identifier || row.status !== "OPEN")
        throw new Error("a refused call changed the case review");
    },
  }),
  "lib/actions/case-reviews/create-recommendation.ts#createRecommendation": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshReview(world, prisma),
    invoke: (p) =>
      viaAction(createRecommendation, {
        partnershipId: p.partnershipId,
        caseReviewId: p.caseReviewId,
        number: "",
        text: "Agencies should share information at the point of referral.",
        partnershipResponse: "",
        timescale: "",
      }),
    unchanged: async (p, prisma) => {
      const count = await prisma.caseReviewRecommendation.count({
        where: { caseReviewId: p.caseReviewId },
      });
      if (count !== 0) throw new Error("a refused call added a recommendation");
    },
  }),
  "lib/actions/case-reviews/update-recommendation.ts#updateRecommendation": partnershipCase({
    allowed: MANAGERS,
    prepare: async (world, prisma) => {
      const review = await freshReview(world, prisma);
      const recommendation = await prisma.caseReviewRecommendation.create({
        data: { caseReviewId: review.caseReviewId, number: 1, text: "Original text" },
      });
      return {
        ...review,
        recommendationId: recommendation.id,
        version: recommendationVersion(recommendation),
      };
    },
    invoke: (p) =>
      viaAction(updateRecommendation, {
        partnershipId: p.partnershipId,
        caseReviewId: p.caseReviewId,
        recommendationId: p.recommendationId,
        version: p.version,
        number: "1",
        text: "Changed text",
        partnershipResponse: "Accepted",
        timescale: "By March 2027",
      }),
    unchanged: async (p, prisma) => {
      const row = await prisma.caseReviewRecommendation.findUniqueOrThrow({
        where: { id: p.recommendationId },
      });
      if (row.text !== "Original text" || row.partnershipResponse !== null)
        throw new Error("a refused call changed the recommendation");
    },
  }),
};
