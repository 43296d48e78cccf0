import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/actions";
import { ukDateStamp } from "@/lib/domain/london-time";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { absoluteUrl, type Deliver } from "@/lib/mail/transport";
import { sendActionReminders } from "@/lib/reminders/send-reminders";
import { createMember } from "../support/factories";
import { startTestApp, TEST_SECRET } from "./support/app";
import type { TestDatabase } from "./support/database";
import { createWorld, type World } from "./support/world";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

let database: TestDatabase;
let world: World;
beforeAll(async () => {
  database = await startTestApp();
  world = await createWorld(database.prisma);
});
afterAll(() => database.drop());
// Each test starts with no actions (their reminders go with them), so the run's tally is its own.
beforeEach(async () => {
  await database.prisma.action.deleteMany();
});

let counter = 0;
const email = (who: string) => `${who}-${++counter}@example.org`;

/** Wednesday 10 June 2026, 09:00 in London. */
const NOW = new Date("2026-06-10T08:00:00Z");

/** A run without SMTP (the outbox keeps the mail), or with `deliver` standing in for SMTP. */
function run(now: Date, options: { deliver?: Deliver; prisma?: PrismaClient } = {}) {
  return sendActionReminders({
    prisma: options.prisma ?? database.prisma,
    now,
    deliver: options.deliver,
    link: (p) => absoluteUrl("https://sixsteps.example.gov.uk", p),
  });
}

async function action(
  dueOn: string,
  owner: { ownerEmail?: string; ownerUserId?: string },
  status: "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "COMPLETE" = "ON_TRACK",
) {
  return database.prisma.action.create({
    data: {
      partnershipId: world.partnership.id,
      description: "Refresh the multi-agency threshold document",
      ownerOrganisationId: world.agencyId,
      ownerName: owner.ownerEmail ? "Pat Lee" : null,
      ownerEmail: owner.ownerEmail ?? null,
      ownerUserId: owner.ownerUserId ?? null,
      dueOn: new Date(`${dueOn}T00:00:00Z`),
      status,
      sourceType: "AUDIT_FINDING",
      sourceNote: "Multi-agency audit, spring 2026",
    },
  });
}

const mailsTo = (to: string) =>
  database.prisma.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

