"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { reopenAssessmentSchema } from "@/lib/domain/agreement";

/**
 * A business manager, or the lead scrutineer of a scrutiny, reopens a finalised assessment, giving
 * a reason. The assessment is unlocked first (so its answers can change again), participants go
 * back to "submitted", and the agreed ratings and partner agreements stay until replaced.
 */
export const reopenAssessment = partnershipAction({
  schema: reopenAssessmentSchema,
  permission: "assessment.reopen",
  revalidate: (input) => {
    const base = `/partnerships/${input.partnershipId}/assessments/${input.assessmentId}`;
    return [
      base,
      `${base}/agree`,
      `${base}/finalise`,
      `/partnerships/${input.partnershipId}/assessments`,
    ];
  },
  handler: async ({ user, membership, input, tx }) => {
    const assessment = await tx.assessment.findFirst({
      where: { id: input.assessmentId, partnershipId: input.partnershipId },
      select: {
        kind: true,
        status: true,
        finalisedAt: true,
        finalisedById: true,
        participants: { where: { userId: user.id, isLead: true }, select: { id: true } },
      },
    });
    if (!assessment) throw new NotFoundError("assessment");
    const leadScrutineer =
      membership.role === "SCRUTINEER" &&
      assessment.kind === "INDEPENDENT_SCRUTINY" &&
      assessment.participants.length > 0;
    if (membership.role !== "BUSINESS_MANAGER" && !leadScrutineer)
      throw new ForbiddenError(
        "Only a business manager or the lead scrutineer of this assessment can reopen it.",
      );
    if (assessment.status !== "FINALISED")
      throw new DomainError("This assessment is not finalised, so there is nothing to reopen.");

    // Unlock first: while it is finalised the database refuses changes to its answers.
    const reopened = await tx.assessment.updateMany({
      where: { id: input.assessmentId, partnershipId: input.partnershipId, status: "FINALISED" },
      data: { status: "IN_PROGRESS", finalisedAt: null, finalisedById: null },
    });
    if (reopened.count !== 1)
      throw new DomainError("This assessment is not finalised, so there is nothing to reopen.");
    const participants = await tx.assessmentParticipant.updateMany({
      where: { assessmentId: input.assessmentId, status: "SIGNED_OFF" },
      data: { status: "SUBMITTED", signedOffAt: null, signedOffName: null, signedOffRole: null },
    });
    await recordChange(tx, {
      action: "assessment.reopened",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Assessment",
      entityId: input.assessmentId,
      before: {
        status: "FINALISED",
        finalisedAt: assessment.finalisedAt?.toISOString() ?? null,
        finalisedById: assessment.finalisedById,
      },
      after: { status: "IN_PROGRESS", reason: input.reason },
      metadata: { reason: input.reason, participantsReopened: participants.count },
    });
    return { reopened: true };
  },
});
