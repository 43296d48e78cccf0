import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as actionsCsvRoute } from "@/app/(app)/partnerships/[partnershipId]/yearly-report/[cycleId]/export/actions.csv/route";
import { GET as docxRoute } from "@/app/(app)/partnerships/[partnershipId]/yearly-report/[cycleId]/export/docx/route";
import { GET as pdfRoute } from "@/app/(app)/partnerships/[partnershipId]/yearly-report/[cycleId]/export/pdf/route";
import { GET as ratingsCsvRoute } from "@/app/(app)/partnerships/[partnershipId]/yearly-report/[cycleId]/export/ratings.csv/route";
import { GET as ratingsXlsxRoute } from "@/app/(app)/partnerships/[partnershipId]/yearly-report/[cycleId]/export/ratings.xlsx/route";
import PrintPage from "@/app/(app)/partnerships/[partnershipId]/yearly-report/[cycleId]/print/page";
import { YEARLY_REPORT_PARTS } from "@/lib/domain/yearly-report";
import { FRAMEWORK_CITATION } from "@/lib/framework/six-steps";
import { seedFramework } from "../../prisma/seed/framework";
import { createMember, createPartnership } from "../support/factories";
import { pdfTags, pdfText, tableRows, withRole } from "../support/pdf-read";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import { addFinalisedScrutiny, originalFramework } from "./support/report-world";
import { signInAs } from "./support/session";

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

type Route = typeof docxRoute;

let database: TestDatabase;
let ids: { partnershipId: string; cycleId: string; otherCycleId: string };
let people: { manager: string; scrutineer: string; outsider: string };
let questions: Array<{ step: string; code: string; text: string }>;

beforeAll(async () => {
  database = await startTestApp();
  const { prisma } = database;
  await seedFramework(prisma);
  const partnership = await createPartnership(
    prisma,
    "North Shire Safeguarding Children Partnership",
  );
  await prisma.partnership.update({ where: { id: partnership.id }, data: { slug: "northshire" } });
  const other = await createPartnership(prisma);
  const framework = await originalFramework(prisma);
  // Last cycle everything was Amber; this cycle 1.1 is Red, 1.2 Amber and the rest Green.
  await addFinalisedScrutiny(prisma, partnership.id, {
    name: "2024–25",
    startsOn: "2024-04-01",
    versionId: framework.id,
    questions: framework.questions,
    rating: () => "AMBER",
  });
  const { cycle } = await addFinalisedScrutiny(prisma, partnership.id, {
    name: "2025–26",
    startsOn: "2025-04-01",
    versionId: framework.id,
    questions: framework.questions,
    rating: (index) => (index === 0 ? "RED" : index === 1 ? "AMBER" : "GREEN"),
  });
  const { cycle: otherCycle } = await addFinalisedScrutiny(prisma, other.id, {
    name: "2025–26",
    startsOn: "2025-04-01",
    versionId: framework.id,
    questions: framework.questions,
    rating: () => "GREEN",
  });
  await prisma.yearlyReportSection.create({
    data: {
      partnershipId: partnership.id,
      cycleId: cycle.id,
      whatWasDone: "The partners met monthly and the scrutineer attended both executives.",
      assuranceStatement: "The safeguarding partners are assured that the arrangements work.",
    },
  });
  const council = partnership.organisations.find((o) => o.name === "County Council")!;
  const action = (description: string, dueOn: string, cycleId: string | null) =>
    prisma.action.create({
      data: {
        partnershipId: partnership.id,
        cycleId,
        description,
        ownerOrganisationId: council.id,
        ownerName: "Sam Owner",
        dueOn: new Date(`${dueOn}T00:00:00Z`),
        sourceType: "OTHER",
      },
    });
  await action("Refresh the threshold document", "2020-01-31", cycle.id);
  await action("Publish the training evaluation", "2099-01-31", cycle.id);
  await action("Review the old escalation policy", "2099-01-31", null);

  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const scrutineer = await createMember(prisma, partnership.id, "SCRUTINEER");
  const outsider = await createMember(prisma, other.id, "BUSINESS_MANAGER");
  ids = { partnershipId: partnership.id, cycleId: cycle.id, otherCycleId: otherCycle.id };
  people = { manager: manager.user.id, scrutineer: scrutineer.user.id, outsider: outsider.user.id };
  const steps = await prisma.frameworkStep.findMany({
    where: { versionId: framework.id },
    orderBy: { position: "asc" },
    select: {
      number: true,
      title: true,
      questions: { orderBy: { position: "asc" }, select: { code: true, text: true } },
    },
  });
  questions = steps.flatMap((s) =>
    s.questions.map((q) => ({ step: `Step ${s.number}: ${s.title}`, code: q.code, text: q.text })),
  );
});
afterAll(() => database.drop());

