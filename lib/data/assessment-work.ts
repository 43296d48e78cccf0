import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { db } from "@/lib/db";
import { stepStatus, type ResponseFacts } from "@/lib/domain/responses";

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

/** The signed-in person's own participation: their scrutineer seat, or (as its respondent) their organisation's. */
async function myParticipant(
  assessmentId: string,
  userId: string,
  membership: { role: string; organisationId: string | null },
) {
  const organisationId = membership.role === "AGENCY_RESPONDENT" ? membership.organisationId : null;
  return db().assessmentParticipant.findFirst({
    where: { assessmentId, OR: [{ userId }, ...(organisationId ? [{ organisationId }] : [])] },
    select: { id: true, status: true, isLead: true },
  });
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
export async function getAssessmentTaskList(partnershipId: string, assessmentId: string) {
  const { user, membership } = authorise(await getCurrentUser(), partnershipId, "assessment.view");
  const assessment = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      cycle: { select: { name: true } },
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
  const participant = await myParticipant(assessmentId, user.id, membership);
  const responses = participant
    ? await db().response.findMany({
        where: { participantId: participant.id },
        select: { ...responseSelect, question: { select: { stepId: true } } },
      })
    : [];
  const steps = assessment.frameworkVersion.steps.map((step) => {
    const mine = responses.filter((r) => r.question.stepId === step.id);
    return {
      id: step.id,
      number: step.number,
      title: step.title,
      ...stepStatus(mine.map(facts), participant ? mine.length : step.questions.length),
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
) {
  const { user, membership } = authorise(await getCurrentUser(), partnershipId, "assessment.view");
  const assessment = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId },
    select: {
      id: true,
      title: true,
      status: true,
      frameworkVersion: {
        select: {
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
                select: { id: true, code: true, text: true },
              },
            },
          },
        },
      },
    },
  });
  const step = assessment?.frameworkVersion.steps[0];
  if (!assessment || !step) notFound();
  const participant = await myParticipant(assessmentId, user.id, membership);
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
  const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
  return {
    assessment: { id: assessment.id, title: assessment.title, status: assessment.status },
    rag: {
      GREEN: assessment.frameworkVersion.ragGreen,
      AMBER: assessment.frameworkVersion.ragAmber,
      RED: assessment.frameworkVersion.ragRed,
    },
    step: { number: step.number, title: step.title },
    questions: step.questions.map((question) => {
      const response = byQuestion.get(question.id);
      return {
        ...question,
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
    canEdit: Boolean(participant) && assessment.status === "IN_PROGRESS",
  };
}

export type StepForResponding = Awaited<ReturnType<typeof getStepForResponding>>;
