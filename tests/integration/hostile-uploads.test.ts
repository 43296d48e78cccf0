/**
 * Hostile uploads through the real actions: files over the limit, HTML, script or programs behind a
 * harmless extension, names that are paths, markup in names and titles. Each is refused with a
 * clear message and nothing stored, or (where accepting is right) stored as inert text: a file name
 * with no path, downloaded as an attachment with a safe name, a listed type and no sniffing.
 */
import { Document, Packer, Paragraph } from "docx";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as downloadFile } from "@/app/(app)/partnerships/[partnershipId]/evidence/[evidenceId]/file/route";
import { GET as exportFramework } from "@/app/(app)/partnerships/[partnershipId]/frameworks/[versionId]/export/route";
import { EvidenceTable } from "@/components/evidence/evidence-table";
import { addEvidence } from "@/lib/actions/evidence/add-evidence";
import { HIDDEN_CHARACTER } from "@/lib/actions/safe-action";
import { importFramework } from "@/lib/actions/frameworks/import-framework";
import { inviteMembersFromCsv } from "@/lib/actions/members/invite-members-from-csv";
import { previewReturnImport } from "@/lib/actions/returns/preview-return-import";
import { getEvidenceLibrary } from "@/lib/data/evidence";
import { FRAMEWORK_FILE_FORMAT, FRAMEWORK_FILE_VERSION } from "@/lib/domain/framework-versions";
import { MAX_UPLOAD_BYTES } from "@/lib/domain/uploads";
import { RAG_DEFINITIONS } from "@/lib/framework/six-steps";
import { toFormData } from "../support/fuzz";
import { unclearMessage } from "../support/clear-message";
import { MATRIX } from "./isolation-cases";
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

const SCRIPT = "<script>alert(1)</script>";
const IMG = '"><img src=x onerror=alert(1)>';
const bytes = (text: string) => new TextEncoder().encode(text);
const PDF = bytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const HTML = bytes(`<!doctype html><html><body>${SCRIPT}<p>Minutes</p></body></html>`);
const SVG = bytes(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">${SCRIPT}</svg>`);
const EXE = new Uint8Array([
  0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xff, 0xff,
]);
// Everything a download may be sent as (lib/domain/uploads.ts); never text/html or a guess.
const ALLOWED_TYPES = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "image/png",
  "image/jpeg",
  "text/plain; charset=utf-8",
  "text/csv; charset=utf-8",
];

async function wordDocument(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph("Board minutes")] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function evidence(file: File, title = "Audit of child protection plans", description = "") {
  return toFormData({
    partnershipId: world.partnership.id,
    title,
    nature: "OUTCOME",
    kind: "DOCUMENT",
    evidenceDate: "2026-02-14",
    description,
    file,
  });
}

async function evidenceCounts() {
  const where = { partnershipId: world.partnership.id };
  return {
    files: await database.prisma.storedFile.count({ where }),
    items: await database.prisma.evidenceItem.count({ where }),
  };
}

/** Adds the file as evidence: it must be refused with this message, storing nothing. */
async function expectRefused(file: File, message: string | RegExp) {
  const before = await evidenceCounts();
  const result = await addEvidence(null, evidence(file));
  expect(result.ok, file.name).toBe(false);
  if (result.ok) return;
  expect(unclearMessage(result.message)).toBeNull();
  expect(result.fieldErrors?.file, file.name).toEqual([expect.stringMatching(message)]);
  expect(await evidenceCounts(), `${file.name}: nothing stored`).toEqual(before);
}

/** Adds the file as evidence, then downloads it as a viewer: the stored name and the response. */
async function addAndDownload(file: File, title?: string, description?: string) {
  const result = await addEvidence(null, evidence(file, title, description));
  if (!result.ok)
    throw new Error(`${file.name}: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  const item = await database.prisma.evidenceItem.findUniqueOrThrow({
    where: { id: result.data.id },
    include: { file: { select: { fileName: true, mimeType: true } } },
  });
  await signInAs(world.members.VIEWER.id);
  const response = await downloadFile(
    new Request(
      `http://localhost:3000/partnerships/${world.partnership.id}/evidence/${item.id}/file`,
    ),
    { params: Promise.resolve({ partnershipId: world.partnership.id, evidenceId: item.id }) },
  );
  await signInAs(world.members.BUSINESS_MANAGER.id);
  return { item, response };
}

