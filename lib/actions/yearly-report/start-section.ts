"use server";

import { recordChange } from "@/lib/audit";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  startYearlySectionSchema,
  YEARLY_AUDIT_ACTIONS,
} from "@/lib/domain/yearly-report-drafting";
import { draftingPaths, requireCycle } from "./support";

/**
 * The business manager starts the yearly report's scrutiny section for a cycle: an empty draft at
 * version 1. Starting it again (two tabs, a double click) changes nothing and returns the same row.
 */
export const startYearlySection = partnershipAction({
  schema: startYearlySectionSchema,
  permission: "yearly-report.edit",
  revalidate: (input) => draftingPaths(input.partnershipId, input.cycleId),
  handler: async ({ user, input, tx }) => {
    const cycle = await requireCycle(tx, input.partnershipId, input.cycleId);
    const created = await tx.yearlyReportSection.createMany({
      data: [{ partnershipId: input.partnershipId, cycleId: cycle.id, updatedById: user.id }],
      skipDuplicates: true,
    });
    const section = await tx.yearlyReportSection.findFirstOrThrow({
      where: { partnershipId: input.partnershipId, cycleId: cycle.id },
      select: { id: true, version: true, status: true },
    });
    if (created.count === 1)
      await recordChange(tx, {
        action: YEARLY_AUDIT_ACTIONS.started,
        actorUserId: user.id,
        partnershipId: input.partnershipId,
        entityType: "YearlyReportSection",
        entityId: section.id,
        after: { cycle: cycle.name, status: section.status },
      });
    return { sectionId: section.id, version: section.version, created: created.count === 1 };
  },
});
