"use server";

import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  accuracyCheckSchema,
  accuracyCheckState,
  REPORT_AUDIT_ACTIONS,
  REPORT_MESSAGES,
} from "@/lib/domain/report-authoring";
import {
  loadReportAssessment,
  lockAssessment,
  reportPaths,
  requireLead,
  type AccuracyCheckResult,
} from "./support";

/**
 * The lead scrutineer shares the draft report with the statutory partners for a factual-accuracy
 * check: from now until it is closed they can comment on each section. Opening it again after it
 * was closed clears the closing time, so comments are taken again.
 */
export const openAccuracyCheck = partnershipAction({
  schema: accuracyCheckSchema,
  permission: "report.write",
  revalidate: (input) => reportPaths(input.partnershipId, input.assessmentId),
  handler: async (access): Promise<AccuracyCheckResult> => {
    const { user, input, tx } = access;
    // Opening, closing and a comment arriving happen one at a time.
    await lockAssessment(tx, input.partnershipId, input.assessmentId);
    const assessment = await loadReportAssessment(tx, input.partnershipId, input.assessmentId);
    requireLead(access, assessment);
    if (accuracyCheckState(assessment) === "OPEN")
      throw new DomainError(REPORT_MESSAGES.alreadyOpen);

    const openedAt = new Date();
    await tx.assessment.update({
      where: { id: assessment.id },
      data: { accuracyCheckOpenedAt: openedAt, accuracyCheckClosedAt: null },
    });
    await recordChange(tx, {
      action: REPORT_AUDIT_ACTIONS.checkOpened,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Assessment",
      entityId: assessment.id,
      before: {
        openedAt: assessment.accuracyCheckOpenedAt?.toISOString() ?? null,
        closedAt: assessment.accuracyCheckClosedAt?.toISOString() ?? null,
      },
      after: { openedAt: openedAt.toISOString(), closedAt: null },
      metadata: { reopened: assessment.accuracyCheckOpenedAt !== null },
    });
    return { state: "OPEN", openedAt: openedAt.toISOString(), closedAt: null };
  },
});
