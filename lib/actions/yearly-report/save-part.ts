"use server";

import { recordChange } from "@/lib/audit";
import { partnershipAction } from "@/lib/actions/safe-action";
import type { YearlyReportPartKey } from "@/lib/domain/yearly-report";
import { saveYearlyPartSchema, YEARLY_AUDIT_ACTIONS } from "@/lib/domain/yearly-report-drafting";
import { draftingPaths, lockDraft, partConflict } from "./support";

/**
 * The business manager writes one part of the section (an empty text clears it). The save names
 * the version it edited: if the section moved on since, it is a conflict with what is saved now for
 * this part, never a lost update. Refused once the section is signed off or published.
 */
export const saveYearlyPart = partnershipAction({
  schema: saveYearlyPartSchema,
  permission: "yearly-report.edit",
  revalidate: (input) => draftingPaths(input.partnershipId, input.cycleId, input.part),
  handler: async ({ user, input, tx }) => {
    const part = input.part as YearlyReportPartKey;
    const section = await lockDraft(tx, input.partnershipId, input.cycleId);
    if (section.version !== input.version) throw await partConflict(tx, section, part);
    const before = section[part];
    const after = input.text === "" ? null : input.text;
    if (before === after) return { version: section.version, changed: false };

    await tx.yearlyReportSection.update({
      where: { id: section.id },
      data: { [part]: after, updatedById: user.id, version: { increment: 1 } },
    });
    await recordChange(tx, {
      action: YEARLY_AUDIT_ACTIONS.partSaved,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "YearlyReportSection",
      entityId: section.id,
      before: { text: before },
      after: { text: after },
      metadata: { part },
    });
    return { version: section.version + 1, changed: true };
  },
});