/** An attachment, a safe plain name, a listed type and no sniffing. */
function expectInertDownload(response: Response, fileName: string) {
  expect(response.status).toBe(200);
  const disposition = response.headers.get("content-disposition") ?? "";
  const [, ascii, encoded] =
    /^attachment; filename="([^"]*)"; filename\*=UTF-8''(.*)$/.exec(disposition) ?? [];
  expect(ascii, disposition).toMatch(/^[\x20-\x7e]+$/);
  expect(ascii).not.toMatch(/[/\\"]|^\.|\.\./);
  expect(encoded).toMatch(/^[A-Za-z0-9%._~-]+$/);
  expect(decodeURIComponent(encoded ?? "")).toBe(fileName);
  expect(ALLOWED_TYPES).toContain(response.headers.get("content-type"));
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("content-security-policy")).toContain("sandbox");
}

describe("hostile evidence uploads", () => {
  beforeAll(() => signInAs(world.members.BUSINESS_MANAGER.id));

  it("refuses a PDF one byte over 10 MB, storing nothing", async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(PDF);
    await expectRefused(
      new File([big], "minutes.pdf"),
      "The selected file must be smaller than 10 MB",
    );
  });

  it("refuses HTML, SVG with script and a program behind .pdf, .docx and .png names, storing nothing", async () => {
    const TYPE =
      /^The selected file must be a PDF, Word, Excel, PowerPoint, PNG, JPEG, CSV or text file$/;
    const cases: Array<[Uint8Array, string, string]> = [
      [HTML, "minutes.pdf", "application/pdf"],
      [
        HTML,
        "minutes.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ],
      [HTML, "minutes.html", "text/html"],
      [SVG, "chart.png", "image/png"],
      [SVG, "chart.svg", "image/svg+xml"],
      [EXE, "report.pdf", "application/pdf"],
      [EXE, "report.docx", ""],
      [bytes("MZ This program cannot be run in DOS mode"), "setup.txt.exe", ""],
    ];
    for (const [content, name, type] of cases)
      await expectRefused(new File([content as Uint8Array<ArrayBuffer>], name, { type }), TYPE);
    // A real document under another document's extension is named for what it is.
    await expectRefused(new File([PDF], "minutes.docx"), /is a PDF but its name ends in \.docx/);
  });

  it("refuses a name whose NUL byte hides another extension, storing nothing", async () => {
    await expectRefused(
      new File([PDF], "minutes.pdf\u0000.html"),
      /is a PDF but its name ends in \.html/,
    );
  });

  it("refuses a title or description holding a NUL character, which the database cannot store", async () => {
    const before = await evidenceCounts();
    const result = await addEvidence(
      null,
      evidence(new File([PDF], "minutes.pdf"), "Minutes\u0000", "Pasted\u0000text"),
    );
    expect(result).toMatchObject({
      ok: false,
      message: "There is a problem with what you entered.",
      fieldErrors: { title: [HIDDEN_CHARACTER], description: [HIDDEN_CHARACTER] },
    });
    expect(await evidenceCounts()).toEqual(before);
  });

  it("keeps only the last part of a name that is a path, and downloads it under a safe name", async () => {
    const docx = await wordDocument();
    const cases: Array<[Uint8Array, string, string]> = [
      [PDF, "../../etc/passwd.pdf", "passwd.pdf"],
      [docx, "..\\..\\boot.ini.docx", "boot.ini.docx"],
      [PDF, "/etc/cron.d/minutes.pdf", "minutes.pdf"],
      [PDF, "C:\\Windows\\System32\\minutes.pdf", "minutes.pdf"],
      [PDF, "minutes\u0000.pdf", "minutes.pdf"],
      [PDF, `${"a".repeat(296)}.pdf`, `${"a".repeat(116)}.pdf`],
      [PDF, "..pdf", "evidence.pdf"],
    ];
    for (const [content, name, stored] of cases) {
      const { item, response } = await addAndDownload(
        new File([content as Uint8Array<ArrayBuffer>], name),
      );
      expect(item.file?.fileName, name).toBe(stored);
      expect(item.file?.fileName).not.toMatch(/[/\\\u0000]/);
      expectInertDownload(response, stored);
    }
  });

  it("keeps markup in a title, a description and a file name as text, shown and sent inert", async () => {
    const title = `Minutes ${SCRIPT}`;
    const description = `Notes ${IMG}`;
    const { item, response } = await addAndDownload(
      new File([PDF], `${IMG}${SCRIPT}.pdf`),
      title,
      description,
    );
    expect(item).toMatchObject({ title, description });
    // "</script>" holds a slash, so all before it reads as folders: only the last part is kept.
    expect(item.file?.fileName).toBe("script.pdf");
    expectInertDownload(response, "script.pdf");

    const library = await getEvidenceLibrary(world.partnership.id);
    const html = renderToStaticMarkup(
      createElement(EvidenceTable, {
        partnershipId: world.partnership.id,
        items: library.items.filter((shown) => shown.id === item.id),
        canRemove: false,
      }),
    );
    expect(html).toContain("Minutes &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toMatch(/<script|<img|<[^>]*\bonerror=/i);
  });

  it("accepts an HTML page named .txt only as plain text, downloaded sandboxed and never sniffed", async () => {
    const { item, response } = await addAndDownload(
      new File([HTML], "notes.txt", { type: "text/html" }),
    );
    expect(item.file).toEqual({ fileName: "notes.txt", mimeType: "text/plain" });
    expectInertDownload(response, "notes.txt");
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });
});

describe("hostile framework files", () => {
  const frameworkFile = (overrides: Record<string, unknown> = {}) =>
    JSON.stringify({
      format: FRAMEWORK_FILE_FORMAT,
      formatVersion: FRAMEWORK_FILE_VERSION,
      title: "Hostile framework",
      label: "Version 1",
      rag: { ...RAG_DEFINITIONS },
      steps: [{ title: "Step one", questions: [{ text: "Is it working?" }] }],
      ...overrides,
    });
  const upload = (content: BlobPart, name = "framework.json") =>
    importFramework(null, { partnershipId: world.partnership.id, file: new File([content], name) });

  it("refuses a file of the wrong type, too large, or not a framework, creating nothing", async () => {
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const before = await database.prisma.framework.count();
    const cases: Array<[BlobPart, RegExp]> = [
      [PDF as Uint8Array<ArrayBuffer>, /not valid JSON/],
      [EXE as Uint8Array<ArrayBuffer>, /not valid JSON/],
      [HTML as Uint8Array<ArrayBuffer>, /not valid JSON/],
      [new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), /not valid JSON/],
      [`${frameworkFile()}${" ".repeat(200_001)}`, /must be 200 KB or smaller/],
      ["5", /^This is not a Six Steps framework file/],
      ["[]", /^This is not a Six Steps framework file/],
      [
        frameworkFile({ title: "Hidden\u0000character" }),
        /title: The framework title contains a hidden/,
      ],
      ['{"__proto__":{"isSiteAdmin":true}}', /fields this format does not have: __proto__/],
      [frameworkFile({ steps: [SCRIPT] }), /^Step 1: Give each step as its title/],
      [frameworkFile({ [SCRIPT]: 1 }), /fields this format does not have: <script>/],
    ];
    for (const [content, problem] of cases) {
      const result = await upload(content);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.fieldErrors?.file?.join("\n")).toMatch(problem);
      expect(unclearMessage(result.message)).toBeNull();
      // A problem may name its field in the file first ("format: This is not…"): the sentence follows.
      for (const message of result.fieldErrors?.file ?? []) {
        const sentence = /^\p{Lu}/u.test(message) ? message : message.replace(/^[^:]+: /, "");
        expect(unclearMessage(sentence), message).toBeNull();
      }
    }
    expect(({} as Record<string, unknown>).isSiteAdmin).toBeUndefined();
    expect(await database.prisma.framework.count()).toBe(before);
  });

  it("keeps markup in a framework's texts as text, and exports it as a JSON attachment", async () => {
    const result = await upload(
      frameworkFile({
        title: `Framework ${SCRIPT}`,
        steps: [{ title: IMG, questions: [{ text: `Is ${SCRIPT} shown as text?` }] }],
      }),
      `${SCRIPT}.json`,
    );
    if (!result.ok) throw new Error(result.message);
    const framework = await database.prisma.framework.findUniqueOrThrow({
      where: { id: result.data.frameworkId },
      select: { title: true },
    });
    expect(framework.title).toBe(`Framework ${SCRIPT}`);
    const response = await exportFramework(
      new Request(
        `http://localhost:3000/partnerships/${world.partnership.id}/frameworks/${result.data.versionId}/export`,
      ),
      {
        params: Promise.resolve({
          partnershipId: world.partnership.id,
          versionId: result.data.versionId,
        }),
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[\w.-]+"$/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const exported = JSON.parse(await response.text()) as { steps: Array<{ title: string }> };
    expect(exported.steps[0]?.title).toBe(IMG);
  });
});

describe("hostile invitation CSV files", () => {
  const csv = (content: BlobPart, name = "people.csv", type = "text/csv") =>
    inviteMembersFromCsv(
      null,
      toFormData({
        partnershipId: world.partnership.id,
        file: new File([content], name, { type }),
      }),
    );
  const invitations = () =>
    database.prisma.invitation.count({ where: { partnershipId: world.partnership.id } });

  it("refuses a program, a spreadsheet, a PDF or HTML renamed .csv, too large a file, and markup in an address or role, inviting nobody", async () => {
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const before = await invitations();
    const header = "email,name,role,organisation\n";
    const cases: Array<[BlobPart, RegExp]> = [
      [EXE as Uint8Array<ArrayBuffer>, /CSV UTF-8/],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), /CSV UTF-8/],
      [PDF as Uint8Array<ArrayBuffer>, /^The file|^Row|column|heading/i],
      [HTML as Uint8Array<ArrayBuffer>, /^The file|^Row|column|heading/i],
      [`${header}${"x".repeat(200 * 1024)}`, /^The file must be smaller than 200 KB$/],
      [`${header}${IMG}@example.org,Eve,viewer,\n`, /^Row 2: /],
      [`${header}eve@example.org,Eve,${SCRIPT},\n`, /^Row 2: /],
    ];
    for (const [content, problem] of cases) {
      const result = await csv(content);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const problems = result.fieldErrors?.file ?? [];
      expect(problems.join("\n")).toMatch(problem);
      for (const message of [result.message, ...problems])
        expect(unclearMessage(message), message).toBeNull();
    }
    expect(await invitations()).toBe(before);
  });

  it("keeps markup in a person's name as text, in the invitation and its plain-text mail", async () => {
    const email = `hostile-${Date.now()}@example.org`;
    const result = await csv(`email,name,role,organisation\n${email},"${SCRIPT}",viewer,\n`);
    expect(result).toMatchObject({ ok: true, data: { count: 1 } });
    const invitation = await database.prisma.invitation.findFirstOrThrow({ where: { email } });
    expect(invitation.name).toBe(SCRIPT);
    const mail = await database.prisma.outboxMessage.findFirstOrThrow({ where: { to: email } });
    expect(Object.keys(mail)).not.toContain("html");
  });
});

