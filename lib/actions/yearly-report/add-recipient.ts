"use server";

import { recordChange } from "@/lib/audit";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  addRecipientSchema,
  PUBLICATION_AUDIT_ACTIONS,
} from "@/lib/domain/yearly-report-publication-input";
import { publicationPaths } from "./publication-support";
import { assertRecipientNameFree, lockRecipients } from "./recipient-support";

/** Adds a body the yearly report must be sent to (later guidance can name new ones). */
export const addRecipient = partnershipAction({
  schema: addRecipientSchema,
  permission: "yearly-report.publish",
  revalidate: (input) => publicationPaths(input.partnershipId),
  handler: async ({ user, input, tx }) => {
    await lockRecipients(tx, input.partnershipId);
    await assertRecipientNameFree(tx, input.partnershipId, input.name);
    const { _max } = await tx.publicationRecipient.aggregate({
      where: { partnershipId: input.partnershipId },
      _max: { position: true },
    });
    const recipient = await tx.publicationRecipient.create({
      data: {
        partnershipId: input.partnershipId,
        name: input.name,
        position: (_max.position ?? 0) + 1,
      },
      select: { id: true, name: true, position: true },
    });
    await recordChange(tx, {
      action: PUBLICATION_AUDIT_ACTIONS.recipientAdded,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "PublicationRecipient",
      entityId: recipient.id,
      after: { name: recipient.name, position: recipient.position },
    });
    return recipient;
  },
});
