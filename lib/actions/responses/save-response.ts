"use server";

import { recordChange } from "@/lib/audit";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { responseEditRight } from "@/lib/domain/response-access";
import { saveResponseSchema } from "@/lib/domain/response-input";

const fields = {
  rating: true,
  narrative: true,
  remainingWork: true,
  notInScopeReason: true,
  version: true,
  updatedAt: true,
} as const;

/**
 * Autosave of one response, without lost updates: the save names the version it edited and is
 * refused with the stored version when someone else saved in between. Drafts may be incomplete;
 * the evidence and narrative rules apply when the participant submits.
 */
export const saveResponse = partnershipAction({
  schema: saveResponseSchema,
  permission: "response.edit",
  handler: async ({ user, membership, input, tx }) => {
    const response = await tx.response.findFirst({
      where: { id: input.responseId, assessment: { partnershipId: input.partnershipId } },
      select: {
        ...fields,
        id: true,
        evidence: { select: { evidenceId: true } },
        participant: {
          select: {
            id: true,
            status: true,
            userId: true,
            organisationId: true,
            organisation: { select: { isStatutoryPartner: true } },
          },
        },
        assessment: { select: { id: true, kind: true, status: true } },
      },
    });
    if (!response) throw new NotFoundError("response");
    const right = responseEditRight(
      { userId: user.id, role: membership.role, organisationId: membership.organisationId },
      {
        assessmentKind: response.assessment.kind,
        participantUserId: response.participant.userId,
        participantOrganisationId: response.participant.organisationId,
        participantOrganisationIsStatutory:
          response.participant.organisation?.isStatutoryPartner ?? false,
      },
    );
    if (!right.allowed) throw new ForbiddenError(right.reason);

    // A file removed in error stays cited where it already was; only new citations must be live.
    const already = new Set(response.evidence.map((e) => e.evidenceId));
    const wanted = new Set(input.evidenceIds);
    const added = [...wanted].filter((id) => !already.has(id));
    const dropped = [...already].filter((id) => !wanted.has(id));
    if (added.length > 0) {
      const cited = await tx.evidenceItem.count({
        where: { id: { in: added }, partnershipId: input.partnershipId, removedAt: null },
      });
      if (cited !== added.length)
        throw new DomainError("Some of the evidence chosen is no longer in the library.", {
          evidenceIds: ["Choose evidence from the list"],
        });
    }

    const savedAt = new Date();
    const data = {
      rating: input.rating,
      narrative: input.narrative,
      remainingWork: input.remainingWork,
      notInScopeReason: input.rating === "NOT_IN_SCOPE" ? input.notInScopeReason : null,
      updatedById: user.id,
      enteredOnBehalf: right.onBehalf,
    };
    const claimed = await tx.response.updateMany({
      where: { id: response.id, version: input.version },
      data: { ...data, updatedAt: savedAt, version: { increment: 1 } },
    });
    if (claimed.count !== 1) {
      const current = await tx.response.findUniqueOrThrow({
        where: { id: response.id },
        select: { ...fields, evidence: { select: { evidenceId: true } } },
      });
      throw new ConflictError(
        "Someone else saved this answer while you were editing it. Compare the two versions and choose which to keep.",
        current,
      );
    }
    // Autosave sends the whole form each time: the citations change only now and then, so the
    // usual save touches just the response, its participant (once) and the audit trail.
    if (dropped.length > 0) {
      await tx.responseEvidence.deleteMany({
        where: { responseId: response.id, evidenceId: { in: dropped } },
      });
    }
    if (added.length > 0) {
      await tx.responseEvidence.createMany({
        data: added.map((evidenceId) => ({ responseId: response.id, evidenceId })),
        skipDuplicates: true,
      });
    }
    if (response.participant.status === "NOT_STARTED") {
      await tx.assessmentParticipant.update({
        where: { id: response.participant.id },
        data: { status: "IN_PROGRESS" },
      });
    }
    // The row was claimed at input.version, so it now holds the next one.
    const saved = { version: input.version + 1, updatedAt: savedAt };
    const { version: _v, updatedAt: _u, evidence, ...before } = response;
    await recordChange(tx, {
      action: "response.updated",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Response",
      entityId: response.id,
      before: {
        rating: before.rating,
        narrative: before.narrative,
        remainingWork: before.remainingWork,
        notInScopeReason: before.notInScopeReason,
        evidenceIds: evidence.map((e) => e.evidenceId),
      },
      after: { ...data, evidenceIds: input.evidenceIds },
    });
    return { version: saved.version, savedAt: saved.updatedAt.toISOString() };
  },
});
