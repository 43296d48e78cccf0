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
 * The lead scrutineer closes the factual-accuracy check: the statutory partners can no longer add
 * comments. The comments already made stay, and the scrutineers can still decide on them.
 */
export const closeAccuracyCheck = partnershipAction({
  schema: accuracyCheckSchema,
  permission: "report.write",
  revalidate: (input) => reportPaths(input.partnershipId, input.assessmentId),
  handler: async (access): Promise<AccuracyCheckResult> => {
    const { user, input, tx } = access;
    await lockAssessment(tx, input.partnershipId, input.assessmentId);
    const assessment = await loadReportAssessment(tx, input.partnershipId, input.assessmentId);
    requireLead(access, assessment);
    if (accuracyCheckState(assessment) !== "OPEN") throw new DomainError(REPORT_MESSAGES.notOpen);

    const closedAt = new Date();
    await tx.assessment.update({
      where: { id: assessment.id },
      data: { accuracyCheckClosedAt: closedAt },
    });
    await recordChange(tx, {
      action: REPORT_AUDIT_ACTIONS.checkClosed,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Assessment",
      entityId: assessment.id,
      before: { closedAt: null },
      after: { closedAt: closedAt.toISOString() },
      metadata: { openedAt: assessment.accuracyCheckOpenedAt?.toISOString() ?? null },
    });
    return {
      state: "CLOSED",
      openedAt: assessment.accuracyCheckOpenedAt!.toISOString(),
      closedAt: closedAt.toISOString(),
    };
  },
});
