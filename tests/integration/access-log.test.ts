import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ForbiddenError, NotFoundError, NotSignedInError } from "@/lib/authz/errors";
import { accessLogBatches, getAccessLogPage } from "@/lib/data/access-log";
import { authorise } from "@/lib/authz/guard";
import { loadCurrentUser } from "@/lib/auth/current-user";
import { parseAccessLogFilters } from "@/lib/domain/access-log-filters";
import { GET } from "@/app/(app)/partnerships/[partnershipId]/access-log/export/route";
import { createMember, createPartnership } from "../support/factories";
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

const filters = (params: Record<string, string> = {}) => parseAccessLogFilters(params).filters;

async function setUp() {
  const partnership = await createPartnership(database.prisma);
  const manager = await createMember(database.prisma, partnership.id, "BUSINESS_MANAGER", {
    name: "Bea Manager",
  });
  const viewer = await createMember(database.prisma, partnership.id, "VIEWER", {
    name: "=cmd|' /C calc'!A0",
  });
  const other = await createPartnership(database.prisma);
  const outsider = await createMember(database.prisma, other.id, "BUSINESS_MANAGER");
  return {
    partnership,
    manager: manager.user,
    viewer: viewer.user,
    other,
    outsider: outsider.user,
  };
}

function exportRequest(partnershipId: string, query = "") {
  const url = `http://localhost:3000/partnerships/${partnershipId}/access-log/export${query}`;
  return GET(new Request(url), { params: Promise.resolve({ partnershipId }) });
}

describe("the access log page's data", () => {
  it("shows a business manager this partnership's events, newest first, with who did them", async () => {
    const { partnership, manager, viewer, other, outsider } = await setUp();
    const base = Date.parse("2026-03-10T12:00:00Z");
    await database.prisma.auditEvent.createMany({
      data: [
        {
          category: "ACCESS",
          action: "framework.viewed",
          actorUserId: viewer.id,
          partnershipId: partnership.id,
          at: new Date(base),
        },
        {
          category: "CHANGE",
          action: "partnership.created",
          actorUserId: manager.id,
          partnershipId: partnership.id,
          at: new Date(base + 60_000),
        },
        // The viewer's sign-in belongs to no partnership, but they are a member: shown.
        {
          category: "SECURITY",
          action: "sign-in.succeeded",
          actorUserId: viewer.id,
          at: new Date(),
        },
        // Someone else's, and another partnership's: never shown.
        {
          category: "SECURITY",
          action: "sign-in.succeeded",
          actorUserId: outsider.id,
          at: new Date(),
        },
        {
          category: "ACCESS",
          action: "framework.viewed",
          actorUserId: outsider.id,
          partnershipId: other.id,
          at: new Date(),
        },
      ],
    });
    await signInAs(manager.id);
    const log = await getAccessLogPage(partnership.id, filters());
    expect(log.entries.map((entry) => [entry.action, entry.actorName])).toEqual([
      ["sign-in.succeeded", "=cmd|' /C calc'!A0"],
      ["partnership.created", "Bea Manager"],
      ["framework.viewed", "=cmd|' /C calc'!A0"],
    ]);
    expect(log.total).toBe(3);
    expect(log.entries[1]?.actorEmail).toBe(manager.email);

    // An event about a person carries their name, found in the same query.
    await database.prisma.auditEvent.create({
      data: {
        category: "CHANGE",
        action: "member.role-changed",
        actorUserId: manager.id,
        partnershipId: partnership.id,
        entityType: "User",
        entityId: viewer.id,
      },
    });
    const latest = await getAccessLogPage(partnership.id, filters({ category: "CHANGE" }));
    expect(latest.entries[0]).toMatchObject({
      action: "member.role-changed",
      entityName: "=cmd|' /C calc'!A0",
    });

    const viewed = await database.prisma.auditEvent.findFirst({
      where: {
        action: "access-log.viewed",
        partnershipId: partnership.id,
        actorUserId: manager.id,
      },
    });
    expect(viewed?.category).toBe("ACCESS");
  });

  it("hides a member's sign-ins from before they joined", async () => {
    const { partnership, manager, viewer } = await setUp();
    await database.prisma.auditEvent.create({
      data: {
        category: "SECURITY",
        action: "sign-in.succeeded",
        actorUserId: viewer.id,
        at: new Date("2020-01-01T00:00:00Z"),
      },
    });
    await signInAs(manager.id);
    const log = await getAccessLogPage(partnership.id, filters({ category: "SECURITY" }));
    expect(log.total).toBe(0);
  });

  it("filters by category and by UK dates, and pages 50 at a time", async () => {
    const { partnership, manager } = await setUp();
    const start = Date.parse("2026-06-01T09:00:00Z");
    await database.prisma.auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        category: i % 2 === 0 ? ("ACCESS" as const) : ("CHANGE" as const),
        action: `test.event-${i}`,
        partnershipId: partnership.id,
        actorUserId: manager.id,
        at: new Date(start + i * 3_600_000),
      })),
    });
    await signInAs(manager.id);
    const page1 = await getAccessLogPage(partnership.id, filters({ category: "CHANGE" }));
    expect(page1.total).toBe(60);
    expect(page1.pageCount).toBe(2);
    expect(page1.entries).toHaveLength(50);
    expect(page1.entries[0]?.action).toBe("test.event-119");
    const page2 = await getAccessLogPage(
      partnership.id,
      filters({ category: "CHANGE", page: "2" }),
    );
    expect(page2.entries.map((entry) => entry.action).at(-1)).toBe("test.event-1");

    // 1 June UK time (BST) is 31 May 23:00 to 1 June 23:00 UTC: events 0 to 13.
    const day = await getAccessLogPage(
      partnership.id,
      filters({ from: "2026-06-01", to: "2026-06-01" }),
    );
    expect(day.total).toBe(14);
    expect(day.entries.at(-1)?.action).toBe("test.event-0");
    expect(day.entries[0]?.action).toBe("test.event-13");
  });

  it("is for business managers only: others are refused, non-members learn nothing", async () => {
    const { partnership, viewer, outsider } = await setUp();
    await signInAs(viewer.id);
    await expect(getAccessLogPage(partnership.id, filters())).rejects.toThrow(ForbiddenError);
    await signInAs(outsider.id);
    await expect(getAccessLogPage(partnership.id, filters())).rejects.toThrow(NotFoundError);
    await signInAs(null);
    await expect(getAccessLogPage(partnership.id, filters())).rejects.toThrow(NotSignedInError);
  });
});

