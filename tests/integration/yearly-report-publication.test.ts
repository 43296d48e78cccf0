import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addRecipient } from "@/lib/actions/yearly-report/add-recipient";
import { publishSection } from "@/lib/actions/yearly-report/publish-section";
import { recordSignOff } from "@/lib/actions/yearly-report/record-sign-off";
import { recordSubmission } from "@/lib/actions/yearly-report/record-submission";
import { removeRecipient } from "@/lib/actions/yearly-report/remove-recipient";
import { removeSignOff } from "@/lib/actions/yearly-report/remove-sign-off";
import { updateRecipient } from "@/lib/actions/yearly-report/update-recipient";
import { addDays } from "@/lib/domain/actions";
import { ukDateStamp } from "@/lib/domain/london-time";
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

const today = () => ukDateStamp(new Date());
const tomorrow = () => addDays(today(), 1);
let counter = 0;

/** A fresh cycle of partnership A with its section in the given status. */
async function section(status: "DRAFT" | "SHARED" | "SIGNED_OFF" | "PUBLISHED" = "SHARED") {
  const prisma = database.prisma;
  const n = ++counter;
  const cycle = await prisma.cycle.create({
    data: {
      partnershipId: world.partnership.id,
      name: `Cycle ${n}`,
      startsOn: new Date(`${2000 + n}-04-01`),
      endsOn: new Date(`${2001 + n}-03-31`),
    },
  });
  const row = await prisma.yearlyReportSection.create({
    data: { partnershipId: world.partnership.id, cycleId: cycle.id, status },
  });
  return { cycleId: cycle.id, sectionId: row.id, partnershipId: world.partnership.id };
}

const org = (name: string) => world.partnership.organisations.find((o) => o.name === name)!.id;
const STATUTORY = ["County Council", "Police", "Integrated Care Board"];

function signOffInput(ids: { partnershipId: string; cycleId: string }, organisation: string) {
  return {
    ...ids,
    organisationId: org(organisation),
    designation: "DELEGATED_SAFEGUARDING_PARTNER",
    signerName: `Signer for ${organisation}`,
    "signedOn-day": "3",
    "signedOn-month": "6",
    "signedOn-year": "2026",
    meeting: "Safeguarding partners’ executive",
  };
}

async function asManager() {
  await signInAs(world.members.BUSINESS_MANAGER.id);
}

async function statusOf(sectionId: string) {
  return (await database.prisma.yearlyReportSection.findUniqueOrThrow({ where: { id: sectionId } }))
    .status;
}

async function signAll(ids: { partnershipId: string; cycleId: string }) {
  for (const name of STATUTORY) {
    const result = await recordSignOff(null, signOffInput(ids, name));
    if (!result.ok) throw new Error(result.message);
  }
}

const publication = (ids: { partnershipId: string; cycleId: string }, extra = {}) => ({
  ...ids,
  "publishedOn-day": "12",
  "publishedOn-month": "6",
  "publishedOn-year": "2026",
  publishedUrl: "https://www.example.gov.uk/yearly-report-2025-26",
  presentedAt: "Partnership board, 12 June 2026",
  ...extra,
});

