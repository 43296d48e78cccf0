import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The queries behind the yearly report's facts (lib/data/yearly-report-facts.ts). Each reads a
 * whole list in one statement (nested selects, never a query per row), so the facts cost the same
 * number of queries however many questions, actions, reviews or evidence items there are.
 */

export const SECTION_SELECT = {
  id: true,
  status: true,
  whatWasDone: true,
  impactEvidence: true,
  littleProgress: true,
  caseReviewActions: true,
  childrenFamiliesFeedback: true,
  scrutinyArrangements: true,
  assuranceStatement: true,
  version: true,
  sharedWithScrutineerAt: true,
  publishedOn: true,
  publishedUrl: true,
  presentedAt: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.YearlyReportSectionSelect;

export type SectionRecord = Prisma.YearlyReportSectionGetPayload<{ select: typeof SECTION_SELECT }>;

/** The cycle, its partnership, its section row and its latest finalised independent scrutiny. */
export function loadCycle(partnershipId: string, cycleId: string) {
  return db().cycle.findFirst({
    where: { id: cycleId, partnershipId },
    select: {
      id: true,
      name: true,
      startsOn: true,
      endsOn: true,
      partnership: { select: { id: true, name: true } },
      yearlyReportSections: { where: { partnershipId }, select: SECTION_SELECT },
      assessments: {
        where: { partnershipId, kind: "INDEPENDENT_SCRUTINY", status: "FINALISED" },
        orderBy: [{ finalisedAt: "desc" }, { createdAt: "desc" }],
        take: 1,
        select: {
          id: true,
          title: true,
          finalisedAt: true,
          frameworkVersion: {
            select: {
              citation: true,
              isAdapted: true,
              steps: {
                orderBy: { position: "asc" },
                select: {
                  id: true,
                  number: true,
                  title: true,
                  lineageKey: true,
                  questions: {
                    orderBy: { position: "asc" },
                    select: { id: true, code: true, text: true, lineageKey: true },
                  },
                },
              },
            },
          },
          agreedRatings: { select: { questionId: true, rating: true } },
          stepNarratives: { select: { stepId: true, text: true } },
        },
      },
    },
  });
}

export type CycleRecord = NonNullable<Awaited<ReturnType<typeof loadCycle>>>;

/** The agreed ratings of the latest finalised independent scrutiny of an earlier cycle. */
export function loadPreviousScrutiny(partnershipId: string, startsOn: Date) {
  return db().assessment.findFirst({
    where: {
      partnershipId,
      kind: "INDEPENDENT_SCRUTINY",
      status: "FINALISED",
      cycle: { partnershipId, startsOn: { lt: startsOn } },
    },
    orderBy: [{ cycle: { startsOn: "desc" } }, { finalisedAt: "desc" }],
    select: {
      cycle: { select: { id: true, name: true } },
      agreedRatings: { select: { rating: true, question: { select: { lineageKey: true } } } },
    },
  });
}

const ACTION_SELECT = {
  id: true,
  description: true,
  dueOn: true,
  status: true,
  ownerOrganisationId: true,
  ownerUserId: true,
  createdById: true,
  ownerName: true,
  ownerOrganisation: { select: { name: true } },
  ownerUser: { select: { name: true, email: true } },
} as const satisfies Prisma.ActionSelect;

export type ActionRecord = Prisma.ActionGetPayload<{ select: typeof ACTION_SELECT }>;

/** The partnership's open actions, soonest due first. */
export function loadOpenActions(partnershipId: string) {
  return db().action.findMany({
    where: { partnershipId, status: { not: "COMPLETE" } },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    select: ACTION_SELECT,
  });
}

/** The case-review register: each review's recommendations with the actions raised from them. */
export function loadCaseReviews(partnershipId: string) {
  return db().caseReview.findMany({
    where: { partnershipId },
    orderBy: [{ referredOn: { sort: "asc", nulls: "last" } }, { identifier: "asc" }],
    select: {
      identifier: true,
      recommendations: {
        orderBy: { number: "asc" },
        select: {
          number: true,
          text: true,
          partnershipResponse: true,
          actions: {
            where: { partnershipId },
            orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
            select: ACTION_SELECT,
          },
        },
      },
    },
  });
}

/**
 * Evidence cited in any assessment of the cycle that is either outcome evidence or cited on a
 * question of the training step; removed items are left out.
 */
export function loadImpactEvidence(partnershipId: string, cycleId: string) {
  return db().responseEvidence.findMany({
    where: {
      response: { assessment: { partnershipId, cycleId } },
      evidence: { partnershipId, removedAt: null },
    },
    select: {
      evidence: { select: { id: true, title: true, nature: true, evidenceDate: true } },
      response: {
        select: { question: { select: { step: { select: { number: true, lineageKey: true } } } } },
      },
    },
  });
}

/** The partnership's answers to seed 001 Section 6. */
export function loadArrangementAnswers(partnershipId: string) {
  return db().arrangementAnswer.findMany({
    where: { partnershipId },
    select: { questionNumber: true, answer: true },
  });
}
