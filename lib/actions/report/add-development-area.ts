"use server";

import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  addDevelopmentAreaSchema,
  AREAS_MAX,
  REPORT_AUDIT_ACTIONS,
  REPORT_MESSAGES,
} from "@/lib/domain/report-authoring";
import { loadReportAssessment, lockAssessment, reportPaths, requireScrutineer } from "./support";

/** A scrutineer of the assessment adds an area for development at the end of the summary's list. */
export const addDevelopmentArea = partnershipAction({
  schema: addDevelopmentAreaSchema,
  permission: "report.write",
  revalidate: (input) => reportPaths(input.partnershipId, input.assessmentId),
  handler: async (access) => {
    const { user, input, tx } = access;
    // One change to the list at a time, so two additions cannot take the same position.
    await lockAssessment(tx, input.partnershipId, input.assessmentId);
    const assessment = await loadReportAssessment(tx, input.partnershipId, input.assessmentId);
    requireScrutineer(access, assessment);
    const existing = await tx.developmentArea.aggregate({
      where: { assessmentId: input.assessmentId },
      _count: true,
      _max: { position: true },
    });
    if (existing._count >= AREAS_MAX)
      throw new DomainError(REPORT_MESSAGES.areasFull, { text: [REPORT_MESSAGES.areasFull] });
    const area = await tx.developmentArea.create({
      data: {
        assessmentId: input.assessmentId,
        position: (existing._max.position ?? 0) + 1,
        text: input.text,
      },
      select: { id: true, version: true },
    });
    await recordChange(tx, {
      action: REPORT_AUDIT_ACTIONS.areaAdded,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "DevelopmentArea",
      entityId: area.id,
      after: { text: input.text },
      metadata: { assessmentId: input.assessmentId },
    });
    return { id: area.id, version: area.version };
  },
});