describe("recording the statutory partners' sign-off", () => {
  it("signs the section off once every statutory partner has signed, and records who, when and where", async () => {
    await asManager();
    const ids = await section("SHARED");
    const first = await recordSignOff(null, signOffInput(ids, "Police"));
    expect(first).toMatchObject({ ok: true, data: { status: "SHARED" } });
    await recordSignOff(null, signOffInput(ids, "County Council"));
    expect(await statusOf(ids.sectionId)).toBe("SHARED");
    const last = await recordSignOff(null, {
      ...signOffInput(ids, "Integrated Care Board"),
      designation: "LEAD_SAFEGUARDING_PARTNER",
      signerName: "  Dr   Amira Shah ",
    });
    expect(last).toMatchObject({ ok: true, data: { status: "SIGNED_OFF" } });
    expect(await statusOf(ids.sectionId)).toBe("SIGNED_OFF");
    const stored = await database.prisma.yearlyReportSignOff.findFirstOrThrow({
      where: { sectionId: ids.sectionId, organisationId: org("Integrated Care Board") },
    });
    expect(stored).toMatchObject({
      designation: "LEAD_SAFEGUARDING_PARTNER",
      signerName: "Dr Amira Shah",
      signedOn: new Date("2026-06-03"),
      meeting: "Safeguarding partners’ executive",
      recordedById: world.members.BUSINESS_MANAGER.id,
    });
    const audit = await database.prisma.auditEvent.findMany({
      where: {
        action: "yearly-report.sign-off-recorded",
        metadata: { path: ["sectionId"], equals: ids.sectionId },
      },
    });
    expect(audit).toHaveLength(3);
  });

  it("refuses before the section was shared with the independent scrutineer", async () => {
    await asManager();
    const ids = await section("DRAFT");
    const result = await recordSignOff(null, signOffInput(ids, "Police"));
    expect(result).toMatchObject({
      ok: false,
      message:
        "Share the section with the independent scrutineer before the statutory partners sign it off",
    });
    expect(
      await database.prisma.yearlyReportSignOff.count({ where: { sectionId: ids.sectionId } }),
    ).toBe(0);
  });

  it("refuses an organisation that is not a statutory partner, and one signing twice", async () => {
    await asManager();
    const ids = await section("SHARED");
    expect(await recordSignOff(null, signOffInput(ids, "Schools Alliance"))).toMatchObject({
      ok: false,
      fieldErrors: {
        organisationId: ["Only a statutory partner of this partnership can sign off the section"],
      },
    });
    const theirs = world.other.organisations.find((o) => o.name === "Police")!.id;
    expect(
      await recordSignOff(null, { ...signOffInput(ids, "Police"), organisationId: theirs }),
    ).toMatchObject({ ok: false });
    await recordSignOff(null, signOffInput(ids, "Police"));
    expect(await recordSignOff(null, signOffInput(ids, "Police"))).toMatchObject({
      ok: false,
      message:
        "Police has already signed off. Remove that sign-off first to record a different one",
    });
    expect(
      await database.prisma.yearlyReportSignOff.count({ where: { sectionId: ids.sectionId } }),
    ).toBe(1);
  });

  it("says what is missing or wrong in the form, in words", async () => {
    await asManager();
    const ids = await section("SHARED");
    const [year, month, day] = tomorrow().split("-");
    const result = await recordSignOff(null, {
      ...ids,
      organisationId: "",
      designation: "",
      signerName: " ",
      "signedOn-day": day,
      "signedOn-month": month,
      "signedOn-year": year,
      meeting: "",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        organisationId: ["Select the statutory partner who signed off"],
        designation: ["Select whether they signed as the lead or a delegated safeguarding partner"],
        signerName: ["Enter the name of the person who signed off"],
        signedOn: ["The date signed off must be today or in the past"],
        meeting: [
          "Enter the meeting where it was signed off, like ‘Safeguarding partners’ executive’",
        ],
      },
    });
    const partial = await recordSignOff(null, {
      ...signOffInput(ids, "Police"),
      "signedOn-month": "",
    });
    expect(partial).toMatchObject({
      fieldErrors: { signedOn: ["The date signed off must include a month"] },
    });
  });

  it("removes a sign-off until published, taking a signed-off section back to shared", async () => {
    await asManager();
    const ids = await section("SHARED");
    await signAll(ids);
    const police = await database.prisma.yearlyReportSignOff.findFirstOrThrow({
      where: { sectionId: ids.sectionId, organisationId: org("Police") },
    });
    expect(await removeSignOff(null, { ...ids, signOffId: police.id })).toMatchObject({
      ok: true,
      data: { status: "SHARED" },
    });
    expect(await statusOf(ids.sectionId)).toBe("SHARED");
    await recordSignOff(null, signOffInput(ids, "Police"));
    expect(await publishSection(null, publication(ids))).toMatchObject({ ok: true });
    const again = await database.prisma.yearlyReportSignOff.findFirstOrThrow({
      where: { sectionId: ids.sectionId, organisationId: org("Police") },
    });
    expect(await removeSignOff(null, { ...ids, signOffId: again.id })).toMatchObject({
      ok: false,
      message: "The section has been published: its sign-offs can no longer be recorded or removed",
    });
    expect(await statusOf(ids.sectionId)).toBe("PUBLISHED");
  });
});

