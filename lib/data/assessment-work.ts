import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import type { Role } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import { originalWordingLabel } from "@/lib/domain/question-wording";
import { stepStatus, type ResponseFacts } from "@/lib/domain/responses";
import { actionPlanCounts } from "./action-plan";
import { getBaseline } from "./baseline";
import { widerPartnerWordings } from "./question-wording";
import { findActingParticipant } from "./participation";

const responseSelect = {
  id: true,
  questionId: true,
  version: true,
  rating: true,
  narrative: true,
  remainingWork: true,
  notInScopeReason: true,
  updatedAt: true,
  evidence: { select: { evidenceId: true, evidence: { select: { nature: true } } } },
} as const;

/** Who the person answers for here; asking to act for someone they may not act for is a 404. */
async function actingParticipant(
  assessmentId: string,
  userId: string,
  membership: { role: Role; organisationId: string | null },
  onBehalfOf: string | undefined,
) {
  const participant = await findActingParticipant(
    db(),
    assessmentId,
    { userId, role: membership.role, organisationId: membership.organisationId },
    onBehalfOf,
  );
  if (onBehalfOf && !participant) notFound();
  return participant;
}

function facts(response: {
  rating: ResponseFacts["rating"];
  narrative: string;
  remainingWork: string;
  notInScopeReason: string | null;
  evidence: Array<{ evidence: { nature: "OUTCOME" | "PROCESS" } }>;
}): ResponseFacts {
  return { ...response, evidenceNatures: response.evidence.map((e) => e.evidence.nature) };
}

/** The task list: every step with its status and "n of N answered" for the person's participation. */
export async function getAssessmentTaskList(
  partnershipId: string,
  assessmentId: string,
  onBehalfOf?: string,
) {
  const { user, membership } = authorise(await getCurrentUser(), partnershipId, "assessment.view");
  const assessment = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      cycle: { select: { name: true } },
      baseline: { select: { id: true, title: true, cycle: { select: { name: true } } } },
      successors: { select: { id: true, title: true } },
      frameworkVersion: {
        select: {
          label: true,
          citation: true,
          isAdapted: true,
          steps: {
            orderBy: { position: "asc" },
            select: { id: true, number: true, title: true, questions: { select: { id: true } } },
          },
        },
      },
    },
  });
  if (!assessment) notFound();
  const participant = await actingParticipant(assessmentId, user.id, membership, onBehalfOf);
  const responses = participant
    ? await db().response.findMany({
        where: { participantId: participant.id },
        select: { ...responseSelect, question: { select: { stepId: true } } },
      })
    : [];
  const plans = participant
    ? await actionPlanCounts(db(), assessmentId, participant.organisationId, responses)
    : new Map<string, number>();
  const steps = assessment.frameworkVersion.steps.map((step) => {
    const mine = responses
      .filter((r) => r.question.stepId === step.id)
      .map((r) => ({ ...facts(r), actionCount: plans.get(r.id) ?? 0 }));
    return {
      id: step.id,
      number: step.number,
      title: step.title,
      ...stepStatus(mine, participant ? mine.length : step.questions.length),
    };
  });
  return {
    assessment: {
      ...assessment,
      frameworkVersion: { ...assessment.frameworkVersion, steps: undefined },
    },
    steps,
    participant,
  };
}

/** One step's questions with the person's responses, the RAG definitions and the evidence library. */
export async function getStepForResponding(
  partnershipId: string,
  assessmentId: string,
  stepNumber: number,
  onBehalfOf?: string,
) {
  const { user, membership } = authorise(await getCurrentUser(), partnershipId, "assessment.view");
  const assessment = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId },
    select: {
      id: true,
      title: true,
      status: true,
      kind: true,
      baselineAssessmentId: true,
      frameworkVersion: {
        select: {
          _count: { select: { steps: true } },
          citation: true,
          isAdapted: true,
          ragGreen: true,
          ragAmber: true,
          ragRed: true,
          steps: {
            where: { number: stepNumber },
            select: {
              id: true,
              number: true,
              title: true,
              questions: {
                orderBy: { position: "asc" },
                select: { id: true, code: true, text: true, lineageKey: true },
              },
            },
          },
        },
      },
    },
  });
  const step = assessment?.frameworkVersion.steps[0];
  if (!assessment || !step) notFound();
  const participant = await actingParticipant(assessmentId, user.id, membership, onBehalfOf);
  const [responses, evidence] = await Promise.all([
    participant
      ? db().response.findMany({
          where: { participantId: participant.id, question: { stepId: step.id } },
          select: responseSelect,
        })
      : Promise.resolve([]),
    db().evidenceItem.findMany({
      where: { partnershipId, removedAt: null },
      orderBy: { evidenceDate: "desc" },
      select: { id: true, title: true, nature: true, evidenceDate: true },
    }),
  ]);
  const [plans, baseline] = await Promise.all([
    participant
      ? actionPlanCounts(db(), assessmentId, participant.organisationId, responses)
      : Promise.resolve(new Map<string, number>()),
    getBaseline(
      { baselineAssessmentId: assessment.baselineAssessmentId, partnershipId },
      step.questions,
      participant?.organisationId ?? null,
    ),
  ]);
  const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
  // Relevant agencies read the partnership's wording for them, with the original one click away.
  const widerPartner =
    assessment.kind === "WIDER_PARTNER_SELF_ASSESSMENT"
      ? await widerPartnerWordings(
          db(),
          partnershipId,
          step.questions.map((q) => q.lineageKey),
        )
      : new Map<string, string>();
  const originalLabel = originalWordingLabel(assessment.frameworkVersion);
  return {
    assessment: { id: assessment.id, title: assessment.title, status: assessment.status },
    rag: {
      GREEN: assessment.frameworkVersion.ragGreen,
      AMBER: assessment.frameworkVersion.ragAmber,
      RED: assessment.frameworkVersion.ragRed,
    },
    step: { number: step.number, title: step.title },
    stepCount: assessment.frameworkVersion._count.steps,
    framework: {
      citation: assessment.frameworkVersion.citation,
      isAdapted: assessment.frameworkVersion.isAdapted,
    },
    questions: step.questions.map(({ lineageKey, ...question }) => {
      const response = byQuestion.get(question.id);
      const audience = widerPartner.get(lineageKey);
      return {
        ...question,
        /** The wording for relevant agencies, shown instead of `text` (the original). */
        widerPartner: audience ? { text: audience, originalLabel } : null,
        baseline: baseline.get(question.id) ?? null,
        actionCount: response ? (plans.get(response.id) ?? 0) : 0,
        response: response
          ? {
              id: response.id,
              version: response.version,
              rating: response.rating,
              narrative: response.narrative,
              remainingWork: response.remainingWork,
              notInScopeReason: response.notInScopeReason ?? "",
              evidenceIds: response.evidence.map((e) => e.evidenceId),
              savedAt: response.updatedAt.toISOString(),
            }
          : null,
      };
    }),
    evidence: evidence.map((item) => ({
      ...item,
      evidenceDate: item.evidenceDate.toISOString().slice(0, 10),
    })),
    answeringFor: participant
      ? { id: participant.id, name: participant.name, onBehalf: participant.onBehalf }
      : null,
    canEdit: Boolean(participant) && assessment.status === "IN_PROGRESS",
  };
}

export type StepForResponding = Awaited<ReturnType<typeof getStepForResponding>>;
