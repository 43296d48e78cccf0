import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { sendReturnReminders } from "@/lib/actions/returns/send-return-reminders";
import { getRemindView } from "@/lib/data/return-reminders";
import { absoluteUrl } from "@/lib/mail/transport";
import { sendReturnReminderJob } from "@/lib/reminders/return-reminders";
import { createMember, createSelfAssessment } from "../support/factories";
import { countQueries } from "../support/query-count";
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
beforeEach(async () => {
  await database.prisma.assessment.deleteMany();
  await database.prisma.outboxMessage.deleteMany();
});

/** Wednesday 10 June 2026, 09:00 in London. */
const NOW = new Date("2026-06-10T08:00:00Z");
const day = (stamp: string) => new Date(`${stamp}T00:00:00Z`);

const run = (now = NOW) =>
  sendReturnReminderJob({
    prisma: database.prisma,
    now,
    link: (p) => absoluteUrl("https://sixsteps.example.gov.uk", p),
  });

let counter = 0;
/** A relevant agency with one agency respondent, taking part with this deadline and status. */
async function school(
  assessmentId: string,
  dueOn: string | null,
  status: "NOT_STARTED" | "SUBMITTED" | "SIGNED_OFF" = "NOT_STARTED",
) {
  const prisma = database.prisma;
  const n = ++counter;
  const organisation = await prisma.organisation.create({
    data: { partnershipId: world.partnership.id, name: `School ${n}`, kind: "EDUCATION" },
  });
  const email = `head-${n}@school.example`;
  await createMember(prisma, world.partnership.id, "AGENCY_RESPONDENT", {
    organisationId: organisation.id,
    email,
    name: `Head ${n}`,
  });
  const participant = await prisma.assessmentParticipant.create({
    data: {
      assessmentId,
      organisationId: organisation.id,
      status,
      dueOn: dueOn ? day(dueOn) : null,
    },
  });
  return { organisation, participant, email };
}

async function widerAssessment() {
  const { assessment } = await createSelfAssessment(
    database.prisma,
    world.partnership.id,
    [],
    "WIDER_PARTNER_SELF_ASSESSMENT",
  );
  return assessment;
}

const mailsTo = (to: string) =>
  database.prisma.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

describe("automatic return reminders (npm run reminders)", () => {
  it("sends each once, before and after the deadline, and none to a signed-off return", async () => {
    const assessment = await widerAssessment();
    const soon = await school(assessment.id, "2026-06-15");
    const late = await school(assessment.id, "2026-06-01", "SUBMITTED");
    const returned = await school(assessment.id, "2026-06-01", "SIGNED_OFF");
    const later = await school(assessment.id, "2026-07-30");
    const noDeadline = await school(assessment.id, null);

    expect(await run()).toEqual({ beforeDeadline: 1, afterDeadline: 1, alreadySent: 0, failed: 0 });
    expect(await run()).toEqual({ beforeDeadline: 0, afterDeadline: 0, alreadySent: 2, failed: 0 });
    expect(await mailsTo(soon.email)).toHaveLength(1);
    expect(await mailsTo(late.email)).toHaveLength(1);
    for (const none of [returned, later, noDeadline]) expect(await mailsTo(none.email)).toEqual([]);

    const [mail] = await mailsTo(late.email);
    expect(mail?.subject).toBe("Overdue self-assessment return: Self-assessment");
    expect(mail?.text).toContain(`${late.organisation.name}'s return`);
    expect(mail?.text).toContain("It was due on 1 June 2026 and is overdue.");
    expect(mail?.text).toContain("awaiting sign-off");
    expect(mail?.text).toContain(
      `https://sixsteps.example.gov.uk/partnerships/${world.partnership.id}/assessments/${assessment.id}`,
    );

    const rows = await database.prisma.returnReminder.findMany({
      where: { participantId: { in: [soon.participant.id, late.participant.id] } },
      orderBy: { kind: "asc" },
      select: { participantId: true, kind: true, recipient: true, sentById: true },
    });
    expect(rows).toEqual([
      {
        participantId: soon.participant.id,
        kind: "BEFORE_DEADLINE",
        recipient: soon.email,
        sentById: null,
      },
      {
        participantId: late.participant.id,
        kind: "AFTER_DEADLINE",
        recipient: late.email,
        sentById: null,
      },
    ]);
    expect(
      await database.prisma.auditEvent.count({
        where: { action: "returns.reminder-sent", entityId: soon.participant.id },
      }),
    ).toBe(1);
  });

  it("sends a new reminder when the deadline moves, and stops once signed off", async () => {
    const assessment = await widerAssessment();
    const agency = await school(assessment.id, "2026-06-12");
    await run();
    await database.prisma.assessmentParticipant.update({
      where: { id: agency.participant.id },
      data: { dueOn: day("2026-06-14") },
    });
    expect((await run()).beforeDeadline).toBe(1);
    expect(await mailsTo(agency.email)).toHaveLength(2);
    expect((await mailsTo(agency.email))[1]?.text).toContain("It is due on 14 June 2026.");

    // A week later it is overdue; once signed off, nothing more is sent.
    await database.prisma.assessmentParticipant.update({
      where: { id: agency.participant.id },
      data: { status: "SIGNED_OFF" },
    });
    expect(await run(new Date("2026-06-17T08:00:00Z"))).toEqual({
      beforeDeadline: 0,
      afterDeadline: 0,
      alreadySent: 0,
      failed: 0,
    });
    expect(await mailsTo(agency.email)).toHaveLength(2);
  });

  it("writes to an invited respondent who has not accepted yet, and says how much is answered", async () => {
    const assessment = await widerAssessment();
    const organisation = await database.prisma.organisation.create({
      data: {
        partnershipId: world.partnership.id,
        name: "Youth Trust",
        kind: "OTHER_RELEVANT_AGENCY",
      },
    });
    await database.prisma.invitation.create({
      data: {
        partnershipId: world.partnership.id,
        email: "lead@youth.example",
        name: "Lee Lead",
        role: "AGENCY_RESPONDENT",
        organisationId: organisation.id,
        tokenHash: `hash-${++counter}`,
        expiresAt: new Date("2026-06-20T00:00:00Z"),
      },
    });
    const participant = await database.prisma.assessmentParticipant.create({
      data: {
        assessmentId: assessment.id,
        organisationId: organisation.id,
        dueOn: day("2026-06-16"),
      },
    });
    const questions = await database.prisma.frameworkQuestion.findMany({
      where: { versionId: assessment.frameworkVersionId },
      select: { id: true },
    });
    await database.prisma.participantQuestion.createMany({
      data: questions.map((q) => ({ participantId: participant.id, questionId: q.id })),
    });
    await database.prisma.response.createMany({
      data: questions.map((q, index) => ({
        assessmentId: assessment.id,
        participantId: participant.id,
        questionId: q.id,
        rating: index < 5 ? ("AMBER" as const) : null,
      })),
    });
    await run();
    const [mail] = await mailsTo("lead@youth.example");
    expect(mail?.text).toContain("Hello Lee Lead,");
    expect(mail?.text).toContain(`5 of ${questions.length} questions answered.`);
  });
});

