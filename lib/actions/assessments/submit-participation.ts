"use server";

import { z } from "zod";
import { recordChange } from "@/lib/audit";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { responseProblems } from "@/lib/domain/responses";
import { actionPlanCounts } from "@/lib/data/action-plan";
import { findActingParticipant } from "@/lib/data/participation";

const schema = z.object({
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  assessmentId: z.uuid({ error: "That assessment does not exist" }),
  // A business manager submitting a statutory partner's answers on its behalf names the participant.
  onBehalfOf: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.uuid({ error: "That organisation is not taking part" }).optional(),
  ),
});

/**
 * A participant (a scrutineer, or an organisation's respondent) submits their answers. Refused,
 * with every gap listed by question, until each assigned question meets the evidence rules.
 */
export const submitParticipation = partnershipAction({
  schema,
  permission: "response.edit",
  revalidate: (input) => [`/partnerships/${input.partnershipId}/assessments/${input.assessmentId}`],
  handler: async ({ user, membership, input, tx }) => {
    const assessment = await tx.assessment.findFirst({
      where: { id: input.assessmentId, partnershipId: input.partnershipId },
      select: { status: true },
    });
    if (!assessment) throw new NotFoundError("assessment");
    if (assessment.status === "FINALISED")
      throw new DomainError("This assessment is finalised: there is nothing left to submit.");
    const participant = await findActingParticipant(
      tx,
      input.assessmentId,
      { userId: user.id, role: membership.role, organisationId: membership.organisationId },
      input.onBehalfOf,
    );
    if (!participant)
      throw new ForbiddenError(
        input.onBehalfOf
          ? "A business manager can submit only a safeguarding partner's answers on its behalf."
          : "Only participants in this assessment can submit answers.",
      );
    if (participant.status === "SUBMITTED" || participant.status === "SIGNED_OFF")
      throw new DomainError(
        participant.onBehalf
          ? `${participant.name}'s answers have already been submitted.`
          : "Your answers have already been submitted.",
      );

    const responses = await tx.response.findMany({
      where: {
        participantId: participant.id,
        question: { assignments: { some: { participantId: participant.id } } },
      },
      orderBy: [{ question: { step: { position: "asc" } } }, { question: { position: "asc" } }],
      select: {
        id: true,
        questionId: true,
        rating: true,
        narrative: true,
        remainingWork: true,
        notInScopeReason: true,
        question: { select: { code: true, step: { select: { number: true } } } },
        evidence: { select: { evidence: { select: { nature: true } } } },
      },
    });
    const plans = await actionPlanCounts(
      tx,
      input.assessmentId,
      participant.organisationId,
      responses,
    );
    const gaps: Record<string, string[]> = {};
    for (const response of responses) {
      const problems = responseProblems({
        ...response,
        evidenceNatures: response.evidence.map((e) => e.evidence.nature),
        actionCount: plans.get(response.id) ?? 0,
      });
      if (problems.length > 0)
        gaps[`${response.question.step.number}/${response.question.code}`] = problems.map(
          (p) => p.message,
        );
    }
    const count = Object.keys(gaps).length;
    if (count > 0) {
      throw new DomainError(
        `You cannot submit yet: ${count} of ${responses.length} questions are not complete.`,
        gaps,
      );
    }
    await tx.assessmentParticipant.update({
      where: { id: participant.id },
      data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: user.id },
    });
    await recordChange(tx, {
      action: "assessment.submitted",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Assessment",
      entityId: input.assessmentId,
      after: { participant: participant.name, onBehalf: participant.onBehalf },
    });
    return { submitted: responses.length };
  },
});
