import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as questionnaireXlsxRoute } from "@/app/(app)/partnerships/[partnershipId]/assessments/[assessmentId]/returns/[participantId]/questionnaire.xlsx/route";
import { GET as questionnaireDocxRoute } from "@/app/(app)/partnerships/[partnershipId]/assessments/[assessmentId]/returns/[participantId]/questionnaire.docx/route";
import { confirmReturnImport } from "@/lib/actions/returns/confirm-return-import";
import { previewReturnImport } from "@/lib/actions/returns/preview-return-import";
import { seed } from "../../prisma/seed";
import { createMember, createPartnership, createSelfAssessment } from "../support/factories";
import { fillReturn, type Filled } from "../support/fill-return";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import { signInAs } from "./support/session";

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let database: TestDatabase;
beforeAll(async () => {
  database = await startTestApp();
  await seed(database.prisma, { demo: false });
});
afterAll(() => database.drop());

async function setUp() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const school = partnership.organisations.find((o) => o.kind === "EDUCATION")!;
  const police = partnership.organisations.find((o) => o.kind === "POLICE")!;
  const respondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
    organisationId: school.id,
  });
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const { assessment, participants } = await createSelfAssessment(
    prisma,
    partnership.id,
    [school.id, police.id],
    "WIDER_PARTNER_SELF_ASSESSMENT",
  );
  const participantId = participants[school.id]!;
  await prisma.assessmentParticipant.update({
    where: { id: participantId },
    data: { dueOn: new Date("2026-07-01") },
  });
  const ids = { partnershipId: partnership.id, assessmentId: assessment.id, participantId };
  return { partnership, school, police, respondent, manager, assessment, participants, ids };
}

type Ids = { partnershipId: string; assessmentId: string; participantId: string };

async function download(ids: Ids, format: "xlsx" | "docx" = "xlsx") {
  const route = format === "xlsx" ? questionnaireXlsxRoute : questionnaireDocxRoute;
  return route(
    new Request(
      `http://localhost:3000/partnerships/${ids.partnershipId}/assessments/${ids.assessmentId}/returns/${ids.participantId}/questionnaire.${format}`,
    ),
    { params: Promise.resolve(ids) },
  );
}

async function upload(ids: Ids, bytes: Uint8Array, name = "return.xlsx") {
  return previewReturnImport(null, {
    ...ids,
    file: new File([bytes as Uint8Array<ArrayBuffer>], name),
  });
}

const answers: Record<string, Filled> = {
  "1.1": {
    rating: "Amber",
    narrative: "Safeguarding audit 2025",
    remainingWork: "Train governors",
  },
  "1.2": { rating: "Red", narrative: "No shared vision yet" },
  "2.1": { rating: "Green", narrative: "Termly reports to the board" },
  "3.1": { rating: "Not in scope", notInScopeReason: "Not a school matter" },
};

const responsesOf = (participantId: string) =>
  database.prisma.response.findMany({
    where: { participantId },
    select: {
      rating: true,
      narrative: true,
      remainingWork: true,
      notInScopeReason: true,
      version: true,
      enteredOnBehalf: true,
      question: { select: { code: true } },
    },
    orderBy: { question: { code: "asc" } },
  });

