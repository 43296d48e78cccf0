"use server";

import { recordChange } from "@/lib/audit";
import { partnershipAction } from "@/lib/actions/safe-action";
import { REPORT_AUDIT_ACTIONS, saveReportSummarySchema } from "@/lib/domain/report-authoring";
import {
  loadReportAssessment,
  lockAssessment,
  reportPaths,
  requireScrutineer,
  summaryConflict,
} from "./support";

/**
 * A scrutineer of the assessment writes the strengths in the report's overall summary. The save
 * names the summary version it edited, so a stale edit is a conflict (with what is saved now)
 * rather than a lost update. Allowed while the scrutiny is in progress and after sign-off.
 */
export const saveReportSummary = partnershipAction({
  schema: saveReportSummarySchema,
  permission: "report.write",
  revalidate: (input) => reportPaths(input.partnershipId, input.assessmentId),
  handler: async (access) => {
    const { user, input, tx } = access;
    await lockAssessment(tx, input.partnershipId, input.assessmentId);
    const assessment = await loadReportAssessment(tx, input.partnershipId, input.assessmentId);
    requireScrutineer(access, assessment);
    if (assessment.summaryVersion !== input.version)
      throw await summaryConflict(tx, input.assessmentId);
    if (assessment.summaryStrengths === input.strengths)
      return { version: assessment.summaryVersion, changed: false };

    const claimed = await tx.assessment.updateMany({
      where: {
        id: input.assessmentId,
        partnershipId: input.partnershipId,
        summaryVersion: input.version,
      },
      data: { summaryStrengths: input.strengths, summaryVersion: { increment: 1 } },
    });
    if (claimed.count !== 1) throw await summaryConflict(tx, input.assessmentId);
    await recordChange(tx, {
      action: REPORT_AUDIT_ACTIONS.summarySaved,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Assessment",
      entityId: input.assessmentId,
      before: { strengths: assessment.summaryStrengths },
      after: { strengths: input.strengths },
    });
    return { version: input.version + 1, changed: true };
  },
});
