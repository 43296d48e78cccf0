import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/(app)/partnerships/[partnershipId]/actions/export/route";
import { reassignActions } from "@/lib/actions/actions/reassign-actions";
import { getTrackerOptions, getTrackerRows } from "@/lib/data/action-tracker";
import { parseTrackerFilters, TRACKER_HEADINGS } from "@/lib/domain/action-filters";
import { addDays } from "@/lib/domain/actions";
import { ukDateStamp } from "@/lib/domain/london-time";
import { actionsCsv } from "@/lib/export/actions-export";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ActionPriority, ActionSourceType, ActionStatus } from "@/lib/generated/prisma/enums";
import { seedFramework } from "../../prisma/seed/framework";
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
let prisma: PrismaClient;
beforeAll(async () => {
  database = await startTestApp();
  prisma = database.prisma;
  await seedFramework(prisma);
});
afterAll(() => database.drop());

const filters = (params: Record<string, string> = {}) => parseTrackerFilters(params);

/** 23:30 UTC on 30 June 2026 is already 1 July in London (BST). */
const LATE_EVENING = new Date("2026-06-30T23:30:00Z");

/** A partnership with a manager, a scrutineer, an agency respondent (Schools Alliance) and a scrutiny. */
async function setUp() {
  const partnership = await createPartnership(prisma);
  const org = (name: string) => partnership.organisations.find((o) => o.name === name)!.id;
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER", {
    name: "Bea Manager",
  });
  const scrutineer = await createMember(prisma, partnership.id, "SCRUTINEER", {
    name: "Sol Scrutineer",
  });
  const respondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
    name: "Ravi Respondent",
    organisationId: org("Schools Alliance"),
  });
  const { assessment, cycle } = await createScrutinyAssessment(prisma, partnership.id, [
    scrutineer.user.id,
  ]);
  const questions = await prisma.frameworkQuestion.findMany({
    where: { versionId: assessment.frameworkVersionId },
    select: { id: true, code: true },
  });
  const question = (code: string) => questions.find((q) => q.code === code)!.id;
  const other = await createPartnership(prisma);
  const outsider = await createMember(prisma, other.id, "BUSINESS_MANAGER");
  return {
    partnership,
    org,
    manager: manager.user,
    scrutineer: scrutineer.user,
    respondent: respondent.user,
    assessment,
    cycle,
    question,
    other,
    outsider: outsider.user,
  };
}

type ActionSpec = {
  description: string;
  organisationId: string;
  dueOn?: string;
  status?: ActionStatus;
  priority?: ActionPriority;
  sourceType?: ActionSourceType;
  ownerUserId?: string;
  ownerName?: string;
  ownerEmail?: string;
  cycleId?: string;
  sourceRecommendationId?: string;
  sourceNote?: string;
  links?: Array<{ assessmentId: string; questionId: string }>;
};

async function makeAction(partnershipId: string, spec: ActionSpec) {
  return prisma.action.create({
    data: {
      partnershipId,
      description: spec.description,
      ownerOrganisationId: spec.organisationId,
      ownerUserId: spec.ownerUserId ?? null,
      ownerName: spec.ownerUserId ? null : (spec.ownerName ?? "Pat Owner"),
      ownerEmail: spec.ownerUserId ? null : (spec.ownerEmail ?? "pat@example.org"),
      dueOn: new Date(`${spec.dueOn ?? "2030-01-01"}T00:00:00Z`),
      status: spec.status ?? "NOT_STARTED",
      priority: spec.priority ?? "MEDIUM",
      sourceType: spec.sourceType ?? "OTHER",
      sourceRecommendationId: spec.sourceRecommendationId ?? null,
      sourceNote: spec.sourceNote ?? null,
      cycleId: spec.cycleId ?? null,
      links: spec.links ? { create: spec.links } : undefined,
    },
  });
}

const descriptions = (rows: Array<{ description: string }>) => rows.map((r) => r.description);

