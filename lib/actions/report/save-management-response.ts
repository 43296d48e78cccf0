"use server";

import { recordChange } from "@/lib/audit";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  partnersActorSpeaksFor,
  REPORT_AUDIT_ACTIONS,
  REPORT_MESSAGES,
  saveManagementResponseSchema,
} from "@/lib/domain/report-authoring";
import {
  actorOf,
  areaConflict,
  loadReportAssessment,
  lockAssessment,
  partnershipOrganisations,
  reportPaths,
} from "./support";

/**
 * The statutory partners record their management response to one area for development: an agency
 * respondent of a statutory partner, or the business manager for them. The area's version is shared
 * with its wording, so a response saved while either changed is a conflict, never an overwrite.
 */
export const saveManagementResponse = partnershipAction({
  schema: saveManagementResponseSchema,
  permission: "report.respond",
  revalidate: (input) => reportPaths(input.partnershipId, input.assessmentId),
  handler: async (access) => {
    const { user, input, tx } = access;
    // One at a time with removing an area, so a response never lands on an area being removed.
    await lockAssessment(tx, input.partnershipId, input.assessmentId);
    const assessment = await loadReportAssessment(tx, input.partnershipId, input.assessmentId);
    const organisations = await partnershipOrganisations(tx, input.partnershipId);
    if (partnersActorSpeaksFor(actorOf(access), organisations).length === 0)
      throw new ForbiddenError(REPORT_MESSAGES.notResponder);
    const area = await tx.developmentArea.findFirst({
      where: { id: input.areaId, assessmentId: assessment.id },
      select: { id: true, version: true, managementResponse: true },
    });
    if (!area) throw new NotFoundError("area for development");
    if (area.version !== input.version)
      throw await areaConflict(tx, area.id, REPORT_MESSAGES.responseConflict);
    if (area.managementResponse === input.response)
      return { version: area.version, changed: false };

    const claimed = await tx.developmentArea.updateMany({
      where: { id: area.id, assessmentId: assessment.id, version: input.version },
      data: {
        managementResponse: input.response,
        respondedById: user.id,
        respondedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (claimed.count !== 1)
      throw await areaConflict(tx, area.id, REPORT_MESSAGES.responseConflict);
    await recordChange(tx, {
      action: REPORT_AUDIT_ACTIONS.managementResponseSaved,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "DevelopmentArea",
      entityId: area.id,
      before: { managementResponse: area.managementResponse },
      after: { managementResponse: input.response },
      metadata: { assessmentId: assessment.id },
    });
    return { version: input.version + 1, changed: true };
  },
});
