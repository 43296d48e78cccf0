import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise, type PartnershipAccess } from "@/lib/authz/guard";
import { can, type Role } from "@/lib/authz/permissions";
import { recommendationVersion } from "@/lib/actions/case-reviews/support";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  canSeeAction,
  dateOnly,
  displayStatus,
  isOverdue,
  type ActionActor,
  type ActionDisplayStatus,
  type ActionStatusValue,
} from "@/lib/domain/actions";
import {
  nextRecommendationNumber,
  type CaseReviewStatusValue,
  type CaseReviewTypeValue,
} from "@/lib/domain/case-reviews";

/** Dates are calendar dates, "YYYY-MM-DD", or null when not known. */
export type CaseReviewDto = {
  id: string;
  type: CaseReviewTypeValue;
  identifier: string;
  status: CaseReviewStatusValue;
  referredOn: string | null;
  decidedOn: string | null;
  completedOn: string | null;
  publishedOn: string | null;
  publicationUrl: string | null;
  summary: string | null;
};

/** The edit form's review: with when it was last changed, posted back to detect a lost update. */
export type CaseReviewEditDto = CaseReviewDto & { updatedAt: string };

export type CaseReviewRow = CaseReviewDto & {
  recommendationCount: number;
  /** Actions the viewer may see (agency users: their own organisation's). */
  openActions: number;
  overdueActions: number;
};

export type RecommendationAction = {
  id: string;
  description: string;
  ownerOrganisation: string;
  dueOn: string;
  status: ActionDisplayStatus;
};

export type RecommendationDto = {
  id: string;
  number: number;
  text: string;
  partnershipResponse: string | null;
  timescale: string | null;
  actions: RecommendationAction[];
};

/** The roles canSeeAction limits to their own organisation's actions. */
const AGENCY_ROLES: readonly Role[] = ["AGENCY_RESPONDENT", "AGENCY_CONTRIBUTOR"];

const REVIEW = {
  id: true,
  type: true,
  identifier: true,
  status: true,
  referredOn: true,
  decidedOn: true,
  completedOn: true,
  publishedOn: true,
  publicationUrl: true,
  summary: true,
} as const satisfies Prisma.CaseReviewSelect;

type ReviewRecord = Prisma.CaseReviewGetPayload<{ select: typeof REVIEW }>;

const stamp = (date: Date | null) => (date ? dateOnly(date) : null);

function toDto(record: ReviewRecord): CaseReviewDto {
  return {
    ...record,
    referredOn: stamp(record.referredOn),
    decidedOn: stamp(record.decidedOn),
    completedOn: stamp(record.completedOn),
    publishedOn: stamp(record.publishedOn),
  };
}

function actorOf({ user, membership }: PartnershipAccess): ActionActor {
  return { userId: user.id, role: membership.role, organisationId: membership.organisationId };
}

/** Only the partnership's own actions, with what canSeeAction needs. */
const actionsOf = (partnershipId: string) =>
  ({
    where: { partnershipId },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      description: true,
      dueOn: true,
      status: true,
      ownerOrganisationId: true,
      ownerUserId: true,
      createdById: true,
      ownerOrganisation: { select: { name: true } },
    },
  }) as const satisfies Prisma.CaseReviewRecommendation$actionsArgs;

/**
 * The register: every review of the partnership, with its number of recommendations and of open
 * and overdue actions (of those the viewer may see). One query, whatever the number of reviews.
 */