describe("the tracker's rows and counts", () => {
  it("derives Overdue from the London date and the counts match the rows shown", async () => {
    const { partnership, org, manager } = await setUp();
    const police = org("Police");
    // At LATE_EVENING it is 1 July in London: 30 June is yesterday, even though it is still 30
    // June in UTC.
    await makeAction(partnership.id, {
      description: "Due yesterday",
      organisationId: police,
      dueOn: "2026-06-30",
    });
    await makeAction(partnership.id, {
      description: "Due today",
      organisationId: police,
      dueOn: "2026-07-01",
      status: "ON_TRACK",
    });
    await makeAction(partnership.id, {
      description: "Due tomorrow",
      organisationId: police,
      dueOn: "2026-07-02",
      status: "AT_RISK",
    });
    await makeAction(partnership.id, {
      description: "Done long ago",
      organisationId: police,
      dueOn: "2026-01-01",
      status: "COMPLETE",
    });
    await makeAction(partnership.id, {
      description: "Due next year",
      organisationId: police,
      dueOn: "2027-07-01",
    });
    await signInAs(manager.id);

    const all = await getTrackerRows(partnership.id, filters(), LATE_EVENING);
    expect(descriptions(all.rows)).toEqual([
      "Done long ago",
      "Due yesterday",
      "Due today",
      "Due tomorrow",
      "Due next year",
    ]);
    expect(all.rows.map((r) => r.displayStatus)).toEqual([
      "COMPLETE",
      "OVERDUE",
      "ON_TRACK",
      "AT_RISK",
      "NOT_STARTED",
    ]);
    expect(all.counts).toEqual({ open: 4, overdue: 1, dueSoon: 2 });

    const overdue = await getTrackerRows(
      partnership.id,
      filters({ status: "OVERDUE" }),
      LATE_EVENING,
    );
    expect(descriptions(overdue.rows)).toEqual(["Due yesterday"]);
    expect(overdue.counts).toEqual({ open: 1, overdue: 1, dueSoon: 0 });

    // A recorded status leaves out the overdue ones, which the table shows as Overdue.
    const notStarted = await getTrackerRows(
      partnership.id,
      filters({ status: "NOT_STARTED" }),
      LATE_EVENING,
    );
    expect(descriptions(notStarted.rows)).toEqual(["Due next year"]);
    expect(
      descriptions(
        (await getTrackerRows(partnership.id, filters({ status: "ON_TRACK" }), LATE_EVENING)).rows,
      ),
    ).toEqual(["Due today"]);
    expect(
      descriptions(
        (await getTrackerRows(partnership.id, filters({ status: "COMPLETE" }), LATE_EVENING)).rows,
      ),
    ).toEqual(["Done long ago"]);
    const open = await getTrackerRows(partnership.id, filters({ status: "OPEN" }), LATE_EVENING);
    expect(open.rows).toHaveLength(4);
    expect(open.counts.open).toBe(open.rows.length);

    // An hour earlier it was still 30 June in London: nothing was overdue.
    const earlier = await getTrackerRows(
      partnership.id,
      filters({ status: "OVERDUE" }),
      new Date("2026-06-30T22:30:00Z"),
    );
    expect(earlier.rows).toEqual([]);
  });

  it("filters by source, step, question, owner organisation and owner, and shows the row in words", async () => {
    const { partnership, org, manager, scrutineer, assessment, cycle, question } = await setUp();
    const review = await prisma.caseReview.create({
      data: {
        partnershipId: partnership.id,
        type: "RAPID_REVIEW",
        identifier: "Child L",
        recommendations: { create: { number: 2, text: "Improve neglect training" } },
      },
      include: { recommendations: true },
    });
    await makeAction(partnership.id, {
      description: "Neglect training",
      organisationId: org("County Council"),
      sourceType: "CASE_REVIEW_RECOMMENDATION",
      sourceRecommendationId: review.recommendations[0]!.id,
      ownerUserId: scrutineer.id,
      priority: "HIGH",
      cycleId: cycle.id,
      links: [
        { assessmentId: assessment.id, questionId: question("3.4") },
        { assessmentId: assessment.id, questionId: question("1.2") },
      ],
      dueOn: "2030-03-31",
    });
    await makeAction(partnership.id, {
      description: "Audit of referrals",
      organisationId: org("Police"),
      sourceType: "AUDIT_FINDING",
      sourceNote: "Referral audit, March",
      ownerName: "Sam Jones",
      ownerEmail: "Sam.Jones@example.org",
      links: [{ assessmentId: assessment.id, questionId: question("3.2") }],
      dueOn: "2030-04-01",
    });
    await makeAction(partnership.id, {
      description: "Unlinked",
      organisationId: org("Police"),
      dueOn: "2030-05-01",
    });
    await signInAs(manager.id);
    const rows = async (params: Record<string, string>) =>
      descriptions((await getTrackerRows(partnership.id, filters(params))).rows);

    expect(await rows({ source: "CASE_REVIEW_RECOMMENDATION" })).toEqual(["Neglect training"]);
    expect(await rows({ source: "AUDIT_FINDING" })).toEqual(["Audit of referrals"]);
    expect(await rows({ step: "3" })).toEqual(["Neglect training", "Audit of referrals"]);
    expect(await rows({ step: "1" })).toEqual(["Neglect training"]);
    expect(await rows({ step: "5" })).toEqual([]);
    expect(await rows({ question: "3.2" })).toEqual(["Audit of referrals"]);
    expect(await rows({ question: "1.2" })).toEqual(["Neglect training"]);
    expect(await rows({ step: "1", question: "3.2" })).toEqual([]);
    expect(await rows({ organisation: org("Police") })).toEqual(["Audit of referrals", "Unlinked"]);
    expect(await rows({ owner: scrutineer.id })).toEqual(["Neglect training"]);
    expect(await rows({ owner: "sam.jones@example.org" })).toEqual(["Audit of referrals"]);
    expect(await rows({ sort: "priority" })).toEqual([
      "Neglect training",
      "Audit of referrals",
      "Unlinked",
    ]);
    expect(await rows({ sort: "due", dir: "desc" })).toEqual([
      "Unlinked",
      "Audit of referrals",
      "Neglect training",
    ]);

    const [first, second] = (await getTrackerRows(partnership.id, filters())).rows;
    expect(first).toMatchObject({
      ownerOrganisation: "County Council",
      owner: "Sol Scrutineer",
      dueOn: "2030-03-31",
      priority: "HIGH",
      source: "Case review recommendation: Child L, recommendation 2",
      questionCodes: ["1.2", "3.4"],
      cycle: cycle.name,
    });
    expect(second).toMatchObject({
      owner: "Sam Jones",
      source: "Audit finding: Referral audit, March",
    });

    const options = await getTrackerOptions(partnership.id);
    expect(options.owners.map((o) => o.label)).toEqual([
      "Pat Owner (pat@example.org)",
      "Sam Jones (Sam.Jones@example.org)",
      "Sol Scrutineer",
    ]);
    expect(options.steps.map((s) => s.label)).toEqual([
      "Step 1",
      "Step 2",
      "Step 3",
      "Step 4",
      "Step 5",
      "Step 6",
    ]);
    expect(options.questions.map((q) => q.value)).toContain("3.2");
    expect(options.canReassign).toBe(true);
    expect(options.members.length).toBe(3);
  });

  it("includes actions carried into a cycle by a link, as well as those raised in it", async () => {
    const { partnership, org, manager, scrutineer, assessment, cycle, question } = await setUp();
    const next = await createScrutinyAssessment(prisma, partnership.id, [scrutineer.id]);
    await makeAction(partnership.id, {
      description: "Raised last cycle, carried forward",
      organisationId: org("Police"),
      cycleId: cycle.id,
      links: [
        { assessmentId: assessment.id, questionId: question("2.1") },
        { assessmentId: next.assessment.id, questionId: question("2.1") },
      ],
    });
    await makeAction(partnership.id, {
      description: "Raised last cycle, finished there",
      organisationId: org("Police"),
      cycleId: cycle.id,
    });
    await makeAction(partnership.id, {
      description: "Raised this cycle",
      organisationId: org("Police"),
      cycleId: next.cycle.id,
    });
    await signInAs(manager.id);
    const rows = async (cycleId: string) =>
      descriptions(
        (await getTrackerRows(partnership.id, filters({ cycle: cycleId, sort: "raised" }))).rows,
      );

    expect(await rows(cycle.id)).toEqual([
      "Raised last cycle, carried forward",
      "Raised last cycle, finished there",
    ]);
    expect(await rows(next.cycle.id)).toEqual([
      "Raised last cycle, carried forward",
      "Raised this cycle",
    ]);
    // The Cycle column is the cycle it was raised in.
    const carried = (
      await getTrackerRows(partnership.id, filters({ cycle: next.cycle.id }))
    ).rows.find((r) => r.description.includes("carried"));
    expect(carried?.cycle).toBe(cycle.name);
  });

  it("shows an agency respondent only their own organisation's actions, whatever the filters", async () => {
    const { partnership, org, respondent, manager } = await setUp();
    await makeAction(partnership.id, {
      description: "Schools action",
      organisationId: org("Schools Alliance"),
    });
    await makeAction(partnership.id, {
      description: "Police action",
      organisationId: org("Police"),
      ownerName: "Secret Person",
      ownerEmail: "secret@example.org",
      dueOn: "2020-01-01",
    });
    await signInAs(respondent.id);
    const mine = await getTrackerRows(partnership.id, filters());
    expect(descriptions(mine.rows)).toEqual(["Schools action"]);
    expect(mine.counts).toEqual({ open: 1, overdue: 0, dueSoon: 0 });
    expect(
      (await getTrackerRows(partnership.id, filters({ organisation: org("Police") }))).rows,
    ).toEqual([]);
    expect((await getTrackerRows(partnership.id, filters({ status: "OVERDUE" }))).rows).toEqual([]);
    const options = await getTrackerOptions(partnership.id);
    expect(options.organisations.map((o) => o.label)).toEqual(["Schools Alliance"]);
    expect(options.owners.map((o) => o.label)).not.toContain("Secret Person (secret@example.org)");
    expect(options).toMatchObject({ canReassign: false, canCreate: true, members: [] });

    await signInAs(manager.id);
    expect((await getTrackerRows(partnership.id, filters())).rows).toHaveLength(2);
  });

  it("refuses a member of another partnership and someone signed out", async () => {
    const { partnership, outsider } = await setUp();
    await signInAs(outsider.id);
    await expect(getTrackerRows(partnership.id, filters())).rejects.toThrow("does not exist");
    await signInAs(null);
    await expect(getTrackerRows(partnership.id, filters())).rejects.toThrow("Sign in again");
  });
});

