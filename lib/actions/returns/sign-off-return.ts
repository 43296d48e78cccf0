"use server";

import { partnershipAction } from "@/lib/actions/safe-action";
import { recordChange } from "@/lib/audit";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { RETURN_MESSAGES, returnsPath, signOffReturnSchema } from "@/lib/domain/returns";
import { findReturn, signedOffInstant } from "./support";

/**
 * Records that a named senior person of the organisation signed off its submitted return: only
 * then does it count as returned. By the organisation's own agency respondent, or the business
 * manager on its behalf.
 */
export const signOffReturn = partnershipAction({
  schema: signOffReturnSchema,
  permission: "returns.sign-off",
  revalidate: (input) => {
    const grid = returnsPath(input.partnershipId, input.assessmentId);
    return [
      grid,
      `${grid}/${input.participantId}`,
      `/partnerships/${input.partnershipId}/assessments/${input.assessmentId}`,
    ];
  },
  handler: async ({ input, tx, user, membership }) => {
    const assessment = await tx.assessment.findFirst({
      where: {
        id: input.assessmentId,
        partnershipId: input.partnershipId,
        kind: "WIDER_PARTNER_SELF_ASSESSMENT",
      },
      select: { status: true },
    });
    if (!assessment) throw new NotFoundError("assessment");
    const participant = await findReturn(tx, input.assessmentId, input.participantId);
    const onBehalf = membership.role === "BUSINESS_MANAGER";
    if (!onBehalf && membership.organisationId !== participant.organisationId)
      throw new ForbiddenError(RETURN_MESSAGES.notTheirOrganisation);
    if (assessment.status === "FINALISED") throw new DomainError(RETURN_MESSAGES.finalised);
    if (participant.status === "SIGNED_OFF")
      throw new DomainError(RETURN_MESSAGES.alreadySignedOff);
    if (participant.status !== "SUBMITTED") throw new DomainError(RETURN_MESSAGES.notSubmitted);
    await tx.assessmentParticipant.update({
      where: { id: participant.id },
      data: {
        status: "SIGNED_OFF",
        signedOffName: input.signedOffName,
        signedOffRole: input.signedOffRole,
        signedOffAt: signedOffInstant(input.signedOffOn),
      },
    });
    await recordChange(tx, {
      action: "returns.signed-off",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Assessment",
      entityId: input.assessmentId,
      after: {
        participantId: participant.id,
        organisation: participant.organisation?.name ?? null,
        signedOffName: input.signedOffName,
        signedOffRole: input.signedOffRole,
        signedOffOn: input.signedOffOn,
        onBehalf,
      },
    });
    return { organisationName: participant.organisation?.name ?? "" };
  },
});