describe("recording the publication", () => {
  it("publishes only a signed-off section, keeping the date, link and where it was presented", async () => {
    await asManager();
    const ids = await section("SHARED");
    expect(await publishSection(null, publication(ids))).toMatchObject({
      ok: false,
      message: "Every statutory partner must sign off the section before it is published",
    });
    await signAll(ids);
    expect(await publishSection(null, publication(ids))).toMatchObject({
      ok: true,
      data: { status: "PUBLISHED" },
    });
    const stored = await database.prisma.yearlyReportSection.findUniqueOrThrow({
      where: { id: ids.sectionId },
    });
    expect(stored).toMatchObject({
      status: "PUBLISHED",
      publishedOn: new Date("2026-06-12"),
      publishedUrl: "https://www.example.gov.uk/yearly-report-2025-26",
      presentedAt: "Partnership board, 12 June 2026",
    });
    expect(await publishSection(null, publication(ids))).toMatchObject({
      ok: false,
      message: "The section has already been recorded as published",
    });
  });

  it("asks a statutory partner added since the sign-off to sign too", async () => {
    await asManager();
    const ids = await section("SHARED");
    await signAll(ids);
    const probation = await database.prisma.organisation.create({
      data: {
        partnershipId: world.partnership.id,
        name: `Probation ${++counter}`,
        kind: "PROBATION",
        isStatutoryPartner: true,
      },
    });
    try {
      const result = await publishSection(null, publication(ids));
      expect(result).toMatchObject({ ok: false });
      expect(result.ok ? "" : result.message).toContain(`Still to sign: ${probation.name}`);
    } finally {
      await database.prisma.organisation.delete({ where: { id: probation.id } });
    }
  });

  it("refuses a link that is not https, a date in the future and a blank place", async () => {
    await asManager();
    const ids = await section("SIGNED_OFF");
    const [year, month, day] = tomorrow().split("-");
    const result = await publishSection(
      null,
      publication(ids, {
        publishedUrl: "http://www.example.gov.uk/report",
        "publishedOn-day": day,
        "publishedOn-month": month,
        "publishedOn-year": year,
        presentedAt: "",
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        publishedUrl: [
          "Enter a link that starts with https://, like https://www.example.gov.uk/yearly-report",
        ],
        publishedOn: ["The date published must be today or in the past"],
        presentedAt: [
          "Enter where the report was presented, like ‘Partnership board, 12 June 2026’",
        ],
      },
    });
    expect(
      await publishSection(null, publication(ids, { publishedUrl: "javascript:alert(1)" })),
    ).toMatchObject({ ok: false });
    expect(await statusOf(ids.sectionId)).toBe("SIGNED_OFF");
  });
});

async function recipients() {
  return database.prisma.publicationRecipient.findMany({
    where: { partnershipId: world.partnership.id },
    orderBy: { position: "asc" },
  });
}

describe("recording the date sent to each recipient", () => {
  it("needs the publication first, and a date from publication to today", async () => {
    await asManager();
    const ids = await section("SHARED");
    await signAll(ids);
    const [panel] = await recipients();
    const sent = (stamp: string) => {
      const [year, month, day] = stamp.split("-");
      return {
        ...ids,
        recipientId: panel!.id,
        [`sentOn-${panel!.id}-day`]: day,
        [`sentOn-${panel!.id}-month`]: month,
        [`sentOn-${panel!.id}-year`]: year,
      };
    };
    expect(await recordSubmission(null, sent("2026-06-15"))).toMatchObject({
      ok: false,
      message: "Record the publication before the dates it was sent",
    });
    expect(await publishSection(null, publication(ids))).toMatchObject({ ok: true });
    expect(await recordSubmission(null, sent("2026-06-11"))).toMatchObject({
      ok: false,
      fieldErrors: {
        sentOn: [
          "The date sent must be the same as or after the date it was published (12 June 2026)",
        ],
      },
    });
    expect(await recordSubmission(null, sent(tomorrow()))).toMatchObject({
      ok: false,
      fieldErrors: { sentOn: ["The date sent must be today or in the past"] },
    });
    expect(await recordSubmission(null, sent("2026-06-15"))).toMatchObject({ ok: true });
    // Recorded again: the date is corrected, still one row.
    expect(await recordSubmission(null, sent("2026-06-16"))).toMatchObject({ ok: true });
    const rows = await database.prisma.yearlyReportSubmission.findMany({
      where: { sectionId: ids.sectionId },
    });
    expect(rows).toEqual([
      expect.objectContaining({ recipientId: panel!.id, sentOn: new Date("2026-06-16") }),
    ]);
  });

  it("refuses another partnership's recipient", async () => {
    await asManager();
    const ids = await section("PUBLISHED");
    await database.prisma.yearlyReportSection.update({
      where: { id: ids.sectionId },
      data: { publishedOn: new Date("2026-06-12") },
    });
    const theirs = await database.prisma.publicationRecipient.findFirstOrThrow({
      where: { partnershipId: world.other.id },
    });
    const result = await recordSubmission(null, {
      ...ids,
      recipientId: theirs.id,
      sentOn: "2026-06-13",
    });
    expect(result).toMatchObject({
      ok: false,
      message: "That recipient does not exist or you do not have access to it.",
    });
  });
});

