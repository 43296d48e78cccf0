"use server";

import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  REPORT_AUDIT_ACTIONS,
  REPORT_MESSAGES,
  saveStepNarrativeSchema,
} from "@/lib/domain/report-authoring";
import {
  loadReportAssessment,
  lockAssessment,
  narrativeConflict,
  reportPaths,
  requireScrutineer,
} from "./support";

/**
 * A scrutineer of the assessment writes the report's narrative for one step of its framework.
 * Version 0 means the person saw no narrative yet: if one was saved since, or the saved one moved
 * on from the version they edited, it is a conflict (with what is saved now), never a lost update.
 */
export const saveStepNarrative = partnershipAction({
  schema: saveStepNarrativeSchema,
  permission: "report.write",
  revalidate: (input) => reportPaths(input.partnershipId, input.assessmentId, input.stepNumber),
  handler: async (access) => {
    const { user, input, tx } = access;
    // Two first saves of the same step are taken one at a time: the second sees the first's row.
    await lockAssessment(tx, input.partnershipId, input.assessmentId);
    const assessment = await loadReportAssessment(tx, input.partnershipId, input.assessmentId);
    requireScrutineer(access, assessment);
    const step = await tx.frameworkStep.findFirst({
      where: { versionId: assessment.frameworkVersionId, number: input.stepNumber },
      select: { id: true, number: true },
    });
    if (!step) throw new DomainError(REPORT_MESSAGES.step, { stepNumber: [REPORT_MESSAGES.step] });

    const key = { assessmentId_stepId: { assessmentId: input.assessmentId, stepId: step.id } };
    const stored = await tx.stepNarrative.findUnique({
      where: key,
      select: { text: true, version: true },
    });
    if ((stored?.version ?? 0) !== input.version)
      throw await narrativeConflict(tx, input.assessmentId, step.id);
    if (stored && stored.text === input.text) return { version: stored.version, changed: false };

    if (stored) {
      const claimed = await tx.stepNarrative.updateMany({
        where: { assessmentId: input.assessmentId, stepId: step.id, version: input.version },
        data: { text: input.text, updatedById: user.id, version: { increment: 1 } },
      });
      if (claimed.count !== 1) throw await narrativeConflict(tx, input.assessmentId, step.id);
    } else {
      await tx.stepNarrative.create({
        data: {
          assessmentId: input.assessmentId,
          stepId: step.id,
          text: input.text,
          updatedById: user.id,
        },
      });
    }
    await recordChange(tx, {
      action: REPORT_AUDIT_ACTIONS.narrativeSaved,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Assessment",
      entityId: input.assessmentId,
      before: { text: stored?.text ?? null },
      after: { text: input.text },
      metadata: { step: step.number, stepId: step.id },
    });
    return { version: input.version + 1, changed: true };
  },
});