describe("npm run reminders", () => {
  it("sends each reminder once, however often it runs", async () => {
    const soon = email("soon");
    const late = email("late");
    const done = email("done");
    const later = email("later");
    const dueSoon = await action("2026-06-15", { ownerEmail: soon });
    const overdue = await action("2026-06-09", { ownerEmail: late }, "AT_RISK");
    await action("2026-06-01", { ownerEmail: done }, "COMPLETE");
    await action("2026-06-25", { ownerEmail: later });

    expect(await run(NOW)).toEqual({ dueSoon: 1, overdue: 1, alreadySent: 0, failed: 0 });
    expect(await run(NOW)).toEqual({ dueSoon: 0, overdue: 0, alreadySent: 2, failed: 0 });
    expect(await mailsTo(soon)).toHaveLength(1);
    expect(await mailsTo(late)).toHaveLength(1);
    expect(await mailsTo(done)).toHaveLength(0);
    expect(await mailsTo(later)).toHaveLength(0);

    const reminders = await database.prisma.actionReminder.findMany({
      orderBy: { kind: "asc" },
      select: { actionId: true, kind: true, recipient: true },
    });
    expect(reminders).toEqual([
      { actionId: dueSoon.id, kind: "DUE_SOON", recipient: soon },
      { actionId: overdue.id, kind: "OVERDUE", recipient: late },
    ]);
    const audit = await database.prisma.auditEvent.findMany({
      where: { action: "action.reminder-sent", entityId: { in: [dueSoon.id, overdue.id] } },
    });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      category: "CHANGE",
      actorUserId: null,
      partnershipId: world.partnership.id,
      entityType: "Action",
    });
  });

  it("sends each reminder once when two runs overlap", async () => {
    const owners = [email("a"), email("b"), email("c"), email("d")];
    for (const [index, owner] of owners.entries())
      await action(index % 2 ? "2026-06-01" : "2026-06-20", { ownerEmail: owner });
    const [first, second] = await Promise.all([run(NOW), run(NOW)]);
    const sent = (t: typeof first) => t.dueSoon + t.overdue;
    expect(sent(first) + sent(second)).toBe(4);
    expect(first.alreadySent + second.alreadySent).toBe(4);
    for (const owner of owners) expect(await mailsTo(owner)).toHaveLength(1);
  });

  it("writes plainly to an owner without an account: the action, partnership, date and link", async () => {
    const owner = email("no-account");
    const overdue = await action("2026-05-31", { ownerEmail: owner });
    await run(NOW);
    const [mail] = await mailsTo(owner);
    expect(mail?.subject).toBe("Overdue action: Partnership A");
    expect(mail?.text).toContain("Hello Pat Lee,");
    expect(mail?.text).toContain("the Partnership A improvement plan");
    expect(mail?.text).toContain("It was due on 31 May 2026 and is overdue.");
    expect(mail?.text).toContain("Action: Refresh the multi-agency threshold document");
    expect(mail?.text).toContain(
      `https://sixsteps.example.gov.uk/partnerships/${world.partnership.id}/actions/${overdue.id}`,
    );
    // The action's source is not mailed.
    expect(mail?.text).not.toContain("Multi-agency audit");
  });

  it("writes to a member owner's account, and to nobody when that account is disabled", async () => {
    const prisma = database.prisma;
    const active = await createMember(prisma, world.partnership.id, "AGENCY_RESPONDENT", {
      organisationId: world.agencyId,
      email: email("member"),
      name: "Mo Member",
    });
    const disabled = await createMember(prisma, world.partnership.id, "AGENCY_RESPONDENT", {
      organisationId: world.agencyId,
      email: email("disabled"),
    });
    await prisma.user.update({ where: { id: disabled.user.id }, data: { disabledAt: new Date() } });
    await action("2026-06-12", { ownerUserId: active.user.id });
    const unreachable = await action("2026-06-12", { ownerUserId: disabled.user.id });

    expect(await run(NOW)).toEqual({ dueSoon: 1, overdue: 0, alreadySent: 0, failed: 0 });
    const [mail] = await mailsTo(active.user.email);
    expect(mail?.subject).toBe("Action due on 12 June 2026: Partnership A");
    expect(mail?.text).toContain("Hello Mo Member,");
    expect(mail?.text).toContain("It is due on 12 June 2026.");
    expect(await mailsTo(disabled.user.email)).toHaveLength(0);
    expect(await prisma.actionReminder.count({ where: { actionId: unreachable.id } })).toBe(0);
  });

  it("sends a new reminder when the due date moves", async () => {
    const owner = email("moved");
    const moved = await action("2026-06-13", { ownerEmail: owner });
    await run(NOW);
    await database.prisma.action.update({
      where: { id: moved.id },
      data: { dueOn: new Date("2026-06-20T00:00:00Z") },
    });
    expect(await run(NOW)).toEqual({ dueSoon: 1, overdue: 0, alreadySent: 0, failed: 0 });
    const mails = await mailsTo(owner);
    expect(mails.map((m) => m.subject)).toEqual([
      "Action due on 13 June 2026: Partnership A",
      "Action due on 20 June 2026: Partnership A",
    ]);
  });

  it("sends nothing once the action is complete", async () => {
    const owner = email("complete");
    const finished = await action("2026-06-12", { ownerEmail: owner });
    await database.prisma.action.update({
      where: { id: finished.id },
      data: { status: "COMPLETE", completedAt: new Date() },
    });
    expect(await run(NOW)).toEqual({ dueSoon: 0, overdue: 0, alreadySent: 0, failed: 0 });
    expect(await run(new Date("2026-07-10T08:00:00Z"))).toEqual({
      dueSoon: 0,
      overdue: 0,
      alreadySent: 0,
      failed: 0,
    });
    expect(await mailsTo(owner)).toHaveLength(0);
  });

  it("sends a due-soon reminder, then one overdue reminder after the date: two in all", async () => {
    const owner = email("two");
    await action("2026-06-20", { ownerEmail: owner });
    expect(await run(NOW)).toMatchObject({ dueSoon: 1, overdue: 0 });
    expect(await run(new Date("2026-06-19T08:00:00Z"))).toMatchObject({ dueSoon: 0, overdue: 0 });
    expect(await run(new Date("2026-06-21T08:00:00Z"))).toMatchObject({ dueSoon: 0, overdue: 1 });
    expect(await run(new Date("2026-07-21T08:00:00Z"))).toMatchObject({ dueSoon: 0, overdue: 0 });
    expect((await mailsTo(owner)).map((m) => m.subject)).toEqual([
      "Action due on 20 June 2026: Partnership A",
      "Overdue action: Partnership A",
    ]);
  });

  it("works in London days: at 23:30 UTC on 30 June it is already 1 July", async () => {
    const lateEvening = new Date("2026-06-30T23:30:00Z");
    const dueToday = email("today");
    const dueYesterday = email("yesterday");
    const lastInWindow = email("window");
    const outside = email("outside");
    await action("2026-07-01", { ownerEmail: dueToday });
    await action("2026-06-30", { ownerEmail: dueYesterday });
    await action("2026-07-15", { ownerEmail: lastInWindow });
    await action("2026-07-16", { ownerEmail: outside });

    expect(await run(lateEvening)).toEqual({ dueSoon: 2, overdue: 1, alreadySent: 0, failed: 0 });
    const [today] = await mailsTo(dueToday);
    expect(today?.text).toContain("It is due on 1 July 2026.");
    expect(today?.text).not.toContain("overdue");
    expect((await mailsTo(dueYesterday))[0]?.text).toContain(
      "It was due on 30 June 2026 and is overdue.",
    );
    expect(await mailsTo(lastInWindow)).toHaveLength(1);
    expect(await mailsTo(outside)).toHaveLength(0);
  });
});

