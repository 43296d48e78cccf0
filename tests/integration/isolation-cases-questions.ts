/**
 * Isolation-matrix entry for choosing which questions an organisation answers in a
 * self-assessment. Spread into MATRIX in ./isolation-cases.ts. Only types and helpers are imported
 * from there (helpers are plain functions), so the two files' load order does not matter.
 */
import { setParticipantQuestions } from "@/lib/actions/assessments/set-participant-questions";
import { createSelfAssessment } from "../support/factories";
import { partnershipCase, viaAction, type MatrixCase } from "./isolation-cases";

export const QUESTIONS_CASES: Record<string, MatrixCase> = {
  "lib/actions/assessments/set-participant-questions.ts#setParticipantQuestions": partnershipCase({
    allowed: ["BUSINESS_MANAGER"],
    prepare: async (world, prisma) => {
      const { assessment, participants } = await createSelfAssessment(
        prisma,
        world.partnership.id,
        [world.agencyId],
        "WIDER_PARTNER_SELF_ASSESSMENT",
      );
      const participantId = participants[world.agencyId]!;
      const assigned = await prisma.participantQuestion.findMany({
        where: { participantId },
        select: { questionId: true },
      });
      return {
        partnershipId: world.partnership.id,
        assessmentId: assessment.id,
        participantId,
        // Every question but one: an allowed call removes exactly one (empty) question.
        questionIds: assigned.slice(1).map((a) => a.questionId),
        total: assigned.length,
      };
    },
    invoke: ({ total: _total, ...input }) => viaAction(setParticipantQuestions, input),
    unchanged: async (p, prisma) => {
      const [assignments, responses] = await Promise.all([
        prisma.participantQuestion.count({ where: { participantId: p.participantId } }),
        prisma.response.count({ where: { participantId: p.participantId } }),
      ]);
      if (assignments !== p.total || responses !== p.total)
        throw new Error("a refused call changed the organisation's questions");
    },
  }),
};
