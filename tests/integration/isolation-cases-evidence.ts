/**
 * Isolation-matrix entries for the evidence library: adding evidence, removing a file uploaded in
 * error, and downloading a file. Spread into MATRIX in ./isolation-cases.ts. Like
 * ./isolation-cases-accounts.ts, only types are imported from there, so the two files do not
 * import each other at run time (MATRIX is built while this module loads).
 */
import { randomUUID } from "node:crypto";
import { GET as downloadEvidenceFile } from "@/app/(app)/partnerships/[partnershipId]/evidence/[evidenceId]/file/route";
import { addEvidence } from "@/lib/actions/evidence/add-evidence";
import { removeEvidenceFile } from "@/lib/actions/evidence/remove-evidence-file";
import { ROLES, type Role } from "@/lib/authz/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MatrixCase } from "./isolation-cases";
import type { World } from "./support/world";

type Outcome = { allowed: boolean; detail?: string };

/** Same shape as `partnershipCase` in ./isolation-cases.ts, typed by what `prepare` returns. */
function evidenceCase<P>(entry: {
  allowed: readonly Role[];
  prepare: (world: World, prisma: PrismaClient) => Promise<P>;
  invoke: (prepared: P) => Promise<Outcome>;
  unchanged: (prepared: P, prisma: PrismaClient) => Promise<void>;
}): MatrixCase {
  return {
    kind: "partnership",
    ...(entry as unknown as Omit<Extract<MatrixCase, { kind: "partnership" }>, "kind">),
  };
}

/** A real, unique PDF, so each call's file can be found by its content. */
function pdf(): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`%PDF-1.4\n% ${randomUUID()}\ntrailer\n<<>>\n%%EOF\n`);
}

/** An uploaded file in partnership A's library, made directly in the database. */
async function storedEvidence(world: World, prisma: PrismaClient) {
  const content = pdf();
  const file = await prisma.storedFile.create({
    data: {
      partnershipId: world.partnership.id,
      fileName: "minutes.pdf",
      mimeType: "application/pdf",
      sizeBytes: content.length,
      sha256: randomUUID(),
      content,
    },
  });
  const item = await prisma.evidenceItem.create({
    data: {
      partnershipId: world.partnership.id,
      title: "Board minutes",
      kind: "DOCUMENT",
      nature: "PROCESS",
      evidenceDate: new Date("2026-01-15"),
      fileId: file.id,
      createdById: world.members.BUSINESS_MANAGER.id,
    },
  });
  return { partnershipId: world.partnership.id, evidenceId: item.id, fileId: file.id };
}

export const EVIDENCE_CASES: Record<string, MatrixCase> = {
  "lib/actions/evidence/add-evidence.ts#addEvidence": evidenceCase({
    allowed: ["BUSINESS_MANAGER", "SCRUTINEER", "AGENCY_RESPONDENT", "AGENCY_CONTRIBUTOR"],
    prepare: async (world) => {
      const name = `audit-${randomUUID()}`;
      return {
        partnershipId: world.partnership.id,
        title: name,
        nature: "OUTCOME",
        kind: "DOCUMENT",
        evidenceDate: "2026-01-15",
        file: new File([pdf()], `${name}.pdf`, { type: "application/pdf" }),
      };
    },
    invoke: async (input) => {
      const result = await addEvidence(null, input as never);
      return { allowed: result.ok, detail: result.ok ? undefined : result.message };
    },
    unchanged: async (input, prisma) => {
      const items = await prisma.evidenceItem.count({ where: { title: input.title } });
      const files = await prisma.storedFile.count({ where: { fileName: `${input.title}.pdf` } });
      if (items !== 0) throw new Error("a denied call added an evidence item");
      if (files !== 0) throw new Error("a denied call stored a file");
    },
  }),
  "lib/actions/evidence/remove-evidence-file.ts#removeEvidenceFile": evidenceCase({
    allowed: ["BUSINESS_MANAGER"],
    prepare: storedEvidence,
    invoke: async (p) => {
      const result = await removeEvidenceFile(null, {
        partnershipId: p.partnershipId,
        evidenceId: p.evidenceId,
        reason: "Uploaded in error",
      });
      return { allowed: result.ok, detail: result.ok ? undefined : result.message };
    },
    unchanged: async (p, prisma) => {
      const item = await prisma.evidenceItem.findUniqueOrThrow({
        where: { id: p.evidenceId },
        include: { file: true },
      });
      if (item.removedAt || item.removedById || item.removedReason)
        throw new Error("a denied call removed the evidence");
      if (!item.file?.content) throw new Error("a denied call deleted the file's content");
    },
  }),
  "app/(app)/partnerships/[partnershipId]/evidence/[evidenceId]/file/route.ts#GET": evidenceCase({
    allowed: ROLES,
    prepare: storedEvidence,
    invoke: async (p) => {
      const response = await downloadEvidenceFile(
        new Request(
          `http://localhost:3000/partnerships/${p.partnershipId}/evidence/${p.evidenceId}/file`,
        ),
        { params: Promise.resolve({ partnershipId: p.partnershipId, evidenceId: p.evidenceId }) },
      );
      if (response.status === 200) return { allowed: true };
      if ([303, 401, 403, 404].includes(response.status))
        return { allowed: false, detail: String(response.status) };
      throw new Error(`Unexpected status ${response.status}`);
    },
    unchanged: async (p, prisma) => {
      const logged = await prisma.auditEvent.count({
        where: { action: "evidence.downloaded", entityId: p.evidenceId },
      });
      if (logged !== 0) throw new Error("a refused download was logged as a download");
    },
  }),
};
