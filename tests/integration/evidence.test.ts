import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as downloadFile } from "@/app/(app)/partnerships/[partnershipId]/evidence/[evidenceId]/file/route";
import { addEvidence } from "@/lib/actions/evidence/add-evidence";
import { removeEvidenceFile } from "@/lib/actions/evidence/remove-evidence-file";
import { saveResponse } from "@/lib/actions/responses/save-response";
import { getCitedRemovedEvidence, getEvidenceLibrary } from "@/lib/data/evidence";
import { MAX_UPLOAD_BYTES } from "@/lib/domain/uploads";
import { createScrutinyAssessment } from "../support/factories";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import { signInAs } from "./support/session";
import { createWorld, type World } from "./support/world";

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let database: TestDatabase;
let world: World;
beforeAll(async () => {
  database = await startTestApp();
  world = await createWorld(database.prisma);
});
afterAll(() => database.drop());

const PDF_BYTES = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

function upload(file: File, title = "Audit of child protection plans") {
  return form({
    partnershipId: world.partnership.id,
    title,
    nature: "OUTCOME",
    kind: "DOCUMENT",
    "evidenceDate-day": "14",
    "evidenceDate-month": "2",
    "evidenceDate-year": "2026",
    description: "",
    url: "",
    file,
  });
}

function download(partnershipId: string, evidenceId: string) {
  return downloadFile(
    new Request(`http://localhost:3000/partnerships/${partnershipId}/evidence/${evidenceId}/file`),
    { params: Promise.resolve({ partnershipId, evidenceId }) },
  );
}

async function counts() {
  const where = { partnershipId: world.partnership.id };
  return {
    files: await database.prisma.storedFile.count({ where }),
    items: await database.prisma.evidenceItem.count({ where }),
  };
}

async function addPdf(title?: string) {
  await signInAs(world.members.AGENCY_RESPONDENT.id);
  const result = await addEvidence(
    null,
    upload(new File([PDF_BYTES], "Réunion (Feb).pdf", { type: "application/pdf" }), title),
  );
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe("adding evidence", () => {
  it("adds a link, with who added it and an audit event", async () => {
    await signInAs(world.members.AGENCY_CONTRIBUTOR.id);
    const result = await addEvidence(null, {
      partnershipId: world.partnership.id,
      title: "Section 11 audit summary",
      nature: "PROCESS",
      kind: "LINK",
      url: "https://example.org/s11",
      evidenceDate: "2025-11-03",
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        title: "Section 11 audit summary",
        nature: "PROCESS",
        kind: "LINK",
        evidenceDate: "2025-11-03",
      },
    });
    if (!result.ok) return;
    const item = await database.prisma.evidenceItem.findUniqueOrThrow({
      where: { id: result.data.id },
    });
    expect(item).toMatchObject({
      partnershipId: world.partnership.id,
      url: "https://example.org/s11",
      fileId: null,
      createdById: world.members.AGENCY_CONTRIBUTOR.id,
      organisationId: world.agencyId,
    });
    expect(item.evidenceDate.toISOString().slice(0, 10)).toBe("2025-11-03");
    const audit = await database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "evidence.added", entityId: item.id },
    });
    expect(audit).toMatchObject({
      category: "CHANGE",
      actorUserId: world.members.AGENCY_CONTRIBUTOR.id,
      after: { title: "Section 11 audit summary", kind: "LINK", url: "https://example.org/s11" },
    });
  });

  it("refuses a javascript: link", async () => {
    await signInAs(world.members.SCRUTINEER.id);
    const before = await counts();
    const result = await addEvidence(null, {
      partnershipId: world.partnership.id,
      title: "Sneaky",
      nature: "PROCESS",
      kind: "LINK",
      url: "javascript:alert(1)",
      evidenceDate: "2025-11-03",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { url: [expect.stringContaining("https://")] },
    });
    expect(await counts()).toEqual(before);
  });

  it("stores an uploaded file and downloads it back byte for byte, logged, as an attachment", async () => {
    const added = await addPdf();
    const item = await database.prisma.evidenceItem.findUniqueOrThrow({
      where: { id: added.id },
      include: { file: true },
    });
    expect(item.kind).toBe("DOCUMENT");
    expect(item.file).toMatchObject({
      partnershipId: world.partnership.id,
      fileName: "Réunion (Feb).pdf",
      mimeType: "application/pdf",
      sizeBytes: PDF_BYTES.length,
      sha256: createHash("sha256").update(PDF_BYTES).digest("hex"),
    });
    const audit = await database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "evidence.added", entityId: added.id },
    });
    expect(audit.after).toMatchObject({
      fileName: "Réunion (Feb).pdf",
      sizeBytes: PDF_BYTES.length,
    });

    // A viewer reads it: every member may download.
    await signInAs(world.members.VIEWER.id);
    const response = await download(world.partnership.id, added.id);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF_BYTES);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      "attachment; filename=\"Reunion (Feb).pdf\"; filename*=UTF-8''R%C3%A9union%20%28Feb%29.pdf",
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const logged = await database.prisma.auditEvent.findMany({
      where: { action: "evidence.downloaded", entityId: added.id },
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      category: "ACCESS",
      actorUserId: world.members.VIEWER.id,
      partnershipId: world.partnership.id,
    });
  });

  it("refuses a file over 10 MB with the limit, and writes nothing", async () => {
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const before = await counts();
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(PDF_BYTES);
    const result = await addEvidence(null, upload(new File([big], "big.pdf")));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { file: ["The selected file must be smaller than 10 MB"] },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses an executable renamed .pdf, and a PDF named .docx, and writes nothing", async () => {
    await signInAs(world.members.SCRUTINEER.id);
    const before = await counts();
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
    const disguised = await addEvidence(
      null,
      upload(new File([exe], "report.pdf", { type: "application/pdf" })),
    );
    expect(disguised).toMatchObject({
      ok: false,
      fieldErrors: {
        file: [
          "The selected file must be a PDF, Word, Excel, PowerPoint, PNG, JPEG, CSV or text file",
        ],
      },
    });
    const misnamed = await addEvidence(null, upload(new File([PDF_BYTES], "minutes.docx")));
    expect(misnamed).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.stringContaining("is a PDF but its name ends in .docx")] },
    });
    expect(await counts()).toEqual(before);
    expect(
      await database.prisma.auditEvent.count({
        where: { action: "evidence.added", actorUserId: world.members.SCRUTINEER.id },
      }),
    ).toBe(0);
  });

  it("is not for viewers", async () => {
    await signInAs(world.members.VIEWER.id);
    const before = await counts();
    const result = await addEvidence(null, upload(new File([PDF_BYTES], "x.pdf")));
    expect(result).toMatchObject({ ok: false, message: "You do not have permission to do that." });
    expect(await counts()).toEqual(before);
  });
});

