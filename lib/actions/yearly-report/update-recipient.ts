"use server";

import { recordChange } from "@/lib/audit";
import { NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  PUBLICATION_AUDIT_ACTIONS,
  updateRecipientSchema,
} from "@/lib/domain/yearly-report-publication-input";
import { publicationPaths } from "./publication-support";
import { assertRecipientNameFree, lockRecipients } from "./recipient-support";

/**
 * Renames a recipient (later guidance changed the second one). The dates the report was sent to it
 * stay with it.
 */
export const updateRecipient = partnershipAction({
  schema: updateRecipientSchema,
  permission: "yearly-report.publish",
  revalidate: (input) => publicationPaths(input.partnershipId),
  handler: async ({ user, input, tx }) => {
    await lockRecipients(tx, input.partnershipId);
    const existing = await tx.publicationRecipient.findFirst({
      where: { id: input.recipientId, partnershipId: input.partnershipId },
      select: { id: true, name: true },
    });
    if (!existing) throw new NotFoundError("recipient");
    await assertRecipientNameFree(tx, input.partnershipId, input.name, existing.id);
    await tx.publicationRecipient.update({
      where: { id: existing.id },
      data: { name: input.name },
    });
    await recordChange(tx, {
      action: PUBLICATION_AUDIT_ACTIONS.recipientRenamed,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "PublicationRecipient",
      entityId: existing.id,
      before: { name: existing.name },
      after: { name: input.name },
    });
    return { id: existing.id, name: input.name };
  },
});
