"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, ForbiddenError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  accuracyCheckState,
  addAccuracyCommentSchema,
  commentOrganisation,
  parseReportSection,
  REPORT_AUDIT_ACTIONS,
  REPORT_MESSAGES,
} from "@/lib/domain/report-authoring";
import {
  actorOf,
  loadReportAssessment,
  lockAssessment,
  partnershipOrganisations,
  reportPaths,
} from "./support";

/**
 * A statutory partner comments on the factual accuracy of one section of the draft report while
 * the check is open: an agency respondent of a statutory partner for their own organisation, or
 * the business manager for the statutory partner they choose.
 */
export const addAccuracyComment = partnershipAction({
  schema: addAccuracyCommentSchema,
  permission: "report.comment",
  revalidate: (input) => reportPaths(input.partnershipId, input.assessmentId),
  handler: async (access) => {
    const { user, input, tx } = access;
    // A comment arriving while the lead scrutineer closes the check waits for the close.
    await lockAssessment(tx, input.partnershipId, input.assessmentId);
    const assessment = await loadReportAssessment(tx, input.partnershipId, input.assessmentId);
    const [organisations, steps] = await Promise.all([
      partnershipOrganisations(tx, input.partnershipId),
      tx.frameworkStep.findMany({
        where: { versionId: assessment.frameworkVersionId },
        select: { number: true },
        orderBy: { position: "asc" },
      }),
    ]);
    const speaksFor = commentOrganisation(actorOf(access), organisations, input.organisationId);
    if (!speaksFor.ok) {
      if (!speaksFor.field) throw new ForbiddenError(speaksFor.message);
      throw new DomainError(speaksFor.message, { [speaksFor.field]: [speaksFor.message] });
    }
    if (accuracyCheckState(assessment) !== "OPEN")
      throw new DomainError(REPORT_MESSAGES.checkNotOpen);
    const section = parseReportSection(input.section, steps);
    if (!section)
      throw new DomainError(REPORT_MESSAGES.section, { section: [REPORT_MESSAGES.section] });

    const comment = await tx.accuracyComment.create({
      data: {
        assessmentId: assessment.id,
        section,
        organisationId: speaksFor.organisationId,
        authorId: user.id,
        text: input.text,
      },
      select: { id: true },
    });
    await recordChange(tx, {
      action: REPORT_AUDIT_ACTIONS.commentAdded,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "AccuracyComment",
      entityId: comment.id,
      after: { section, organisationId: speaksFor.organisationId, text: input.text },
      metadata: {
        assessmentId: assessment.id,
        organisation: organisations.find((o) => o.id === speaksFor.organisationId)?.name ?? null,
      },
    });
    return { commentId: comment.id };
  },
});