describe("hostile returns", () => {
  it("refuses a program, HTML or CSV renamed .xlsx and too large a file, storing no import", async () => {
    const entry = MATRIX["lib/actions/returns/preview-return-import.ts#previewReturnImport"];
    if (entry?.kind !== "partnership")
      throw new Error("the matrix has no case for the returns import");
    const prepared = (await entry.prepare(world, database.prisma)) as Record<string, unknown>;
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const before = await database.prisma.returnImport.count();
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const cases: Array<[Uint8Array, string, RegExp]> = [
      [EXE, "return.xlsx", /must be an Excel spreadsheet/],
      [HTML, "return.xlsx", /must be an Excel spreadsheet/],
      [bytes(`Question,Rating\n1.1,${SCRIPT}\n`), "return.xlsx", /must be an Excel spreadsheet/],
      [big, "return.xlsx", /must be smaller than 2 MB/],
    ];
    for (const [content, name, problem] of cases) {
      const result = await previewReturnImport(null, {
        ...prepared,
        file: new File([content as Uint8Array<ArrayBuffer>], name),
      } as never);
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.fieldErrors?.file?.join("\n"), name).toMatch(problem);
      expect(unclearMessage(result.message)).toBeNull();
    }
    expect(await database.prisma.returnImport.count()).toBe(before);
  });
});