describe("another partnership's cycle", () => {
  it("is not found, and nothing changes", async () => {
    await signInAs(world.outsider.id);
    const ids = await section("SHARED");
    expect(await recordSignOff(null, signOffInput(ids, "Police"))).toMatchObject({
      ok: false,
      message: "That partnership does not exist or you do not have access to it.",
    });
    // Their own partnership's id with our cycle: the cycle is not found.
    const mixed = { ...signOffInput(ids, "Police"), partnershipId: world.other.id };
    expect(await recordSignOff(null, mixed)).toMatchObject({
      ok: false,
      message: "That cycle does not exist or you do not have access to it.",
    });
    expect(
      await publishSection(null, publication({ ...ids, partnershipId: world.other.id })),
    ).toMatchObject({
      ok: false,
      message: "That cycle does not exist or you do not have access to it.",
    });
    expect(await statusOf(ids.sectionId)).toBe("SHARED");
  });

  it("and a cycle without a section says the section has not been started", async () => {
    await asManager();
    const cycle = await database.prisma.cycle.create({
      data: {
        partnershipId: world.partnership.id,
        name: `Unstarted ${++counter}`,
        startsOn: new Date("1990-04-01"),
        endsOn: new Date("1991-03-31"),
      },
    });
    const ids = { partnershipId: world.partnership.id, cycleId: cycle.id };
    expect(await recordSignOff(null, signOffInput(ids, "Police"))).toMatchObject({
      ok: false,
      message: "The yearly report section for this cycle has not been started",
    });
  });
});

describe("the recipient list", () => {
  it("adds, renames and removes recipients; names are unique whatever their case", async () => {
    await asManager();
    const partnershipId = world.partnership.id;
    const added = await addRecipient(null, { partnershipId, name: "  Ofsted  " });
    expect(added).toMatchObject({ ok: true, data: { name: "Ofsted", position: 3 } });
    expect(await addRecipient(null, { partnershipId, name: "OFSTED" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["There is already a recipient called ‘Ofsted’"] },
    });
    expect(await addRecipient(null, { partnershipId, name: "" })).toMatchObject({
      fieldErrors: { name: ["Enter the name of the recipient"] },
    });
    const id = added.ok ? added.data.id : "";
    const [panel] = await recipients();
    expect(
      await updateRecipient(null, {
        partnershipId,
        recipientId: id,
        [`name-${id}`]: panel!.name.toLowerCase(),
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        name: ["There is already a recipient called ‘Child Safeguarding Practice Review Panel’"],
      },
    });
    expect(
      await updateRecipient(null, {
        partnershipId,
        recipientId: id,
        [`name-${id}`]: "Ofsted (children’s services)",
      }),
    ).toMatchObject({ ok: true });
    expect((await recipients()).map((r) => r.name)).toContain("Ofsted (children’s services)");
    expect(await removeRecipient(null, { partnershipId, recipientId: id })).toMatchObject({
      ok: true,
    });
    expect((await recipients()).map((r) => r.id)).not.toContain(id);
    const audit = await database.prisma.auditEvent.findMany({
      where: { entityId: id },
      orderBy: { at: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "yearly-report.recipient-added",
      "yearly-report.recipient-renamed",
      "yearly-report.recipient-removed",
    ]);
  });

  it("keeps a recipient the report was recorded as sent to", async () => {
    await asManager();
    const ids = await section("PUBLISHED");
    const added = await addRecipient(null, {
      partnershipId: ids.partnershipId,
      name: `Body ${++counter}`,
    });
    const id = added.ok ? added.data.id : "";
    await database.prisma.yearlyReportSubmission.create({
      data: { sectionId: ids.sectionId, recipientId: id, sentOn: new Date("2026-06-13") },
    });
    const result = await removeRecipient(null, {
      partnershipId: ids.partnershipId,
      recipientId: id,
    });
    expect(result).toMatchObject({
      ok: false,
      message: `Body ${counter} cannot be removed: the yearly report was recorded as sent to it. Rename it instead`,
    });
    expect(await database.prisma.publicationRecipient.count({ where: { id } })).toBe(1);
  });

  it("does not touch another partnership's recipient", async () => {
    await asManager();
    const theirs = await database.prisma.publicationRecipient.findFirstOrThrow({
      where: { partnershipId: world.other.id },
    });
    const input = { partnershipId: world.partnership.id, recipientId: theirs.id };
    expect(await removeRecipient(null, input)).toMatchObject({ ok: false });
    expect(await updateRecipient(null, { ...input, name: "Renamed" })).toMatchObject({ ok: false });
    expect(
      await database.prisma.publicationRecipient.findUniqueOrThrow({ where: { id: theirs.id } }),
    ).toMatchObject({ name: theirs.name });
  });
});