describe("downloading the access log as CSV", () => {
  it("gives a business manager a CSV in which no cell can run as a formula", async () => {
    const { partnership, manager, viewer } = await setUp();
    await database.prisma.auditEvent.createMany({
      data: [
        {
          category: "ACCESS",
          action: "framework.viewed",
          actorUserId: viewer.id,
          partnershipId: partnership.id,
        },
        {
          category: "CHANGE",
          action: "@SUM(1+1)",
          actorUserId: manager.id,
          partnershipId: partnership.id,
          entityType: '=HYPERLINK("http://x")',
        },
      ],
    });
    await signInAs(manager.id);
    const response = await exportRequest(partnership.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="access-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("When (UK time),Who,Email,What,Category,Entity");
    // The export is itself logged before the file is written, so it is the newest line.
    expect(lines[1]).toContain("Exported the access log as a CSV file,Access,This partnership");
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines[2]).toContain(",'@SUM(1+1),");
    expect(lines[3]).toContain(`,'=cmd|' /C calc'!A0,${viewer.email},Viewed the framework,Access,`);
    expect(lines.some((line) => /(^|,)[=+@-]/.test(line))).toBe(false);

    const exported = await database.prisma.auditEvent.findFirst({
      where: { action: "access-log.exported", partnershipId: partnership.id },
    });
    expect(exported).toMatchObject({ category: "ACCESS", actorUserId: manager.id });
  });

  it("reads every entry exactly once in batches, even when several share a time", async () => {
    const { partnership, manager } = await setUp();
    const at = new Date("2026-05-05T10:00:00Z");
    await database.prisma.auditEvent.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({
        category: "ACCESS" as const,
        action: `test.batch-${i}`,
        partnershipId: partnership.id,
        at: i < 10 ? at : new Date(at.getTime() + i * 1000),
      })),
    });
    const access = authorise(await loadCurrentUser(manager.id), partnership.id, "accessLog.export");
    const seen: string[] = [];
    for await (const batch of accessLogBatches(access, filters(), 7)) {
      expect(batch.length).toBeLessThanOrEqual(7);
      seen.push(...batch.map((entry) => entry.action));
    }
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    expect(seen[0]).toBe("test.batch-22");
  });

  it("uses the page's filters", async () => {
    const { partnership, manager } = await setUp();
    await database.prisma.auditEvent.createMany({
      data: [
        {
          category: "ACCESS",
          action: "framework.viewed",
          actorUserId: manager.id,
          partnershipId: partnership.id,
        },
        {
          category: "CHANGE",
          action: "partnership.created",
          actorUserId: manager.id,
          partnershipId: partnership.id,
        },
      ],
    });
    await signInAs(manager.id);
    const text = await (await exportRequest(partnership.id, "?category=CHANGE")).text();
    expect(text).toContain("Created the partnership");
    expect(text).not.toContain("Viewed the framework");
    expect((await exportRequest(partnership.id, "?from=2026-02-31")).status).toBe(400);
  });

  it("refuses a viewer (403), hides the partnership from others (404) and sends the signed-out to sign in", async () => {
    const { partnership, viewer, outsider } = await setUp();
    await signInAs(viewer.id);
    expect((await exportRequest(partnership.id)).status).toBe(403);
    await signInAs(outsider.id);
    expect((await exportRequest(partnership.id)).status).toBe(404);
    expect((await exportRequest("not-a-uuid")).status).toBe(404);
    await signInAs(null);
    const signedOut = await exportRequest(partnership.id, "?category=ACCESS");
    expect(signedOut.status).toBe(303);
    const location = new URL(signedOut.headers.get("location") ?? "");
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("callbackUrl")).toBe(
      `/partnerships/${partnership.id}/access-log/export?category=ACCESS`,
    );
    const exports = await database.prisma.auditEvent.count({
      where: { action: "access-log.exported", partnershipId: partnership.id },
    });
    expect(exports).toBe(0);
  });
});