export async function listCaseReviews(partnershipId: string, now: Date = new Date()) {
  const access = authorise(await getCurrentUser(), partnershipId, "caseReview.view");
  const actor = actorOf(access);
  const records = await db().caseReview.findMany({
    where: { partnershipId },
    orderBy: [{ referredOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: {
      ...REVIEW,
      recommendations: {
        select: {
          actions: {
            where: { partnershipId, status: { not: "COMPLETE" } },
            select: {
              dueOn: true,
              status: true,
              ownerOrganisationId: true,
              ownerUserId: true,
              createdById: true,
            },
          },
        },
      },
    },
  });
  const reviews: CaseReviewRow[] = records.map(({ recommendations, ...record }) => {
    const open = recommendations
      .flatMap((r) => r.actions)
      .filter((action) => canSeeAction(actor, action))
      .map((action) => ({ dueOn: dateOnly(action.dueOn), status: action.status }));
    return {
      ...toDto(record),
      recommendationCount: recommendations.length,
      openActions: open.length,
      overdueActions: open.filter((action) => isOverdue(action, now)).length,
    };
  });
  return {
    reviews,
    canManage: can(access.membership.role, "caseReview.manage"),
    ownOrganisationOnly: AGENCY_ROLES.includes(access.membership.role),
  };
}

/**
 * One review with its recommendations in number order, each with the actions implementing it that
 * the viewer may see. Null when the review is not the partnership's (the page shows a 404).
 */
export async function getCaseReview(
  partnershipId: string,
  caseReviewId: string,
  now: Date = new Date(),
) {
  const access = authorise(await getCurrentUser(), partnershipId, "caseReview.view");
  const actor = actorOf(access);
  const record = await db().caseReview.findFirst({
    where: { id: caseReviewId, partnershipId },
    select: {
      ...REVIEW,
      recommendations: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          text: true,
          partnershipResponse: true,
          timescale: true,
          actions: actionsOf(partnershipId),
        },
      },
    },
  });
  if (!record) return null;
  const { recommendations, ...review } = record;
  return {
    review: toDto(review),
    recommendations: recommendations.map(({ actions, ...recommendation }): RecommendationDto => ({
      ...recommendation,
      actions: actions
        .filter((action) => canSeeAction(actor, action))
        .map((action) => {
          const timed = {
            dueOn: dateOnly(action.dueOn),
            status: action.status as ActionStatusValue,
          };
          return {
            id: action.id,
            description: action.description,
            ownerOrganisation: action.ownerOrganisation.name,
            dueOn: timed.dueOn,
            status: displayStatus(timed, now),
          };
        }),
    })),
    canManage: can(access.membership.role, "caseReview.manage"),
    canCreateAction: can(access.membership.role, "action.create"),
    ownOrganisationOnly: AGENCY_ROLES.includes(access.membership.role),
  };
}

/** A review as its edit form needs it, for business managers; null when not the partnership's. */
export async function getCaseReviewForEdit(
  partnershipId: string,
  caseReviewId: string,
): Promise<CaseReviewEditDto | null> {
  authorise(await getCurrentUser(), partnershipId, "caseReview.manage");
  const record = await db().caseReview.findFirst({
    where: { id: caseReviewId, partnershipId },
    select: { ...REVIEW, updatedAt: true },
  });
  if (!record) return null;
  const { updatedAt, ...review } = record;
  return { ...toDto(review), updatedAt: updatedAt.toISOString() };
}

/**
 * For the add and edit recommendation forms: the review's identifier, the number a new
 * recommendation would get, and (when editing) the recommendation with a fingerprint of its
 * content (`version`, posted back to detect a lost update). Null when not found.
 */
export async function getRecommendationForm(
  partnershipId: string,
  caseReviewId: string,
  recommendationId?: string,
) {
  authorise(await getCurrentUser(), partnershipId, "caseReview.manage");
  const review = await db().caseReview.findFirst({
    where: { id: caseReviewId, partnershipId },
    select: {
      id: true,
      identifier: true,
      recommendations: {
        select: { id: true, number: true, text: true, partnershipResponse: true, timescale: true },
      },
    },
  });
  if (!review) return null;
  const recommendation = recommendationId
    ? review.recommendations.find((r) => r.id === recommendationId)
    : undefined;
  if (recommendationId && !recommendation) return null;
  return {
    review: { id: review.id, identifier: review.identifier },
    nextNumber: nextRecommendationNumber(review.recommendations.map((r) => r.number)),
    recommendation: recommendation
      ? { ...recommendation, version: recommendationVersion(recommendation) }
      : null,
  };
}