describe("downloading", () => {
  it("is a 404 for a member of another partnership, even naming their own partnership", async () => {
    const added = await addPdf();
    await signInAs(world.outsider.id);
    expect((await download(world.partnership.id, added.id)).status).toBe(404);
    expect((await download(world.other.id, added.id)).status).toBe(404);
    expect(
      await database.prisma.auditEvent.count({
        where: { action: "evidence.downloaded", entityId: added.id },
      }),
    ).toBe(0);
  });

  it("sends a signed-out person to sign in", async () => {
    const added = await addPdf();
    await signInAs(null);
    const response = await download(world.partnership.id, added.id);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("/sign-in");
  });

  it("is a 404 for a link, which has no file", async () => {
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const result = await addEvidence(null, {
      partnershipId: world.partnership.id,
      title: "Website",
      nature: "PROCESS",
      kind: "LINK",
      url: "https://example.org",
      evidenceDate: "2025-01-01",
    });
    if (!result.ok) throw new Error(result.message);
    expect((await download(world.partnership.id, result.data.id)).status).toBe(404);
  });
});

describe("removing a file uploaded in error", () => {
  it("leaves a tombstone: content gone, who, when and why kept, downloads 410, audited", async () => {
    const added = await addPdf("Contains a child's name");
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const result = await removeEvidenceFile(null, {
      partnershipId: world.partnership.id,
      evidenceId: added.id,
      reason: "It names a child",
    });
    expect(result).toMatchObject({ ok: true });
    const item = await database.prisma.evidenceItem.findUniqueOrThrow({
      where: { id: added.id },
      include: { file: true },
    });
    expect(item).toMatchObject({
      removedById: world.members.BUSINESS_MANAGER.id,
      removedReason: "It names a child",
    });
    expect(item.removedAt).toBeInstanceOf(Date);
    expect(item.file).toMatchObject({
      content: null,
      fileName: "Réunion (Feb).pdf",
      sizeBytes: PDF_BYTES.length,
      sha256: createHash("sha256").update(PDF_BYTES).digest("hex"),
    });
    const audit = await database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "evidence.removed", entityId: added.id },
    });
    expect(audit).toMatchObject({
      category: "CHANGE",
      actorUserId: world.members.BUSINESS_MANAGER.id,
      after: { reason: "It names a child" },
    });

    const response = await download(world.partnership.id, added.id);
    expect(response.status).toBe(410);
    expect(await response.text()).toMatch(/^This file was removed on /);

    const again = await removeEvidenceFile(null, {
      partnershipId: world.partnership.id,
      evidenceId: added.id,
      reason: "Twice",
    });
    expect(again).toMatchObject({ ok: false, message: "This file has already been removed." });

    const library = await getEvidenceLibrary(world.partnership.id);
    expect(library.items.find((i) => i.id === added.id)).toMatchObject({
      title: "Contains a child's name",
      file: { fileName: "Réunion (Feb).pdf" },
      removed: { by: "BUSINESS_MANAGER person", reason: "It names a child" },
    });
  });

  it("needs a reason, and is only for business managers", async () => {
    const added = await addPdf();
    await signInAs(world.members.BUSINESS_MANAGER.id);
    expect(
      await removeEvidenceFile(null, {
        partnershipId: world.partnership.id,
        evidenceId: added.id,
        reason: " ",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Enter why the file is being removed"] },
    });
    await signInAs(world.members.AGENCY_RESPONDENT.id);
    expect(
      await removeEvidenceFile(null, {
        partnershipId: world.partnership.id,
        evidenceId: added.id,
        reason: "Mine",
      }),
    ).toMatchObject({ ok: false, message: "You do not have permission to do that." });
    const item = await database.prisma.evidenceItem.findUniqueOrThrow({
      where: { id: added.id },
      include: { file: true },
    });
    expect(item.removedAt).toBeNull();
    expect(item.file?.content).not.toBeNull();
  });

  it("cannot reach another partnership's evidence through one's own partnership", async () => {
    const added = await addPdf();
    const outsider = await database.prisma.membership.findFirstOrThrow({
      where: { partnershipId: world.other.id, role: "BUSINESS_MANAGER" },
    });
    await signInAs(outsider.userId);
    const result = await removeEvidenceFile(null, {
      partnershipId: world.other.id,
      evidenceId: added.id,
      reason: "Not mine",
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("does not exist") });
    const item = await database.prisma.evidenceItem.findUniqueOrThrow({ where: { id: added.id } });
    expect(item.removedAt).toBeNull();
  });

  it("keeps removed evidence cited where it was, but it cannot be newly cited", async () => {
    const prisma = database.prisma;
    const scrutineer = world.members.SCRUTINEER.id;
    const { responses } = await createScrutinyAssessment(prisma, world.partnership.id, [
      scrutineer,
    ]);
    const [citing, other] = responses[scrutineer]!;
    const cited = await addPdf("Cited then removed");
    const spare = await addPdf("Never cited, then removed");
    await signInAs(scrutineer);
    const save = (responseId: string, evidenceIds: string[]) =>
      saveResponse(null, {
        partnershipId: world.partnership.id,
        responseId,
        version: 1,
        rating: "GREEN",
        narrative: "",
        remainingWork: "",
        notInScopeReason: "",
        evidenceIds,
      });
    expect(await save(citing!, [cited.id])).toMatchObject({ ok: true });

    await signInAs(world.members.BUSINESS_MANAGER.id);
    for (const id of [cited.id, spare.id])
      expect(
        await removeEvidenceFile(null, {
          partnershipId: world.partnership.id,
          evidenceId: id,
          reason: "Uploaded in error",
        }),
      ).toMatchObject({ ok: true });

    // Still cited, and shown with its tombstone.
    expect(await prisma.responseEvidence.count({ where: { evidenceId: cited.id } })).toBe(1);
    const library = await getEvidenceLibrary(world.partnership.id);
    expect(library.items.find((i) => i.id === cited.id)).toMatchObject({ citedBy: 1 });
    expect(await getCitedRemovedEvidence(world.partnership.id, [cited.id])).toEqual([
      expect.objectContaining({
        id: cited.id,
        removed: expect.objectContaining({ reason: "Uploaded in error" }),
      }),
    ]);

    await signInAs(scrutineer);
    expect(await save(other!, [spare.id])).toMatchObject({
      ok: false,
      message: "Some of the evidence chosen is no longer in the library.",
    });
    expect(await prisma.responseEvidence.count({ where: { evidenceId: spare.id } })).toBe(0);

    // The answer that already cites the removed file can still be saved with it ticked.
    const again = await saveResponse(null, {
      partnershipId: world.partnership.id,
      responseId: citing!,
      version: 2,
      rating: "GREEN",
      narrative: "Still relying on the audit",
      remainingWork: "",
      notInScopeReason: "",
      evidenceIds: [cited.id],
    });
    expect(again).toMatchObject({ ok: true });
    expect(await prisma.responseEvidence.count({ where: { evidenceId: cited.id } })).toBe(1);
  });
});
