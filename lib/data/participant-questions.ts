import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { db } from "@/lib/db";
import type { AssessmentKindValue } from "@/lib/domain/assessments";
import { isEmptyResponse } from "@/lib/domain/question-assignment";

export type AssignmentOverview = {
  assessment: {
    id: string;
    title: string;
    kind: AssessmentKindValue;
    status: "IN_PROGRESS" | "FINALISED";
    cycleName: string;
  };
  questionCount: number;
  organisations: Array<{
    participantId: string;
    name: string;
    status: "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" | "SIGNED_OFF";
    assigned: number;
  }>;
};

/** Which organisations take part and how many questions each answers: two queries. */
export async function getAssignmentOverview(
  partnershipId: string,
  assessmentId: string,
): Promise<AssignmentOverview> {
  authorise(await getCurrentUser(), partnershipId, "assessment.manage");
  const assessment = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      cycle: { select: { name: true } },
      frameworkVersion: { select: { _count: { select: { questions: true } } } },
      participants: {
        where: { organisationId: { not: null } },
        orderBy: { organisation: { name: "asc" } },
        select: {
          id: true,
          status: true,
          organisation: { select: { name: true } },
          _count: { select: { assignments: true } },
        },
      },
    },
  });
  if (!assessment) notFound();
  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      kind: assessment.kind,
      status: assessment.status,
      cycleName: assessment.cycle.name,
    },
    questionCount: assessment.frameworkVersion._count.questions,
    organisations: assessment.participants.map((participant) => ({
      participantId: participant.id,
      name: participant.organisation?.name ?? "",
      status: participant.status,
      assigned: participant._count.assignments,
    })),
  };
}

export type ParticipantQuestions = Awaited<ReturnType<typeof getParticipantQuestions>>;

/**
 * One organisation's questions in a self-assessment, grouped by step: which it answers, and which
 * already hold an answer (so cannot be taken away). Two queries.
 */
export async function getParticipantQuestions(
  partnershipId: string,
  assessmentId: string,
  participantId: string,
) {
  authorise(await getCurrentUser(), partnershipId, "assessment.manage");
  const [assessment, participant] = await Promise.all([
    db().assessment.findFirst({
      where: { id: assessmentId, partnershipId },
      select: {
        id: true,
        title: true,
        kind: true,
        status: true,
        frameworkVersion: {
          select: {
            steps: {
              orderBy: { position: "asc" },
              select: {
                number: true,
                title: true,
                questions: {
                  orderBy: { position: "asc" },
                  select: { id: true, code: true, text: true, position: true },
                },
              },
            },
          },
        },
      },
    }),
    db().assessmentParticipant.findFirst({
      where: {
        id: participantId,
        assessmentId,
        assessment: { partnershipId },
        organisationId: { not: null },
      },
      select: {
        id: true,
        status: true,
        organisation: { select: { name: true } },
        assignments: { select: { questionId: true } },
        responses: {
          select: {
            questionId: true,
            rating: true,
            narrative: true,
            remainingWork: true,
            notInScopeReason: true,
            _count: { select: { evidence: true, actions: true } },
          },
        },
      },
    }),
  ]);
  if (!assessment || !participant) notFound();
  const assigned = new Set(participant.assignments.map((a) => a.questionId));
  const answered = new Set(
    participant.responses
      .filter(
        (r) =>
          !isEmptyResponse({
            ...r,
            evidenceCount: r._count.evidence,
            actionCount: r._count.actions,
          }),
      )
      .map((r) => r.questionId),
  );
  const submitted = participant.status === "SUBMITTED" || participant.status === "SIGNED_OFF";
  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      kind: assessment.kind,
      status: assessment.status,
    },
    organisation: {
      participantId: participant.id,
      name: participant.organisation?.name ?? "",
      status: participant.status,
    },
    steps: assessment.frameworkVersion.steps.map((step) => ({
      number: step.number,
      title: step.title,
      questions: step.questions.map((question) => ({
        ...question,
        assigned: assigned.has(question.id),
        hasAnswer: answered.has(question.id),
      })),
    })),
    assignedCount: assigned.size,
    canChange:
      assessment.kind !== "INDEPENDENT_SCRUTINY" &&
      assessment.status === "IN_PROGRESS" &&
      !submitted,
  };
}
