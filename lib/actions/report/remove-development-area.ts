"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  areaRemovalBlocker,
  REPORT_AUDIT_ACTIONS,
  REPORT_MESSAGES,
  removeDevelopmentAreaSchema,
} from "@/lib/domain/report-authoring";
import {
  areaConflict,
  loadReportAssessment,
  lockAssessment,
  reportPaths,
  requireScrutineer,
} from "./support";

/**
 * A scrutineer of the assessment removes an area for development written in error. Refused, with
 * the reason, once the partners have responded to it or an action was raised from it: that record
 * must not disappear with it.
 */
export const removeDevelopmentArea = partnershipAction({
  schema: removeDevelopmentAreaSchema,
  permission: "report.write",
  revalidate: (input) => reportPaths(input.partnershipId, input.assessmentId),
  handler: async (access) => {
    const { user, input, tx } = access;
    await lockAssessment(tx, input.partnershipId, input.assessmentId);
    const assessment = await loadReportAssessment(tx, input.partnershipId, input.assessmentId);
    requireScrutineer(access, assessment);
    // An action being raised from this area right now holds a key-share lock on its row: waiting
    // for it here means the count below sees that action (and one raised after waits for us), so
    // an area with actions is never removed and its actions never silently lose their source.
    await tx.$queryRaw`
      SELECT id FROM "DevelopmentArea"
      WHERE id = ${input.areaId}::uuid AND "assessmentId" = ${input.assessmentId}::uuid
      FOR UPDATE`;
    const area = await tx.developmentArea.findFirst({
      where: { id: input.areaId, assessmentId: input.assessmentId },
      select: {
        id: true,
        text: true,
        version: true,
        position: true,
        managementResponse: true,
        _count: { select: { actions: true } },
      },
    });
    if (!area) throw new NotFoundError("area for development");
    if (area.version !== input.version)
      throw await areaConflict(tx, area.id, REPORT_MESSAGES.areaConflict);
    const blocker = areaRemovalBlocker({
      managementResponse: area.managementResponse,
      actionCount: area._count.actions,
    });
    if (blocker) throw new DomainError(blocker);

    const removed = await tx.developmentArea.deleteMany({
      where: { id: area.id, assessmentId: input.assessmentId, version: input.version },
    });
    if (removed.count !== 1) throw await areaConflict(tx, area.id, REPORT_MESSAGES.areaConflict);
    await recordChange(tx, {
      action: REPORT_AUDIT_ACTIONS.areaRemoved,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "DevelopmentArea",
      entityId: area.id,
      before: { text: area.text, position: area.position },
      metadata: { assessmentId: input.assessmentId },
    });
    return { removed: true };
  },
});