describe("when sending goes wrong", () => {
  it("records a reminder the SMTP server refused once, reports it and keeps the error", async () => {
    const prisma = database.prisma;
    const refused = email("refused");
    const delivered = email("delivered");
    const failing = await action("2026-06-12", { ownerEmail: refused });
    await action("2026-06-13", { ownerEmail: delivered });
    const handedOver: string[] = [];
    const deliver: Deliver = async (mail) => {
      if (mail.to === refused) throw new Error("550 Mailbox unavailable");
      handedOver.push(mail.to);
    };

    expect(await run(NOW, { deliver })).toEqual({
      dueSoon: 2,
      overdue: 0,
      alreadySent: 0,
      failed: 1,
    });
    expect(handedOver).toEqual([delivered]);
    const [kept] = await mailsTo(refused);
    expect(kept).toMatchObject({ sentAt: null, error: "550 Mailbox unavailable" });
    expect((await mailsTo(delivered))[0]).toMatchObject({ error: null, sentAt: expect.any(Date) });
    expect(await prisma.actionReminder.count({ where: { actionId: failing.id } })).toBe(1);
    expect(
      await prisma.auditEvent.count({
        where: { action: "action.reminder-sent", entityId: failing.id },
      }),
    ).toBe(1);

    // Not sent again: the outbox shows the failure for someone to follow up.
    expect(await run(NOW, { deliver })).toEqual({
      dueSoon: 0,
      overdue: 0,
      alreadySent: 2,
      failed: 0,
    });
    expect(await mailsTo(refused)).toHaveLength(1);
  });

  it("keeps what a run that dies part-way sent, and the next run sends the rest", async () => {
    const prisma = database.prisma;
    const owners = [email("first"), email("second"), email("third")];
    const ids: string[] = [];
    for (const [index, owner] of owners.entries())
      ids.push((await action(`2026-06-1${index + 1}`, { ownerEmail: owner })).id);
    // The database goes away after the first reminder's transaction.
    let transactions = 0;
    const dying = new Proxy(prisma, {
      get(target, property) {
        if (property !== "$transaction") return Reflect.get(target, property);
        return (...args: Parameters<PrismaClient["$transaction"]>) => {
          if (++transactions > 1) throw new Error("Connection terminated unexpectedly");
          return (target.$transaction as (...a: unknown[]) => unknown)(...args);
        };
      },
    });

    await expect(run(NOW, { prisma: dying })).rejects.toThrow("Connection terminated");
    expect(await mailsTo(owners[0]!)).toHaveLength(1);
    expect(await mailsTo(owners[1]!)).toHaveLength(0);
    expect(await prisma.actionReminder.count()).toBe(1);

    expect(await run(NOW)).toEqual({ dueSoon: 2, overdue: 0, alreadySent: 1, failed: 0 });
    for (const owner of owners) expect(await mailsTo(owner)).toHaveLength(1);
    expect(await prisma.actionReminder.count()).toBe(3);
    // One audit event per reminder: none lost with the first run, none doubled by the second.
    expect(
      await prisma.auditEvent.count({
        where: { action: "action.reminder-sent", entityId: { in: ids } },
      }),
    ).toBe(3);
  });
});

