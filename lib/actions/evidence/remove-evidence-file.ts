"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { removeEvidenceFileSchema } from "@/lib/domain/evidence-input";

/**
 * Removes a file uploaded in error: its content is deleted, and a tombstone stays in its place
 * (file name, size and checksum, who removed it, when and why). Responses that cite it keep the
 * citation and show the tombstone; it can no longer be newly cited.
 */
export const removeEvidenceFile = partnershipAction({
  schema: removeEvidenceFileSchema,
  permission: "evidence.remove",
  revalidate: (input) => [`/partnerships/${input.partnershipId}/evidence`],
  handler: async ({ user, input, tx }) => {
    const item = await tx.evidenceItem.findFirst({
      where: { id: input.evidenceId, partnershipId: input.partnershipId },
      select: {
        id: true,
        title: true,
        kind: true,
        fileId: true,
        removedAt: true,
        file: { select: { fileName: true, sizeBytes: true, sha256: true } },
      },
    });
    if (!item) throw new NotFoundError("evidence");
    if (item.kind !== "DOCUMENT" || !item.fileId)
      throw new DomainError(
        "This evidence is a link, not an uploaded file: there is no file to remove.",
      );
    const removedAt = new Date();
    // Claimed with a condition, so two people removing it at once cannot both succeed.
    const claimed = await tx.evidenceItem.updateMany({
      where: { id: item.id, removedAt: null },
      data: { removedAt, removedById: user.id, removedReason: input.reason },
    });
    if (item.removedAt || claimed.count !== 1)
      throw new DomainError("This file has already been removed.");
    await tx.storedFile.update({ where: { id: item.fileId }, data: { content: null } });
    await recordChange(tx, {
      action: "evidence.removed",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "EvidenceItem",
      entityId: item.id,
      before: { title: item.title, removedAt: null, ...item.file },
      after: {
        title: item.title,
        removedAt: removedAt.toISOString(),
        removedById: user.id,
        reason: input.reason,
        ...item.file,
      },
      metadata: { reason: input.reason },
    });
    return { id: item.id, removedAt: removedAt.toISOString() };
  },
});
