"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  blockedRemovals,
  cannotRemoveMessage,
  planAssignment,
  setParticipantQuestionsSchema,
  type ResponseContent,
} from "@/lib/domain/question-assignment";

function refuse(message: string, fieldMessages: string[] = [message]): never {
  throw new DomainError(message, { questionIds: fieldMessages });
}

/**
 * A business manager chooses which questions an organisation answers in a self-assessment (seed
 * 001 Section 6 Q10). Added questions get an empty response to fill in; a removed question's
 * response goes only while nothing has been written in it. All or nothing: one refusal leaves the
 * assignment exactly as it was.
 */
export const setParticipantQuestions = partnershipAction({
  schema: setParticipantQuestionsSchema,
  permission: "assessment.manage",
  revalidate: (input) => {
    const base = `/partnerships/${input.partnershipId}/assessments/${input.assessmentId}`;
    return [base, `${base}/questions`, `${base}/questions/organisations/${input.participantId}`];
  },
  handler: async ({ user, input, tx }) => {
    const assessment = await tx.assessment.findFirst({
      where: { id: input.assessmentId, partnershipId: input.partnershipId },
      select: {
        kind: true,
        status: true,
        frameworkVersion: {
          select: {
            questions: {
              orderBy: [{ step: { position: "asc" } }, { position: "asc" }],
              select: { id: true, code: true, position: true, step: { select: { number: true } } },
            },
          },
        },
      },
    });
    if (!assessment) throw new NotFoundError("assessment");
    if (assessment.kind === "INDEPENDENT_SCRUTINY")
      throw new DomainError(
        "Every independent scrutineer answers every question: questions are chosen only for self-assessments.",
      );
    if (assessment.status !== "IN_PROGRESS")
      throw new DomainError("This assessment is finalised: its questions cannot be changed.");

    const participant = await tx.assessmentParticipant.findFirst({
      where: {
        id: input.participantId,
        assessmentId: input.assessmentId,
        assessment: { partnershipId: input.partnershipId },
        organisationId: { not: null },
      },
      select: {
        id: true,
        status: true,
        organisation: { select: { name: true } },
        assignments: { select: { questionId: true } },
        responses: {
          select: {
            id: true,
            version: true,
            questionId: true,
            rating: true,
            narrative: true,
            remainingWork: true,
            notInScopeReason: true,
            _count: { select: { evidence: true, actions: true } },
          },
        },
      },
    });
    if (!participant) throw new NotFoundError("organisation");
    const organisationName = participant.organisation?.name ?? "This organisation";
    if (participant.status === "SUBMITTED" || participant.status === "SIGNED_OFF")
      throw new DomainError(
        `${organisationName} has already submitted its answers: its questions cannot be changed.`,
      );

    const questions = assessment.frameworkVersion.questions.map((question) => ({
      id: question.id,
      code: question.code,
      position: question.position,
      stepNumber: question.step.number,
    }));
    const known = new Set(questions.map((question) => question.id));
    if (input.questionIds.some((id) => !known.has(id)))
      refuse("Select questions from the list: each must be a question of this assessment.");

    const current = participant.assignments.map((assignment) => assignment.questionId);
    const plan = planAssignment(current, input.questionIds);
    if (plan.add.length === 0 && plan.remove.length === 0) return { added: 0, removed: 0 };

    const responses = new Map(participant.responses.map((r) => [r.questionId, r]));
    const contents = new Map<string, ResponseContent>(
      participant.responses.map((r) => [
        r.questionId,
        { ...r, evidenceCount: r._count.evidence, actionCount: r._count.actions },
      ]),
    );
    const blocked = blockedRemovals(plan.remove, questions, contents);
    if (blocked.length > 0) {
      const messages = blocked.map((question) => cannotRemoveMessage(question, organisationName));
      refuse(
        blocked.length === 1
          ? `${messages[0]}.`
          : `${blocked.length} of the questions you took away already have answers from ${organisationName}: they cannot be removed.`,
        messages,
      );
    }

    if (plan.remove.length > 0) {
      const removable = plan.remove.flatMap((questionId) => {
        const response = responses.get(questionId);
        return response ? [{ id: response.id, version: response.version }] : [];
      });
      await tx.participantQuestion.deleteMany({
        where: { participantId: participant.id, questionId: { in: plan.remove } },
      });
      // Only the versions read above: an answer saved in the meantime is never deleted.
      const deleted =
        removable.length === 0
          ? { count: 0 }
          : await tx.response.deleteMany({
              where: { OR: removable.map(({ id, version }) => ({ id, version })) },
            });
      if (deleted.count !== removable.length)
        throw new DomainError(
          `Someone saved an answer for ${organisationName} while you were choosing questions. Nothing was changed: look again and try again.`,
        );
    }
    if (plan.add.length > 0) {
      await tx.participantQuestion.createMany({
        data: plan.add.map((questionId) => ({ participantId: participant.id, questionId })),
        skipDuplicates: true,
      });
      await tx.response.createMany({
        data: plan.add.map((questionId) => ({
          assessmentId: input.assessmentId,
          participantId: participant.id,
          questionId,
        })),
        skipDuplicates: true,
      });
    }

    const codes = (ids: Iterable<string>) => {
      const chosen = new Set(ids);
      return questions.filter((question) => chosen.has(question.id)).map((q) => q.code);
    };
    await recordChange(tx, {
      action: "assessment.questions-changed",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Assessment",
      entityId: input.assessmentId,
      before: { organisation: organisationName, questions: codes(current) },
      after: { organisation: organisationName, questions: codes(input.questionIds) },
      metadata: {
        participantId: participant.id,
        added: codes(plan.add),
        removed: codes(plan.remove),
      },
    });
    return { added: plan.add.length, removed: plan.remove.length };
  },
});
