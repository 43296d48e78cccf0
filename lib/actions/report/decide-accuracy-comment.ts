"use server";

import { recordChange } from "@/lib/audit";
import { NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  ACCURACY_DECISION_LABELS,
  decideAccuracyCommentSchema,
  REPORT_AUDIT_ACTIONS,
  REPORT_MESSAGES,
} from "@/lib/domain/report-authoring";
import {
  decisionConflict,
  loadReportAssessment,
  lockAssessment,
  reportPaths,
  requireScrutineer,
} from "./support";

const sameMoment = (stored: Date | null, seen: string | null) =>
  (stored?.getTime() ?? null) === (seen === null ? null : new Date(seen).getTime());

/**
 * A scrutineer of the assessment decides what a factual-accuracy comment changes in the report
 * (changed, or not changed) and says why. `decidedAt` names the decision the person saw, so a
 * decision recorded since by someone else is a conflict, shown to them, not silently replaced.
 * Allowed after the check is closed: deciding usually comes after the comments are in.
 */
export const decideAccuracyComment = partnershipAction({
  schema: decideAccuracyCommentSchema,
  permission: "report.write",
  revalidate: (input) => reportPaths(input.partnershipId, input.assessmentId),
  handler: async (access) => {
    const { user, input, tx } = access;
    await lockAssessment(tx, input.partnershipId, input.assessmentId);
    const assessment = await loadReportAssessment(tx, input.partnershipId, input.assessmentId);
    requireScrutineer(access, assessment, REPORT_MESSAGES.notScrutineerDecide);
    const comment = await tx.accuracyComment.findFirst({
      where: { id: input.commentId, assessmentId: assessment.id },
      select: { id: true, decision: true, decisionNote: true, decidedAt: true },
    });
    if (!comment) throw new NotFoundError("comment");
    if (!sameMoment(comment.decidedAt, input.decidedAt))
      throw await decisionConflict(tx, comment.id);
    if (comment.decision === input.decision && comment.decisionNote === input.note)
      return { decidedAt: comment.decidedAt!.toISOString(), changed: false };

    const decidedAt = new Date();
    const claimed = await tx.accuracyComment.updateMany({
      where: { id: comment.id, assessmentId: assessment.id, decidedAt: comment.decidedAt },
      data: {
        decision: input.decision,
        decisionNote: input.note,
        decidedById: user.id,
        decidedAt,
      },
    });
    if (claimed.count !== 1) throw await decisionConflict(tx, comment.id);
    await recordChange(tx, {
      action: REPORT_AUDIT_ACTIONS.commentDecided,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "AccuracyComment",
      entityId: comment.id,
      before: { decision: comment.decision, note: comment.decisionNote },
      after: { decision: input.decision, note: input.note },
      metadata: {
        assessmentId: assessment.id,
        decision: ACCURACY_DECISION_LABELS[input.decision],
      },
    });
    return { decidedAt: decidedAt.toISOString(), changed: true };
  },
});
