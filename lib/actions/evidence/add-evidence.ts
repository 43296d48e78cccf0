"use server";

import { createHash } from "node:crypto";
import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { addEvidenceSchema } from "@/lib/domain/evidence-input";
import { checkUpload } from "@/lib/domain/uploads";

export type AddedEvidence = {
  id: string;
  title: string;
  nature: "OUTCOME" | "PROCESS";
  evidenceDate: string;
  kind: "LINK" | "DOCUMENT";
};

/**
 * Adds a link or an uploaded file to the partnership's evidence library. A file is checked on its
 * content (type, size, name agreeing with the type) before anything is written; the file and the
 * evidence item are stored in one transaction with the audit event, so a refusal leaves nothing.
 */
export const addEvidence = partnershipAction({
  schema: addEvidenceSchema,
  permission: "evidence.add",
  revalidate: (input) => [`/partnerships/${input.partnershipId}/evidence`],
  handler: async ({ user, membership, input, tx }): Promise<AddedEvidence> => {
    let file: { id: string; fileName: string; mimeType: string; sizeBytes: number } | null = null;
    let sha256: string | null = null;
    if (input.kind === "DOCUMENT") {
      const bytes = new Uint8Array(await input.file.arrayBuffer());
      const checked = checkUpload(input.file.name, bytes);
      if (!checked.ok)
        throw new DomainError("The file was not added.", { file: [checked.message] });
      sha256 = createHash("sha256").update(bytes).digest("hex");
      file = await tx.storedFile.create({
        data: {
          partnershipId: input.partnershipId,
          fileName: checked.fileName,
          mimeType: checked.mimeType,
          sizeBytes: checked.sizeBytes,
          sha256,
          content: bytes,
        },
        select: { id: true, fileName: true, mimeType: true, sizeBytes: true },
      });
    }
    const item = await tx.evidenceItem.create({
      data: {
        partnershipId: input.partnershipId,
        title: input.title,
        kind: input.kind,
        nature: input.nature,
        evidenceDate: new Date(`${input.evidenceDate}T00:00:00Z`),
        url: input.kind === "LINK" ? input.url : null,
        description: input.description ?? null,
        organisationId: membership.organisationId,
        fileId: file?.id ?? null,
        createdById: user.id,
      },
      select: { id: true, title: true, nature: true, kind: true },
    });
    await recordChange(tx, {
      action: "evidence.added",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "EvidenceItem",
      entityId: item.id,
      after: {
        title: input.title,
        kind: input.kind,
        nature: input.nature,
        evidenceDate: input.evidenceDate,
        ...(input.description ? { description: input.description } : {}),
        ...(input.kind === "LINK"
          ? { url: input.url }
          : {
              fileName: file?.fileName ?? null,
              mimeType: file?.mimeType ?? null,
              sizeBytes: file?.sizeBytes ?? null,
              sha256,
            }),
      },
    });
    return { ...item, evidenceDate: input.evidenceDate };
  },
});