describe("the reminders command", () => {
  function command(env: Record<string, string | undefined>) {
    const result = spawnSync(TSX, ["scripts/reminders.ts"], {
      cwd: ROOT,
      env: { ...process.env, SEED_DEMO: undefined, SMTP_URL: undefined, ...env },
      encoding: "utf8",
      timeout: 60_000,
    });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
  }

  it("sends the reminders due and says how many in one line", async () => {
    const owner = email("cli");
    const soon = await action(addDays(ukDateStamp(new Date()), 3), { ownerEmail: owner });
    const env = {
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: TEST_SECRET,
      NEXTAUTH_URL: "https://sixsteps.example.gov.uk",
    };
    const first = command(env);
    expect(first.output.trim()).toBe("Sent 1 reminder (1 due soon, 0 overdue); 0 already sent.");
    expect(first.code).toBe(0);
    const second = command(env);
    expect(second.output.trim()).toBe("Sent 0 reminders (0 due soon, 0 overdue); 1 already sent.");
    expect(second.code).toBe(0);
    const mails = await mailsTo(owner);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(
      `https://sixsteps.example.gov.uk/partnerships/${world.partnership.id}/actions/${soon.id}`,
    );
  });

  it("says how many could not be delivered and exits with 2 so cron can alert someone", async () => {
    const owner = email("cli-undeliverable");
    await action(addDays(ukDateStamp(new Date()), 2), { ownerEmail: owner });
    const result = command({
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: TEST_SECRET,
      NEXTAUTH_URL: "https://sixsteps.example.gov.uk",
      // Nothing listens on port 1: the SMTP connection is refused.
      SMTP_URL: "smtp://127.0.0.1:1",
    });
    expect(result.output.trim()).toBe(
      "Sent 1 reminder (1 due soon, 0 overdue); 0 already sent; 1 could not be delivered (see the outbox).",
    );
    expect(result.code).toBe(2);
    const [kept] = await mailsTo(owner);
    expect(kept).toMatchObject({ sentAt: null, error: expect.stringMatching(/ECONNREFUSED/) });
  });

  it("explains a database it cannot reach in one line and exits with 1", () => {
    const result = command({
      DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:1/none",
      NEXTAUTH_SECRET: TEST_SECRET,
      NEXTAUTH_URL: "https://sixsteps.example.gov.uk",
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/^Reminders could not be sent: /);
    expect(result.output).not.toMatch(/\n\s+at /);
  });
});
