"use server";

import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  emptyParts,
  shareWithScrutineerSchema,
  YEARLY_AUDIT_ACTIONS,
  YEARLY_MESSAGES,
  yearlyPart,
} from "@/lib/domain/yearly-report-drafting";
import { draftingPaths, lockDraft } from "./support";

/**
 * The business manager shares the section with the independent scrutineer (seed 001 Section 6
 * Q16–17): the date is recorded and the scrutineer can read it from then on. Every part must be
 * written first; sharing again after changes records the new date.
 */
export const shareWithScrutineer = partnershipAction({
  schema: shareWithScrutineerSchema,
  permission: "yearly-report.edit",
  revalidate: (input) => draftingPaths(input.partnershipId, input.cycleId),
  handler: async ({ user, input, tx }) => {
    const section = await lockDraft(tx, input.partnershipId, input.cycleId);
    const missing = emptyParts(section);
    if (missing.length > 0)
      throw new DomainError(
        YEARLY_MESSAGES.emptyParts,
        Object.fromEntries(
          missing.map((key) => [
            key,
            [`Write “${yearlyPart(key).heading}” before you share the section`],
          ]),
        ),
      );
    const now = new Date();
    await tx.yearlyReportSection.update({
      where: { id: section.id },
      data: { status: "SHARED", sharedWithScrutineerAt: now },
    });
    await recordChange(tx, {
      action: YEARLY_AUDIT_ACTIONS.shared,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "YearlyReportSection",
      entityId: section.id,
      before: { status: section.status },
      after: { status: "SHARED", sharedWithScrutineerAt: now.toISOString() },
    });
    return { sharedWithScrutineerAt: now.toISOString() };
  },
});
