import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getHome } from "@/lib/data/home";
import { yearlyReportFlags } from "@/lib/data/yearly-report-home";
import { getPublicationTracker } from "@/lib/data/yearly-report-publication";
import { getPublicationView, getSignOffView } from "@/lib/data/yearly-report-sign-off";
import { addDays } from "@/lib/domain/actions";
import { ukDateStamp } from "@/lib/domain/london-time";
import type { YearlyReportStatus } from "@/lib/generated/prisma/enums";
import { createMember, createPartnership } from "../support/factories";
import { countQueries } from "../support/query-count";
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
});
afterAll(() => database.drop());

const at = (stamp: string) => new Date(`${stamp}T12:00:00Z`);
const PANEL = "Child Safeguarding Practice Review Panel";
const WHAT_WORKS = "What Works Centre for Children's Social Care";

async function partnership() {
  const prisma = database.prisma;
  const p = await createPartnership(prisma);
  const manager = await createMember(prisma, p.id, "BUSINESS_MANAGER");
  const viewer = await createMember(prisma, p.id, "VIEWER");
  const recipients = await prisma.publicationRecipient.findMany({
    where: { partnershipId: p.id },
    orderBy: { position: "asc" },
  });
  let year = 2000;
  async function cycle(
    name: string,
    section?: {
      status: YearlyReportStatus;
      publishedOn?: string;
      presentedAt?: string;
      sent?: Array<string | null>;
    },
  ) {
    const row = await prisma.cycle.create({
      data: {
        partnershipId: p.id,
        name,
        startsOn: new Date(`${++year}-04-01`),
        endsOn: new Date(`${year + 1}-03-31`),
      },
    });
    if (!section) return row.id;
    const created = await prisma.yearlyReportSection.create({
      data: {
        partnershipId: p.id,
        cycleId: row.id,
        status: section.status,
        presentedAt: section.presentedAt ?? null,
        publishedOn: section.publishedOn ? new Date(section.publishedOn) : null,
        publishedUrl: section.publishedOn ? `https://example.gov.uk/${name}` : null,
      },
    });
    const sent = section.sent ?? [];
    await prisma.yearlyReportSubmission.createMany({
      data: recipients.flatMap((recipient, i) =>
        sent[i]
          ? [{ sectionId: created.id, recipientId: recipient.id, sentOn: new Date(sent[i]!) }]
          : [],
      ),
    });
    return row.id;
  }
  return { p, manager, viewer, recipients, cycle };
}

describe("the publication tracker", () => {
  it("shows the last publication, when the next is due, and each cycle's sending in words", async () => {
    const { p, manager, recipients, cycle } = await partnership();
    const first = await cycle("2023–24", {
      status: "PUBLISHED",
      publishedOn: "2024-06-10",
      presentedAt: "Partnership board, 10 June 2024",
      sent: ["2024-06-14", "2024-06-20"],
    });
    const second = await cycle("2024–25", {
      status: "PUBLISHED",
      publishedOn: "2025-06-12",
      presentedAt: "Safeguarding partners’ executive",
      sent: ["2025-06-13", null],
    });
    const third = await cycle("2025–26", { status: "SHARED" });
    const fourth = await cycle("2026–27");
    await signInAs(manager.user.id);

    const soon = await getPublicationTracker(p.id, at("2025-06-15"));
    expect(soon.lastPublished).toEqual({ on: "2025-06-12", cycleName: "2024–25" });
    expect(soon.publication).toEqual({
      kind: "DUE",
      lastPublishedOn: "2025-06-12",
      nextDueOn: "2026-06-12",
      daysLeft: 362,
    });
    expect(soon.recipients.map((r) => r.name)).toEqual([PANEL, WHAT_WORKS]);
    expect(soon.cycles.map((c) => c.cycleId)).toEqual([fourth, third, second, first]);
    const [none, shared, latest, oldest] = soon.cycles;
    expect(none!.section).toBeNull();
    expect(shared!.section).toMatchObject({ status: "SHARED", publishedOn: null, sent: [] });
    expect(latest!.section).toMatchObject({
      status: "PUBLISHED",
      presentedAt: "Safeguarding partners’ executive",
      publishedUrl: "https://example.gov.uk/2024–25",
    });
    expect(latest!.section!.sent).toEqual([
      {
        recipientId: recipients[0]!.id,
        status: { kind: "SENT_ON_TIME", sendBy: "2025-06-19", sentOn: "2025-06-13" },
      },
      {
        recipientId: recipients[1]!.id,
        status: { kind: "NOT_SENT", sendBy: "2025-06-19", daysLeft: 4 },
      },
    ]);
    expect(oldest!.section!.sent.map((s) => s.status)).toEqual([
      { kind: "SENT_ON_TIME", sendBy: "2024-06-17", sentOn: "2024-06-14" },
      { kind: "SENT_LATE", sendBy: "2024-06-17", sentOn: "2024-06-20", daysLate: 3 },
    ]);
    expect(soon.canEdit && soon.canPublish).toBe(true);

    const later = await getPublicationTracker(p.id, at("2026-06-13"));
    expect(later.publication).toMatchObject({
      kind: "OVERDUE",
      nextDueOn: "2026-06-12",
      daysOverdue: 1,
    });
    expect(later.cycles[2]!.section!.sent[1]!.status).toEqual({
      kind: "OVERDUE",
      sendBy: "2025-06-19",
      daysOverdue: 359,
    });
  });

  it("says never published when nothing was, and lets a viewer read but not change", async () => {
    const { p, viewer, cycle } = await partnership();
    await cycle("2025–26", { status: "SIGNED_OFF" });
    await signInAs(viewer.user.id);
    const tracker = await getPublicationTracker(p.id, at("2026-01-01"));
    expect(tracker.lastPublished).toBeNull();
    expect(tracker.publication).toEqual({ kind: "NEVER_PUBLISHED" });
    expect(tracker.canEdit || tracker.canPublish).toBe(false);
  });

  it("reads in the same number of queries however many cycles and sendings there are", async () => {
    const { p, manager, cycle } = await partnership();
    await cycle("One", {
      status: "PUBLISHED",
      publishedOn: "2020-06-01",
      sent: ["2020-06-02", null],
    });
    await signInAs(manager.user.id);
    const small = await countQueries(() => getPublicationTracker(p.id));
    for (let i = 0; i < 10; i++)
      await cycle(`More ${i}`, {
        status: "PUBLISHED",
        publishedOn: `2021-06-${10 + i}`,
        sent: ["2021-07-01", "2021-07-02"],
      });
    const large = await countQueries(() => getPublicationTracker(p.id));
    expect(large.result.cycles).toHaveLength(11);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(5);
  });

  it("is not found for someone of another partnership", async () => {
    const { p } = await partnership();
    const other = await partnership();
    await signInAs(other.manager.user.id);
    await expect(getPublicationTracker(p.id)).rejects.toThrow(/does not exist/);
  });
});

