import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { saveResponse } from "@/lib/actions/responses/save-response";
import { seed } from "../../prisma/seed";
import { createMember, createPartnership, createScrutinyAssessment } from "../support/factories";
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
  const lead = await createMember(prisma, partnership.id, "SCRUTINEER");
  const second = await createMember(prisma, partnership.id, "SCRUTINEER");
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const { responses } = await createScrutinyAssessment(prisma, partnership.id, [
    lead.user.id,
    second.user.id,
  ]);
  const responseId = responses[lead.user.id]![0]!;
  const input = {
    partnershipId: partnership.id,
    responseId,
    version: 1,
    rating: "RED",
    narrative: "No plan",
    remainingWork: "",
    notInScopeReason: "",
    evidenceIds: [],
  };
  return { partnership, lead, second, manager, responseId, input };
}

describe("saving a response", () => {
  it("saves, bumps the version and records the change with before and after", async () => {
    const { lead, responseId, input } = await setUp();
    await signInAs(lead.user.id);
    const result = await saveResponse(null, input);
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    const stored = await database.prisma.response.findUniqueOrThrow({ where: { id: responseId } });
    expect(stored).toMatchObject({
      rating: "RED",
      narrative: "No plan",
      version: 2,
      updatedById: lead.user.id,
    });
    const audit = await database.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: responseId, action: "response.updated" },
    });
    expect(audit.before).toMatchObject({ rating: null });
    expect(audit.after).toMatchObject({ rating: "RED" });
  });

  it("lets exactly one of two concurrent writers win; the other gets the stored version", async () => {
    const { lead, responseId, input } = await setUp();
    await signInAs(lead.user.id);
    const [first, second] = await Promise.all([
      saveResponse(null, { ...input, rating: "GREEN", narrative: "Tab one" }),
      saveResponse(null, { ...input, rating: "AMBER", narrative: "Tab two" }),
    ]);
    const results = [first, second];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({
      ok: false,
      message: expect.stringContaining("Someone else saved this answer"),
    });
    const stored = await database.prisma.response.findUniqueOrThrow({ where: { id: responseId } });
    expect(stored.version).toBe(2);
    expect(loser && !loser.ok && loser.conflict).toMatchObject({
      version: 2,
      narrative: stored.narrative,
    });
  });

  it("refuses a stale version without changing anything", async () => {
    const { lead, responseId, input } = await setUp();
    await signInAs(lead.user.id);
    await saveResponse(null, input);
    const stale = await saveResponse(null, { ...input, narrative: "Overwrite?" });
    expect(stale.ok).toBe(false);
    expect(
      (await database.prisma.response.findUniqueOrThrow({ where: { id: responseId } })).narrative,
    ).toBe("No plan");
  });

  it("keeps a scrutineer's response theirs: not the other scrutineer, not the business manager", async () => {
    const { second, manager, responseId, input } = await setUp();
    for (const userId of [second.user.id, manager.user.id]) {
      await signInAs(userId);
      const result = await saveResponse(null, input);
      expect(result).toMatchObject({
        ok: false,
        message: "Only the scrutineer who wrote this response can change it.",
      });
    }
    expect(
      (await database.prisma.response.findUniqueOrThrow({ where: { id: responseId } })).version,
    ).toBe(1);
  });

  it("does not let a scrutineer of another partnership touch it", async () => {
    const { input } = await setUp();
    const other = await createPartnership(database.prisma);
    const outsider = await createMember(database.prisma, other.id, "SCRUTINEER");
    await signInAs(outsider.user.id);
    expect(await saveResponse(null, input)).toMatchObject({ ok: false });
    expect(await saveResponse(null, { ...input, partnershipId: other.id })).toMatchObject({
      ok: false,
      message: expect.stringContaining("does not exist"),
    });
  });

  it("refuses evidence from another partnership's library", async () => {
    const { lead, input } = await setUp();
    const other = await createPartnership(database.prisma);
    const foreign = await database.prisma.evidenceItem.create({
      data: {
        partnershipId: other.id,
        title: "Theirs",
        kind: "LINK",
        nature: "OUTCOME",
        evidenceDate: new Date("2026-01-01"),
        url: "https://example.org",
      },
    });
    await signInAs(lead.user.id);
    expect(await saveResponse(null, { ...input, evidenceIds: [foreign.id] })).toMatchObject({
      ok: false,
      fieldErrors: { evidenceIds: expect.any(Array) },
    });
  });

  it("answers with exactly the version and time it stored, and keeps, adds and drops citations as the form says", async () => {
    const { lead, partnership, responseId, input } = await setUp();
    const library = await Promise.all(
      ["Partnership plan", "Audit findings", "Training data"].map((title) =>
        database.prisma.evidenceItem.create({
          data: {
            partnershipId: partnership.id,
            title,
            kind: "LINK",
            nature: "OUTCOME",
            evidenceDate: new Date("2026-01-01"),
            url: "https://example.org",
          },
        }),
      ),
    );
    const [plan, audit, training] = library.map((item) => item.id) as [string, string, string];
    const cited = async () =>
      (
        await database.prisma.responseEvidence.findMany({
          where: { responseId },
          select: { evidenceId: true },
        })
      )
        .map((row) => row.evidenceId)
        .sort();
    await signInAs(lead.user.id);

    const first = await saveResponse(null, { ...input, evidenceIds: [plan, audit] });
    expect(first.ok).toBe(true);
    const stored = await database.prisma.response.findUniqueOrThrow({ where: { id: responseId } });
    expect(first).toMatchObject({
      data: { version: stored.version, savedAt: stored.updatedAt.toISOString() },
    });
    expect(await cited()).toEqual([plan, audit].sort());

    // The same citations again (the usual autosave): unchanged.
    const second = await saveResponse(null, {
      ...input,
      version: 2,
      narrative: "Plan found",
      evidenceIds: [audit, plan],
    });
    expect(second).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await cited()).toEqual([plan, audit].sort());

    // One dropped, one added.
    const third = await saveResponse(null, {
      ...input,
      version: 3,
      evidenceIds: [audit, training],
    });
    expect(third).toMatchObject({ ok: true, data: { version: 4 } });
    expect(await cited()).toEqual([audit, training].sort());
    const last = await database.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: responseId, action: "response.updated" },
      orderBy: { id: "desc" },
    });
    const ids = (json: unknown) => [...(json as { evidenceIds: string[] }).evidenceIds].sort();
    expect(ids(last.before)).toEqual([plan, audit].sort());
    expect(ids(last.after)).toEqual([audit, training].sort());
  });
});