describe("importing an organisation's completed Excel return", () => {
  it("round trip: the blank download, filled in, previewed and confirmed, leaves the same values in the answers", async () => {
    const { respondent, ids } = await setUp();
    await signInAs(respondent.user.id);
    const blank = await download(ids);
    expect(blank.status).toBe(200);
    expect(blank.headers.get("Content-Disposition")).toMatch(
      /schools-alliance-questionnaire\.xlsx/,
    );
    const filled = await fillReturn(new Uint8Array(await blank.arrayBuffer()), answers);

    const preview = await upload(ids, filled);
    expect(preview).toMatchObject({ ok: true, data: { changes: 4 } });
    // Nothing is written until the import is confirmed.
    const untouched = await responsesOf(ids.participantId);
    expect(untouched.every((r) => r.rating === null && r.version === 1)).toBe(true);

    const importId = preview.ok ? preview.data.importId : "";
    const confirmed = await confirmReturnImport(null, { ...ids, importId });
    expect(confirmed).toMatchObject({ ok: true, data: { imported: 4 } });

    const stored = new Map((await responsesOf(ids.participantId)).map((r) => [r.question.code, r]));
    expect(stored.get("1.1")).toMatchObject({
      rating: "AMBER",
      narrative: "Safeguarding audit 2025",
      remainingWork: "Train governors",
      version: 2,
      enteredOnBehalf: false,
    });
    expect(stored.get("1.2")).toMatchObject({ rating: "RED", narrative: "No shared vision yet" });
    expect(stored.get("2.1")).toMatchObject({
      rating: "GREEN",
      narrative: "Termly reports to the board",
    });
    expect(stored.get("3.1")).toMatchObject({
      rating: "NOT_IN_SCOPE",
      notInScopeReason: "Not a school matter",
    });
    expect(stored.get("2.2")).toMatchObject({ rating: null, version: 1 });

    const participant = await database.prisma.assessmentParticipant.findUniqueOrThrow({
      where: { id: ids.participantId },
    });
    expect(participant.status).toBe("IN_PROGRESS");
    const events = await database.prisma.auditEvent.findMany({
      where: { partnershipId: ids.partnershipId, action: { startsWith: "returns." } },
      select: { action: true },
    });
    expect(events.map((e) => e.action).sort()).toEqual([
      "returns.import-checked",
      "returns.imported",
      "returns.questionnaire-downloaded",
    ]);
    expect(
      await database.prisma.auditEvent.count({
        where: { partnershipId: ids.partnershipId, action: "response.updated" },
      }),
    ).toBe(4);
    // A second confirm of the same file is refused.
    const again = await confirmReturnImport(null, { ...ids, importId });
    expect(again).toMatchObject({ ok: false, message: "This file has already been imported." });
  });

  it("refuses a malformed file with every reason by row, and changes nothing", async () => {
    const { respondent, ids } = await setUp();
    await signInAs(respondent.user.id);
    const blank = new Uint8Array(await (await download(ids)).arrayBuffer());
    const filled = await fillReturn(blank, {
      "1.1": { rating: "Purple", narrative: "?" },
      "1.2": { rating: "Red" },
      "1.3": { rating: "Amber", narrative: "Some", remainingWork: { formula: "A1" } as never },
    });
    const result = await upload(ids, filled);
    expect(result).toMatchObject({
      ok: false,
      message: "The file was not imported: there are 3 problems with it.",
    });
    expect(result.ok ? [] : result.fieldErrors?.file).toEqual([
      'Row 2 (question 1.1): "Purple" is not a rating: choose Red, Amber, Green, Not in scope',
      "Row 3 (question 1.2): A Red rating needs a narrative explaining it",
      "Row 4: the Remaining work cell holds a formula: type words instead",
    ]);
    const notExcel = await upload(
      ids,
      new TextEncoder().encode("rating,narrative\nRed,x\n"),
      "return.csv",
    );
    expect(notExcel.ok ? [] : notExcel.fieldErrors?.file).toEqual([
      "The selected file must be an Excel spreadsheet (.xlsx): use the questionnaire downloaded from Six Steps",
    ]);
    expect(
      await database.prisma.returnImport.count({ where: { participantId: ids.participantId } }),
    ).toBe(0);
    const stored = await responsesOf(ids.participantId);
    expect(stored.every((r) => r.rating === null && r.version === 1)).toBe(true);
  });

  it("refuses another organisation's questionnaire uploaded to this one", async () => {
    const { manager, police, participants, ids } = await setUp();
    await signInAs(manager.user.id);
    const policeIds = { ...ids, participantId: participants[police.id]! };
    const policeBlank = new Uint8Array(await (await download(policeIds)).arrayBuffer());
    const filled = await fillReturn(policeBlank, { "1.1": { rating: "Red", narrative: "None" } });
    const result = await upload(ids, filled);
    expect(result.ok ? [] : result.fieldErrors?.file).toEqual([
      "This file is the return of a different organisation or assessment, not Schools Alliance's: download the questionnaire for Schools Alliance and copy your answers into it",
    ]);
    expect(await database.prisma.returnImport.count()).toBeGreaterThanOrEqual(0);
    expect(
      await database.prisma.returnImport.count({ where: { participantId: ids.participantId } }),
    ).toBe(0);
  });

  it("refuses to confirm when an answer changed after the preview, and writes none of them", async () => {
    const { manager, ids } = await setUp();
    await signInAs(manager.user.id);
    const blank = new Uint8Array(await (await download(ids)).arrayBuffer());
    const preview = await upload(ids, await fillReturn(blank, answers));
    const importId = preview.ok ? preview.data.importId : "";
    const changedMeanwhile = await database.prisma.response.findFirstOrThrow({
      where: { participantId: ids.participantId, question: { code: "1.2" } },
    });
    await database.prisma.response.update({
      where: { id: changedMeanwhile.id },
      data: { narrative: "Saved online meanwhile", version: { increment: 1 } },
    });
    const result = await confirmReturnImport(null, { ...ids, importId });
    expect(result).toMatchObject({
      ok: false,
      message:
        "Nothing was imported: the answer to question 1.2 was changed after the file was checked. Upload the file again to see what it would change now.",
    });
    const stored = await responsesOf(ids.participantId);
    expect(stored.filter((r) => r.rating !== null)).toEqual([]);
    const held = await database.prisma.returnImport.findUniqueOrThrow({ where: { id: importId } });
    expect(held.confirmedAt).toBeNull();
  });

  it("gives the Word questionnaire to the business manager but not to a scrutineer or another organisation's respondent", async () => {
    const { partnership, manager, police, ids } = await setUp();
    await signInAs(manager.user.id);
    const docx = await download(ids, "docx");
    expect(docx.status).toBe(200);
    expect(docx.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const scrutineer = await createMember(database.prisma, partnership.id, "SCRUTINEER");
    await signInAs(scrutineer.user.id);
    expect((await download(ids, "docx")).status).toBe(403);
    const policeRespondent = await createMember(
      database.prisma,
      partnership.id,
      "AGENCY_RESPONDENT",
      {
        organisationId: police.id,
      },
    );
    await signInAs(policeRespondent.user.id);
    expect((await download(ids, "xlsx")).status).toBe(403);
    const preview = await upload(ids, new Uint8Array([1, 2, 3]));
    expect(preview).toMatchObject({
      ok: false,
      message:
        "Only Schools Alliance's agency respondent or the business manager can use its offline form.",
    });
  });
});