function exportRequest(partnershipId: string, query: string) {
  const url = `http://localhost:3000/partnerships/${partnershipId}/actions/export${query}`;
  return GET(new Request(url), { params: Promise.resolve({ partnershipId }) });
}

describe("exporting the tracker", () => {
  async function withActions() {
    const world = await setUp();
    const { partnership, org } = world;
    const today = ukDateStamp(new Date());
    await makeAction(partnership.id, {
      description: "=cmd|' /C calc'!A0",
      organisationId: org("Police"),
      dueOn: addDays(today, -3),
      priority: "LOW",
    });
    await makeAction(partnership.id, {
      description: "Review the threshold document",
      organisationId: org("County Council"),
      dueOn: addDays(today, 10),
      priority: "HIGH",
    });
    await makeAction(partnership.id, {
      description: "Finished",
      organisationId: org("Police"),
      dueOn: addDays(today, -30),
      status: "COMPLETE",
    });
    await makeAction(partnership.id, {
      description: "Schools action",
      organisationId: org("Schools Alliance"),
      dueOn: addDays(today, 40),
    });
    return world;
  }

  it("downloads the same rows as the page, as CSV, and records the export", async () => {
    const { partnership, manager } = await withActions();
    await signInAs(manager.id);
    const params = { status: "OPEN", sort: "priority", dir: "asc" };
    const response = await exportRequest(
      partnership.id,
      `?format=csv&${new URLSearchParams(params)}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="actions-${partnership.slug}-${ukDateStamp(new Date())}.csv"`,
    );
    // A personal download: not kept by shared caches, not sniffed as another type.
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    // ignoreBOM keeps the byte-order mark in the text, to check it is there.
    const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(body.startsWith("\uFEFF")).toBe(true);
    const { rows } = await getTrackerRows(partnership.id, filters(params));
    expect(descriptions(rows)).toEqual([
      "Review the threshold document",
      "Schools action",
      "=cmd|' /C calc'!A0",
    ]);
    expect(body).toBe(actionsCsv(rows));
    expect(body).toContain("'=cmd|' /C calc'!A0,Police");

    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "actions.exported", partnershipId: partnership.id },
    });
    expect(audit).toMatchObject({
      category: "ACCESS",
      actorUserId: manager.id,
      metadata: {
        format: "csv",
        rows: 3,
        filters: { status: "OPEN", sort: "priority", dir: "asc" },
      },
    });
  });

  it("downloads an Excel file with the same rows, every cell text, and an agency member's own rows only", async () => {
    const { partnership, respondent, manager } = await withActions();
    await signInAs(manager.id);
    const response = await exportRequest(partnership.id, "?format=xlsx&status=OVERDUE");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("Content-Disposition")).toMatch(/filename="actions-.+\.xlsx"/);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet("Actions")!;
    const values = (r: number) =>
      TRACKER_HEADINGS.map((_, i) => sheet.getRow(r).getCell(i + 1).value);
    expect(values(1)).toEqual([...TRACKER_HEADINGS]);
    expect(sheet.rowCount).toBe(2);
    const cell = sheet.getRow(2).getCell(1);
    expect(cell.value).toBe("=cmd|' /C calc'!A0");
    expect(cell.formula).toBeUndefined();
    expect(values(2).slice(1, 6)).toEqual([
      "Police",
      "Pat Owner",
      expect.any(String),
      "Overdue",
      "Low",
    ]);

    await signInAs(respondent.id);
    const own = await exportRequest(partnership.id, "?format=csv");
    const lines = new TextDecoder()
      .decode(await own.arrayBuffer())
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Schools action,Schools Alliance,/);
  });

  it("refuses a member of another partnership and sends someone signed out to sign in", async () => {
    const { partnership, outsider } = await withActions();
    await signInAs(outsider.id);
    const refused = await exportRequest(partnership.id, "?format=csv");
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain("Review the threshold document");
    await signInAs(null);
    const signedOut = await exportRequest(partnership.id, "?format=xlsx");
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get("Location")).toContain("/sign-in?callbackUrl=");
    expect(
      await prisma.auditEvent.count({
        where: { action: "actions.exported", partnershipId: partnership.id },
      }),
    ).toBe(0);
  });
});

