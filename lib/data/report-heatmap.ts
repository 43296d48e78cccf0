import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { db } from "@/lib/db";
import type { AssessmentKindValue } from "@/lib/domain/assessments";
import type { RatingValue } from "@/lib/domain/rating";
import { ragCounts, type RagCounts } from "@/lib/domain/report";

/** One organisation's answer to one question: not asked, asked but not rated yet, or its rating. */
export type HeatmapCell =
  | { organisationId: string; state: "NOT_ASKED"; rating: null }
  | { organisationId: string; state: "NOT_ANSWERED"; rating: null }
  | { organisationId: string; state: "RATED"; rating: RatingValue };

export type Heatmap = {
  assessment: {
    id: string;
    title: string;
    kind: AssessmentKindValue;
    status: "IN_PROGRESS" | "FINALISED";
    cycleName: string;
  };
  framework: { citation: string; isAdapted: boolean };
  /** By name; counts are over the questions each was asked. */
  organisations: Array<{
    id: string;
    name: string;
    isStatutoryPartner: boolean;
    counts: RagCounts;
  }>;
  steps: Array<{
    number: number;
    title: string;
    questions: Array<{
      id: string;
      code: string;
      text: string;
      /** The question's answers and their history, where each organisation's answer is shown. */
      href: string;
      /** In `organisations` order. */
      cells: HeatmapCell[];
    }>;
  }>;
};

/**
 * A self-assessment as an organisation × question heatmap: each organisation's rating of each
 * question it was asked. One query, however many organisations and questions.
 */
export async function getSelfAssessmentHeatmap(
  partnershipId: string,
  assessmentId: string,
): Promise<Heatmap> {
  authorise(await getCurrentUser(), partnershipId, "report.view");
  const row = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId, kind: { not: "INDEPENDENT_SCRUTINY" } },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      cycle: { select: { name: true } },
      frameworkVersion: {
        select: {
          citation: true,
          isAdapted: true,
          steps: {
            orderBy: { position: "asc" },
            select: {
              number: true,
              title: true,
              questions: {
                orderBy: { position: "asc" },
                select: { id: true, code: true, text: true },
              },
            },
          },
        },
      },
      participants: {
        where: { organisationId: { not: null } },
        orderBy: { organisation: { name: "asc" } },
        select: {
          id: true,
          organisation: { select: { id: true, name: true, isStatutoryPartner: true } },
          assignments: { select: { questionId: true } },
          responses: { select: { questionId: true, rating: true } },
        },
      },
    },
  });
  if (!row) notFound();

  const base = `/partnerships/${partnershipId}/assessments/${assessmentId}`;
  const organisations = row.participants.flatMap((p) => {
    if (!p.organisation) return [];
    const asked = new Set(p.assignments.map((a) => a.questionId));
    const rating = new Map(
      p.responses.filter((r) => asked.has(r.questionId)).map((r) => [r.questionId, r.rating]),
    );
    return [{ ...p.organisation, asked, rating }];
  });
  const cell = (o: (typeof organisations)[number], questionId: string): HeatmapCell => {
    if (!o.asked.has(questionId)) return { organisationId: o.id, state: "NOT_ASKED", rating: null };
    const rating = o.rating.get(questionId) ?? null;
    return rating
      ? { organisationId: o.id, state: "RATED", rating }
      : { organisationId: o.id, state: "NOT_ANSWERED", rating: null };
  };
  return {
    assessment: {
      id: row.id,
      title: row.title,
      kind: row.kind as AssessmentKindValue,
      status: row.status,
      cycleName: row.cycle.name,
    },
    framework: {
      citation: row.frameworkVersion.citation,
      isAdapted: row.frameworkVersion.isAdapted,
    },
    organisations: organisations.map((o) => ({
      id: o.id,
      name: o.name,
      isStatutoryPartner: o.isStatutoryPartner,
      counts: ragCounts([...o.asked].map((id) => o.rating.get(id) ?? null)),
    })),
    steps: row.frameworkVersion.steps.map((step) => ({
      number: step.number,
      title: step.title,
      questions: step.questions.map((q) => ({
        ...q,
        href: `${base}/questions/${q.id}/history`,
        cells: organisations.map((o) => cell(o, q.id)),
      })),
    })),
  };
}