function call(route: Route, kind: string, cycleId = ids.cycleId) {
  const url = `http://localhost:3000/partnerships/${ids.partnershipId}/yearly-report/${cycleId}/export/${kind}`;
  return route(new Request(url), {
    params: Promise.resolve({ partnershipId: ids.partnershipId, cycleId }),
  });
}

const download = async (route: Route, kind: string) => {
  await signInAs(people.manager);
  const response = await call(route, kind);
  expect(response.status).toBe(200);
  return response;
};

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join("")
    .replace(/&amp;/g, "&")
    .replace(/&apos;/g, "'");

describe("the yearly report's exports", () => {
  it("downloads the section as a Word document with every heading, the ratings and the actions", async () => {
    const response = await download(docxRoute, "docx");
    expect(response.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="northshire-yearly-report-2025-26-scrutiny-section.docx"',
    );
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const body = strFromU8(files["word/document.xml"]!);
    const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null,
      text: textOf(p),
    }));
    const rows = [...body.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
      [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => textOf(cell)),
    );
    expect(paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text)).toEqual([
      ...YEARLY_REPORT_PARTS.map((p) => p.heading),
      "About the framework",
    ]);
    expect(paragraphs.map((p) => p.text)).toContain(
      "The partners met monthly and the scrutineer attended both executives.",
    );
    // Step 1 against last cycle's all-Amber: 1.1 Red (declined), 1.2 Amber, 1.3 and 1.4 Green.
    expect(rows).toContainEqual([
      questions[0]!.step,
      "1",
      "1",
      "2",
      "0",
      "2 improved, 1 declined, 1 the same",
    ]);
    expect(rows).toContainEqual([questions[0]!.code, "Red", questions[0]!.text]);
    expect(rows).toContainEqual([questions[1]!.code, "Amber", questions[1]!.text]);
    const overdue = rows.find((row) => row[0] === "Refresh the threshold document");
    expect(overdue?.slice(0, 3)).toEqual([
      "Refresh the threshold document",
      "County Council (Sam Owner)",
      "31 January 2020",
    ]);
    expect(body).not.toContain("Publish the training evaluation");
    expect(textOf(body)).toContain(FRAMEWORK_CITATION);
  });

  it("downloads the same section as a tagged PDF that says the same", async () => {
    const response = await download(pdfRoute, "pdf");
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="northshire-yearly-report-2025-26-scrutiny-section.pdf"',
    );
    const pdf = Buffer.from(await response.arrayBuffer());
    const tags = await pdfTags(pdf);
    expect(withRole(tags, "H2").map((h) => h.text)).toEqual([
      ...YEARLY_REPORT_PARTS.map((p) => p.heading),
      "About the framework",
    ]);
    const rows = tableRows(tags);
    expect(rows).toContainEqual([
      questions[0]!.step,
      "1",
      "1",
      "2",
      "0",
      "2 improved, 1 declined, 1 the same",
    ]);
    expect(rows).toContainEqual([questions[0]!.code, "Red", questions[0]!.text]);
    expect(rows.find((row) => row[0] === "Refresh the threshold document")?.[2]).toBe(
      "31 January 2020",
    );
    const text = await pdfText(pdf);
    expect(text).toContain("The safeguarding partners are assured that the arrangements work.");
    expect(text).toContain(FRAMEWORK_CITATION.replace(/\s+/g, " "));
    expect(text).not.toContain("Publish the training evaluation");
  });

  it("downloads every question's rating and its change since last cycle, in words", async () => {
    const response = await download(ratingsCsvRoute, "ratings.csv");
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="northshire-yearly-report-2025-26-ratings.csv"',
    );
    const quote = (cell: string) =>
      /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
    const expected = [
      ["Step", "Question", "What the question asks", "Rating", "Change since last cycle"],
      ...questions.map((q, index) =>
        index === 0
          ? [q.step, q.code, q.text, "Red", "Declined (was Amber)"]
          : index === 1
            ? [q.step, q.code, q.text, "Amber", "Same as last cycle"]
            : [q.step, q.code, q.text, "Green", "Improved (was Amber)"],
      ),
    ];
    // Decoded keeping the byte-order mark Excel needs (Response.text() would drop it).
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(csv).toBe("\uFEFF" + expected.map((row) => `${row.map(quote).join(",")}\r\n`).join(""));
    expect(questions).toHaveLength(24);

    const xlsx = await download(ratingsXlsxRoute, "ratings.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet("Ratings")!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(expected[0]);
    expect(values(2)).toEqual(expected[1]);
    expect(sheet.rowCount).toBe(25);
  });

  it("downloads the cycle's actions only, in the action tracker's columns", async () => {
    const response = await download(actionsCsvRoute, "actions.csv");
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="northshire-yearly-report-2025-26-actions.csv"',
    );
    const csv = await response.text();
    expect(csv).toContain("Refresh the threshold document");
    expect(csv).toContain("Publish the training evaluation");
    expect(csv).not.toContain("Review the old escalation policy");
    expect(csv.trim().split("\r\n")).toHaveLength(3);
  });

  it("records each download in the access log with its file name", async () => {
    const since = new Date();
    await download(pdfRoute, "pdf");
    const events = await database.prisma.auditEvent.findMany({
      where: { action: "yearly-report.exported", at: { gte: since } },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      category: "ACCESS",
      actorUserId: people.manager,
      partnershipId: ids.partnershipId,
      entityType: "Cycle",
      entityId: ids.cycleId,
      metadata: {
        format: "pdf",
        fileName: "northshire-yearly-report-2025-26-scrutiny-section.pdf",
      },
    });
  });

  it("answers 404 to another partnership's people and for another partnership's cycle", async () => {
    const since = new Date();
    await signInAs(people.outsider);
    expect((await call(docxRoute, "docx")).status).toBe(404);
    await signInAs(people.manager);
    expect((await call(pdfRoute, "pdf", ids.otherCycleId)).status).toBe(404);
    expect((await call(ratingsCsvRoute, "ratings.csv", "not-a-uuid")).status).toBe(404);
    await signInAs(null);
    const signedOut = await call(docxRoute, "docx");
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get("Location")).toContain("/sign-in?callbackUrl=");
    const logged = await database.prisma.auditEvent.count({
      where: { action: "yearly-report.exported", at: { gte: since } },
    });
    expect(logged).toBe(0);
  });

  it("keeps a draft section from the scrutineer until it is shared", async () => {
    await signInAs(people.scrutineer);
    expect((await call(docxRoute, "docx")).status).toBe(403);
    await database.prisma.yearlyReportSection.updateMany({
      where: { cycleId: ids.cycleId },
      data: { status: "SHARED", sharedWithScrutineerAt: new Date() },
    });
    expect((await call(docxRoute, "docx")).status).toBe(200);
  });

  it("shows the same section on the print page, and records that it was opened", async () => {
    await signInAs(people.manager);
    const since = new Date();
    const html = renderToStaticMarkup(
      await PrintPage({
        params: Promise.resolve({ partnershipId: ids.partnershipId, cycleId: ids.cycleId }),
      }),
    );
    const texts = (tag: string) =>
      [...html.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([\\s\\S]*?)</${tag}>`, "g"))].map(([, t]) =>
        t!.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'"),
      );
    expect(texts("h1")).toEqual([
      "North Shire Safeguarding Children Partnership: independent scrutiny section of the yearly report 2025–26",
    ]);
    expect(texts("h2")).toEqual([
      ...YEARLY_REPORT_PARTS.map((p) => p.heading),
      "About the framework",
    ]);
    expect(texts("td")).toContain("2 improved, 1 declined, 1 the same");
    expect(texts("td")).toContain("Refresh the threshold document");
    expect(html).toContain("Print or save as PDF");
    expect(
      await database.prisma.auditEvent.count({
        where: { action: "yearly-report.printed", entityId: ids.cycleId, at: { gte: since } },
      }),
    ).toBe(1);
  });
});
