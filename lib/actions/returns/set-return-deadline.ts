"use server";

import { partnershipAction } from "@/lib/actions/safe-action";
import { recordChange } from "@/lib/audit";
import { ukDateStamp } from "@/lib/domain/london-time";
import { returnsPath, setReturnDeadlineSchema } from "@/lib/domain/returns";
import { dateColumn, findReturn, findReturnsAssessment } from "./support";

/** A business manager sets or moves an organisation's deadline (a moved deadline earns fresh reminders). */
export const setReturnDeadline = partnershipAction({
  schema: setReturnDeadlineSchema,
  permission: "returns.manage",
  revalidate: (input) => {
    const grid = returnsPath(input.partnershipId, input.assessmentId);
    return [grid, `${grid}/${input.participantId}`];
  },
  handler: async ({ input, tx, user }) => {
    await findReturnsAssessment(tx, input.partnershipId, input.assessmentId);
    const participant = await findReturn(tx, input.assessmentId, input.participantId);
    const before = participant.dueOn ? ukDateStamp(participant.dueOn) : null;
    await tx.assessmentParticipant.update({
      where: { id: participant.id },
      data: { dueOn: dateColumn(input.dueOn) },
    });
    await recordChange(tx, {
      action: "returns.deadline-set",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Assessment",
      entityId: input.assessmentId,
      before: { participantId: participant.id, dueOn: before },
      after: {
        participantId: participant.id,
        organisation: participant.organisation?.name ?? null,
        dueOn: input.dueOn,
      },
    });
    return { dueOn: input.dueOn };
  },
});