describe("the sign-off and publication pages' reads", () => {
  it("list each statutory partner with its sign-off, and each recipient's sending", async () => {
    const { p, manager, cycle } = await partnership();
    const cycleId = await cycle("2024–25", {
      status: "PUBLISHED",
      publishedOn: "2025-06-12",
      sent: ["2025-06-30", null],
    });
    const section = await database.prisma.yearlyReportSection.findFirstOrThrow({
      where: { cycleId },
    });
    const police = p.organisations.find((o) => o.name === "Police")!;
    await database.prisma.yearlyReportSignOff.create({
      data: {
        sectionId: section.id,
        organisationId: police.id,
        designation: "LEAD_SAFEGUARDING_PARTNER",
        signerName: "Chief Constable B. Okafor",
        signedOn: new Date("2025-06-03"),
        meeting: "Executive, 3 June 2025",
      },
    });
    await signInAs(manager.user.id);
    const signOff = await getSignOffView(p.id, cycleId);
    expect(signOff!.partners.map((x) => [x.name, x.signOff?.signerName ?? null])).toEqual([
      ["County Council", null],
      ["Integrated Care Board", null],
      ["Police", "Chief Constable B. Okafor"],
    ]);
    expect(signOff!.stillToSign).toEqual(["County Council", "Integrated Care Board"]);
    expect(signOff!.partners[2]!.signOff).toMatchObject({
      signedOn: "2025-06-03",
      designation: "LEAD_SAFEGUARDING_PARTNER",
    });

    const view = await getPublicationView(p.id, cycleId, at("2025-07-01"));
    expect(view!.publication).toEqual({
      publishedOn: "2025-06-12",
      publishedUrl: "https://example.gov.uk/2024–25",
      presentedAt: null,
    });
    expect(view!.recipients.map((r) => [r.name, r.status?.kind])).toEqual([
      [PANEL, "SENT_LATE"],
      [WHAT_WORKS, "OVERDUE"],
    ]);
  });

  it("return null for another partnership's cycle", async () => {
    const { p, manager } = await partnership();
    const other = await partnership();
    const theirs = await other.cycle("Theirs", { status: "SHARED" });
    await signInAs(manager.user.id);
    expect(await getSignOffView(p.id, theirs)).toBeNull();
    expect(await getPublicationView(p.id, theirs)).toBeNull();
  });
});

describe("the business manager's home page", () => {
  it("flags an overdue yearly report and a recipient not sent it within 7 days", async () => {
    const today = ukDateStamp(new Date());
    const late = await partnership();
    await late.cycle("Old", {
      status: "PUBLISHED",
      publishedOn: addDays(today, -800),
      sent: [null, null],
    });
    await late.cycle("Latest", {
      status: "PUBLISHED",
      publishedOn: addDays(today, -400),
      sent: [addDays(today, -398), null],
    });
    const fine = await partnership();
    await fine.cycle("Recent", {
      status: "PUBLISHED",
      publishedOn: addDays(today, -3),
      sent: [null, null],
    });

    await signInAs(late.manager.user.id);
    const [mine] = (await getHome()).partnerships;
    expect(mine!.yearlyReport).toEqual({
      overdue: expect.objectContaining({ kind: "OVERDUE", nextDueOn: expect.any(String) }),
      notSentInTime: [WHAT_WORKS],
    });
    await signInAs(fine.manager.user.id);
    expect((await getHome()).partnerships[0]!.yearlyReport).toEqual({
      overdue: null,
      notSentInTime: [],
    });
    await signInAs(late.viewer.user.id);
    expect((await getHome()).partnerships[0]!.yearlyReport).toBeNull();
  });

  it("reads every partnership's flags in one query", async () => {
    const a = await partnership();
    const b = await partnership();
    await a.cycle("A", {
      status: "PUBLISHED",
      publishedOn: "2025-01-10",
      sent: ["2025-01-12", null],
    });
    await b.cycle("B", { status: "PUBLISHED", publishedOn: "2025-12-01", sent: [null, null] });
    const { result, count } = await countQueries(() =>
      yearlyReportFlags([a.p.id, b.p.id], at("2026-01-20")),
    );
    expect(count).toBe(1);
    expect(result.get(a.p.id)).toEqual({
      overdue: {
        kind: "OVERDUE",
        lastPublishedOn: "2025-01-10",
        nextDueOn: "2026-01-10",
        daysOverdue: 10,
      },
      notSentInTime: [WHAT_WORKS],
    });
    expect(result.get(b.p.id)).toEqual({ overdue: null, notSentInTime: [PANEL, WHAT_WORKS] });
  });
});