describe("the one-click reminder", () => {
  const manager = () => world.members.BUSINESS_MANAGER.id;

  it("sends the selected organisations a reminder each, logged with who sent it", async () => {
    const assessment = await widerAssessment();
    const first = await school(assessment.id, "2026-06-01");
    const second = await school(assessment.id, "2027-01-30");
    const returned = await school(assessment.id, "2026-06-01", "SIGNED_OFF");
    await signInAs(manager());
    const result = await sendReturnReminders(null, {
      partnershipId: world.partnership.id,
      assessmentId: assessment.id,
      participantIds: [first.participant.id, second.participant.id, returned.participant.id],
    });
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.message).toBe(
      `Reminders sent to 2 organisations. Not sent to ${returned.organisation.name}: already returned.`,
    );
    expect(await mailsTo(first.email)).toHaveLength(1);
    expect(await mailsTo(second.email)).toHaveLength(1);
    expect(await mailsTo(returned.email)).toEqual([]);
    const rows = await database.prisma.returnReminder.findMany({
      where: { participant: { assessmentId: assessment.id } },
      select: { kind: true, sentById: true, batchId: true },
    });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.kind === "MANUAL" && r.sentById === manager())).toBe(true);
    expect(rows[0]?.batchId).toBe(rows[1]?.batchId);

    // Sending again the same day is a new reminder, not refused as already sent.
    await sendReturnReminders(null, {
      partnershipId: world.partnership.id,
      assessmentId: assessment.id,
      participantIds: first.participant.id,
    });
    expect(await mailsTo(first.email)).toHaveLength(2);
    expect(
      await database.prisma.auditEvent.count({
        where: {
          action: "returns.reminder-sent",
          entityId: first.participant.id,
          actorUserId: manager(),
        },
      }),
    ).toBe(2);
  });

  it("refuses an organisation of another assessment and sends nothing", async () => {
    const assessment = await widerAssessment();
    const other = await widerAssessment();
    const mine = await school(assessment.id, "2026-06-01");
    const theirs = await school(other.id, "2026-06-01");
    await signInAs(manager());
    const result = await sendReturnReminders(null, {
      partnershipId: world.partnership.id,
      assessmentId: assessment.id,
      participantIds: [mine.participant.id, theirs.participant.id],
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { participantIds: [expect.any(String)] },
    });
    expect(await mailsTo(mine.email)).toEqual([]);
    expect(await database.prisma.returnReminder.count()).toBe(0);
  });

  it("asks for at least one organisation", async () => {
    const assessment = await widerAssessment();
    await signInAs(manager());
    const form = new FormData();
    form.set("partnershipId", world.partnership.id);
    form.set("assessmentId", assessment.id);
    const result = await sendReturnReminders(null, form);
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { participantIds: ["Select at least one organisation to remind"] },
    });
  });

  it("lists each organisation's state and last reminder, in the same number of queries for many", async () => {
    const assessment = await widerAssessment();
    const late = await school(assessment.id, "2020-01-31");
    const returned = await school(assessment.id, "2020-01-31", "SIGNED_OFF");
    await signInAs(manager());
    const small = await countQueries(() => getRemindView(world.partnership.id, assessment.id));
    await sendReturnReminders(null, {
      partnershipId: world.partnership.id,
      assessmentId: assessment.id,
      participantIds: [late.participant.id],
    });
    for (let i = 0; i < 5; i++) await school(assessment.id, "2099-01-31");
    const large = await countQueries(() => getRemindView(world.partnership.id, assessment.id));
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(4);
    const rows = new Map(large.result.organisations.map((o) => [o.id, o]));
    expect(rows.size).toBe(7);
    expect(rows.get(late.participant.id)).toMatchObject({
      state: "OVERDUE",
      canWrite: true,
      lastReminder: { kind: "MANUAL" },
    });
    expect(rows.get(returned.participant.id)).toMatchObject({
      state: "SIGNED_OFF",
      lastReminder: null,
    });
  });
});
