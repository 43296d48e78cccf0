"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  PUBLICATION_AUDIT_ACTIONS,
  PUBLICATION_MESSAGES,
  removeRecipientSchema,
} from "@/lib/domain/yearly-report-publication-input";
import { publicationPaths } from "./publication-support";
import { lockRecipients } from "./recipient-support";

/**
 * Removes a recipient added in error. One the report was recorded as sent to stays (that record
 * must not disappear); it can be renamed instead.
 */
export const removeRecipient = partnershipAction({
  schema: removeRecipientSchema,
  permission: "yearly-report.publish",
  revalidate: (input) => publicationPaths(input.partnershipId),
  handler: async ({ user, input, tx }) => {
    await lockRecipients(tx, input.partnershipId);
    // Locked, so a date sent being recorded right now waits for this removal (and then fails).
    await tx.$queryRaw`
      SELECT id FROM "PublicationRecipient"
      WHERE id = ${input.recipientId}::uuid AND "partnershipId" = ${input.partnershipId}::uuid
      FOR UPDATE`;
    const recipient = await tx.publicationRecipient.findFirst({
      where: { id: input.recipientId, partnershipId: input.partnershipId },
      select: { id: true, name: true, position: true, _count: { select: { submissions: true } } },
    });
    if (!recipient) throw new NotFoundError("recipient");
    if (recipient._count.submissions > 0)
      throw new DomainError(PUBLICATION_MESSAGES.recipientInUse(recipient.name));
    await tx.publicationRecipient.delete({ where: { id: recipient.id } });
    await recordChange(tx, {
      action: PUBLICATION_AUDIT_ACTIONS.recipientRemoved,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "PublicationRecipient",
      entityId: recipient.id,
      before: { name: recipient.name, position: recipient.position },
    });
    return { removed: true };
  },
});
