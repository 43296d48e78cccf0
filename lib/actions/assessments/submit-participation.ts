"use server";

import { z } from "zod";
import { recordChange } from "@/lib/audit";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { responseProblems } from "@/lib/domain/responses";

const schema = z.object({
  partnershipId: z.uuid(),
  assessmentId: z.uuid({ error: "That assessment does not exist" }),
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
    const participant = await tx.assessmentParticipant.findFirst({
      where: {
        assessmentId: input.assessmentId,
        OR: [
          { userId: user.id },
          ...(membership.organisationId && membership.role === "AGENCY_RESPONDENT"
            ? [{ organisationId: membership.organisationId }]
            : []),
        ],
      },
      select: { id: true, status: true },
    });
    if (!participant)
      throw new ForbiddenError("Only participants in this assessment can submit answers.");
    if (participant.status === "SUBMITTED" || participant.status === "SIGNED_OFF")
      throw new DomainError("Your answers have already been submitted.");

    const responses = await tx.response.findMany({
      where: {
        participantId: participant.id,
        question: { assignments: { some: { participantId: participant.id } } },
      },
      orderBy: [{ question: { step: { position: "asc" } } }, { question: { position: "asc" } }],
      select: {
        rating: true,
        narrative: true,
        remainingWork: true,
        notInScopeReason: true,
        question: { select: { code: true, step: { select: { number: true } } } },
        evidence: { select: { evidence: { select: { nature: true } } } },
      },
    });
    const gaps: Record<string, string[]> = {};
    for (const response of responses) {
      const problems = responseProblems({
        ...response,
        evidenceNatures: response.evidence.map((e) => e.evidence.nature),
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
    });
    return { submitted: responses.length };
  },
});
