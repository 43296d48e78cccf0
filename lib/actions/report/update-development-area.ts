"use server";

import { recordChange } from "@/lib/audit";
import { NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  REPORT_AUDIT_ACTIONS,
  REPORT_MESSAGES,
  updateDevelopmentAreaSchema,
} from "@/lib/domain/report-authoring";
import { areaConflict, loadReportAssessment, reportPaths, requireScrutineer } from "./support";

/**
 * A scrutineer of the assessment changes the wording of an area for development. The version is
 * shared with the partners' management response, so an edit made while either changed is a
 * conflict, never a silent overwrite.
 */
export const updateDevelopmentArea = partnershipAction({
  schema: updateDevelopmentAreaSchema,
  permission: "report.write",
  revalidate: (input) => reportPaths(input.partnershipId, input.assessmentId),
  handler: async (access) => {
    const { user, input, tx } = access;
    const assessment = await loadReportAssessment(tx, input.partnershipId, input.assessmentId);
    requireScrutineer(access, assessment);
    const area = await tx.developmentArea.findFirst({
      where: { id: input.areaId, assessmentId: input.assessmentId },
      select: { id: true, text: true, version: true },
    });
    if (!area) throw new NotFoundError("area for development");
    if (area.version !== input.version)
      throw await areaConflict(tx, area.id, REPORT_MESSAGES.areaConflict);
    if (area.text === input.text) return { version: area.version, changed: false };

    const claimed = await tx.developmentArea.updateMany({
      where: { id: area.id, assessmentId: input.assessmentId, version: input.version },
      data: { text: input.text, version: { increment: 1 } },
    });
    if (claimed.count !== 1) throw await areaConflict(tx, area.id, REPORT_MESSAGES.areaConflict);
    await recordChange(tx, {
      action: REPORT_AUDIT_ACTIONS.areaUpdated,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "DevelopmentArea",
      entityId: area.id,
      before: { text: area.text },
      after: { text: input.text },
      metadata: { assessmentId: input.assessmentId },
    });
    return { version: input.version + 1, changed: true };
  },
});