describe("reassigning actions", () => {
  it("moves the selected actions to a member, with a new version, a note and an audit event each", async () => {
    const { partnership, org, manager, scrutineer } = await setUp();
    const a = await makeAction(partnership.id, {
      description: "One",
      organisationId: org("Police"),
      ownerName: "Ann Lee",
      ownerEmail: "ann@example.org",
    });
    const b = await makeAction(partnership.id, {
      description: "Two",
      organisationId: org("Police"),
      ownerName: "Ann Lee",
      ownerEmail: "ann@example.org",
    });
    const untouched = await makeAction(partnership.id, {
      description: "Three",
      organisationId: org("Police"),
      ownerName: "Ann Lee",
      ownerEmail: "ann@example.org",
    });
    await signInAs(manager.id);

    const form = new FormData();
    form.set("partnershipId", partnership.id);
    form.append("actionIds", a.id);
    form.append("actionIds", b.id);
    form.set("ownerType", "MEMBER");
    form.set("ownerUserId", scrutineer.id);
    form.set("ownerOrganisationId", "");
    const result = await reassignActions(null, form);
    expect(result).toEqual({
      ok: true,
      data: { reassigned: 2, unchanged: 0, owner: "Sol Scrutineer" },
    });

    for (const id of [a.id, b.id]) {
      const stored = await prisma.action.findUniqueOrThrow({
        where: { id },
        include: { updates: true },
      });
      expect(stored).toMatchObject({
        ownerUserId: scrutineer.id,
        ownerName: null,
        ownerEmail: null,
        ownerOrganisationId: org("Police"),
        version: 2,
      });
      expect(stored.updates).toEqual([
        expect.objectContaining({
          authorId: manager.id,
          note: "Reassigned from Ann Lee to Sol Scrutineer",
          statusAfter: null,
        }),
      ]);
      const audit = await prisma.auditEvent.findMany({
        where: { action: "action.reassigned", entityId: id },
      });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        category: "CHANGE",
        actorUserId: manager.id,
        partnershipId: partnership.id,
        before: { owner: "Ann Lee", ownerEmail: "ann@example.org", organisation: "Police" },
        after: { owner: "Sol Scrutineer", ownerUserId: scrutineer.id, organisation: "Police" },
      });
    }
    expect(await prisma.action.findUniqueOrThrow({ where: { id: untouched.id } })).toMatchObject({
      ownerName: "Ann Lee",
      version: 1,
    });

    // Again to the same person: nothing to change.
    expect(
      await reassignActions(null, {
        partnershipId: partnership.id,
        actionIds: [a.id],
        ownerType: "MEMBER",
        ownerUserId: scrutineer.id,
      } as never),
    ).toEqual({ ok: true, data: { reassigned: 0, unchanged: 1, owner: "Sol Scrutineer" } });
  });

  it("moves actions to someone without an account and to a new organisation", async () => {
    const { partnership, org, manager, scrutineer } = await setUp();
    const a = await makeAction(partnership.id, {
      description: "One",
      organisationId: org("Police"),
      ownerUserId: scrutineer.id,
    });
    await signInAs(manager.id);
    const result = await reassignActions(null, {
      partnershipId: partnership.id,
      actionIds: a.id,
      ownerType: "OTHER",
      ownerName: "Kim New",
      ownerEmail: "Kim.New@example.org",
      ownerOrganisationId: org("County Council"),
    } as never);
    expect(result).toMatchObject({ ok: true, data: { reassigned: 1 } });
    const stored = await prisma.action.findUniqueOrThrow({
      where: { id: a.id },
      include: { updates: true },
    });
    expect(stored).toMatchObject({
      ownerUserId: null,
      ownerName: "Kim New",
      ownerEmail: "kim.new@example.org",
      ownerOrganisationId: org("County Council"),
      version: 2,
    });
    expect(stored.updates[0]?.note).toBe(
      "Reassigned from Sol Scrutineer (Police) to Kim New (County Council)",
    );
  });

  it("changes nothing when any selected action belongs to another partnership", async () => {
    const { partnership, org, manager, scrutineer, other } = await setUp();
    const own = await makeAction(partnership.id, {
      description: "Ours",
      organisationId: org("Police"),
    });
    const foreign = await makeAction(other.id, {
      description: "Theirs",
      organisationId: other.organisations[0]!.id,
    });
    await signInAs(manager.id);
    const result = await reassignActions(null, {
      partnershipId: partnership.id,
      actionIds: [own.id, foreign.id],
      ownerType: "MEMBER",
      ownerUserId: scrutineer.id,
    } as never);
    expect(result).toMatchObject({
      ok: false,
      message:
        "Some of the selected actions do not exist or you do not have access to them. No actions were reassigned.",
    });
    for (const id of [own.id, foreign.id]) {
      expect(await prisma.action.findUniqueOrThrow({ where: { id } })).toMatchObject({
        ownerUserId: null,
        ownerName: "Pat Owner",
        version: 1,
      });
    }
    expect(
      await prisma.actionUpdate.count({ where: { actionId: { in: [own.id, foreign.id] } } }),
    ).toBe(0);
    expect(
      await prisma.auditEvent.count({
        where: { action: "action.reassigned", entityId: { in: [own.id, foreign.id] } },
      }),
    ).toBe(0);
  });

  it("refuses a new owner or organisation from outside the partnership, and anyone but a business manager", async () => {
    const { partnership, org, manager, scrutineer, respondent, outsider, other } = await setUp();
    const own = await makeAction(partnership.id, {
      description: "Ours",
      organisationId: org("Police"),
    });
    await signInAs(manager.id);
    const base = { partnershipId: partnership.id, actionIds: [own.id], ownerType: "MEMBER" };
    expect(
      await reassignActions(null, { ...base, ownerUserId: outsider.id } as never),
    ).toMatchObject({
      ok: false,
      fieldErrors: { ownerUserId: ["Select a member of this partnership"] },
    });
    expect(
      await reassignActions(null, {
        ...base,
        ownerUserId: scrutineer.id,
        ownerOrganisationId: other.organisations[0]!.id,
      } as never),
    ).toMatchObject({
      ok: false,
      fieldErrors: { ownerOrganisationId: ["Select an organisation from the list"] },
    });

    await signInAs(respondent.id);
    expect(
      await reassignActions(null, { ...base, ownerUserId: respondent.id } as never),
    ).toMatchObject({
      ok: false,
      message: "You do not have permission to do that.",
    });
    expect(await prisma.action.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({
      ownerUserId: null,
      version: 1,
    });
  });

  it("waits for a change being saved to the same action, and reports the owner it replaced", async () => {
    const { partnership, org, manager, scrutineer } = await setUp();
    const action = await makeAction(partnership.id, {
      description: "Contended",
      organisationId: org("Police"),
      ownerName: "Ann Lee",
      ownerEmail: "ann@example.org",
    });
    await signInAs(manager.id);
    let reassigning: ReturnType<typeof reassignActions> | null = null;
    // Someone else's change is being saved (its transaction not yet committed) when the
    // reassignment starts.
    await prisma.$transaction(
      async (tx) => {
        await tx.action.update({
          where: { id: action.id },
          data: { ownerName: "Bo Meanwhile", ownerEmail: "bo@example.org", version: 2 },
        });
        reassigning = reassignActions(null, {
          partnershipId: partnership.id,
          actionIds: [action.id],
          ownerType: "MEMBER",
          ownerUserId: scrutineer.id,
        } as never);
        await new Promise((resolve) => setTimeout(resolve, 500));
      },
      { timeout: 10_000 },
    );
    expect(await reassigning).toMatchObject({ ok: true, data: { reassigned: 1 } });
    const stored = await prisma.action.findUniqueOrThrow({
      where: { id: action.id },
      include: { updates: true },
    });
    expect(stored).toMatchObject({ ownerUserId: scrutineer.id, version: 3 });
    expect(stored.updates.map((u) => u.note)).toEqual([
      "Reassigned from Bo Meanwhile to Sol Scrutineer",
    ]);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "action.reassigned", entityId: action.id },
    });
    expect(audit.before).toMatchObject({ owner: "Bo Meanwhile", ownerEmail: "bo@example.org" });
  });

  it("reassigns 1,000 actions at once, each with its note and audit event", async () => {
    const { partnership, org, manager, scrutineer } = await setUp();
    await prisma.action.createMany({
      data: Array.from({ length: 1000 }, (_, i) => ({
        partnershipId: partnership.id,
        description: `Bulk ${i}`,
        ownerOrganisationId: org("Police"),
        ownerName: "Ann Lee",
        ownerEmail: "ann@example.org",
        dueOn: new Date("2030-01-01T00:00:00Z"),
        sourceType: "OTHER" as const,
      })),
    });
    const ids = (
      await prisma.action.findMany({
        where: { partnershipId: partnership.id },
        select: { id: true },
      })
    ).map((a) => a.id);
    await signInAs(manager.id);
    const result = await reassignActions(null, {
      partnershipId: partnership.id,
      // An id in capitals is the same action.
      actionIds: [ids[0]!.toUpperCase(), ...ids.slice(1)],
      ownerType: "MEMBER",
      ownerUserId: scrutineer.id,
    } as never);
    expect(result).toEqual({
      ok: true,
      data: { reassigned: 1000, unchanged: 0, owner: "Sol Scrutineer" },
    });
    expect(
      await prisma.action.count({
        where: { partnershipId: partnership.id, ownerUserId: scrutineer.id, version: 2 },
      }),
    ).toBe(1000);
    expect(await prisma.actionUpdate.count({ where: { actionId: { in: ids } } })).toBe(1000);
    const audits = await prisma.auditEvent.findMany({
      where: { action: "action.reassigned", partnershipId: partnership.id },
      select: { entityId: true, category: true, entityType: true, actorUserId: true },
    });
    expect(new Set(audits.map((a) => a.entityId))).toEqual(new Set(ids));
    expect(audits).toHaveLength(1000);
    expect(audits[0]).toMatchObject({
      category: "CHANGE",
      entityType: "Action",
      actorUserId: manager.id,
    });
  });

  it("refuses a member with an agency role as owner of another organisation's actions, changing none", async () => {
    const { partnership, org, manager, respondent } = await setUp();
    const schools = await makeAction(partnership.id, {
      description: "Schools",
      organisationId: org("Schools Alliance"),
    });
    const police = await makeAction(partnership.id, {
      description: "Police",
      organisationId: org("Police"),
    });
    await signInAs(manager.id);
    const base = {
      partnershipId: partnership.id,
      ownerType: "MEMBER",
      ownerUserId: respondent.id,
    };
    const message =
      "Ravi Respondent belongs to Schools Alliance: choose someone from Police or someone without an account";
    expect(
      await reassignActions(null, { ...base, actionIds: [schools.id, police.id] } as never),
    ).toMatchObject({ ok: false, message, fieldErrors: { ownerUserId: [message] } });
    expect(
      await reassignActions(null, {
        ...base,
        actionIds: [schools.id],
        ownerOrganisationId: org("County Council"),
      } as never),
    ).toMatchObject({
      ok: false,
      message:
        "Ravi Respondent belongs to Schools Alliance: choose someone from County Council or someone without an account",
    });
    for (const id of [schools.id, police.id])
      expect(await prisma.action.findUniqueOrThrow({ where: { id } })).toMatchObject({
        ownerUserId: null,
        version: 1,
      });
    // Their own organisation's action, they may own.
    expect(
      await reassignActions(null, { ...base, actionIds: [schools.id] } as never),
    ).toMatchObject({ ok: true, data: { reassigned: 1 } });
  });
});
