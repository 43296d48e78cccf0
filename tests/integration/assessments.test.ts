import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAssessment } from "@/lib/actions/assessments/create-assessment";
import { listAssessments } from "@/lib/data/assessments";
import type { z } from "zod";
import type { createAssessmentSchema } from "@/lib/domain/assessments";
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

type Input = z.input<typeof createAssessmentSchema>;

let database: TestDatabase;
beforeAll(async () => {
  database = await startTestApp();
  await seed(database.prisma, { demo: false });
});
afterAll(() => database.drop());

async function newCycle(partnershipId: string) {
  return database.prisma.cycle.create({
    data: {
      partnershipId,
      name: `2026–27 ${Math.random().toString(36).slice(2, 8)}`,
      startsOn: new Date("2026-04-01"),
      endsOn: new Date("2027-03-31"),
    },
  });
}

async function setUp() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const lead = await createMember(prisma, partnership.id, "SCRUTINEER");
  const second = await createMember(prisma, partnership.id, "SCRUTINEER");
  const cycle = await newCycle(partnership.id);
  const version = await prisma.frameworkVersion.findFirstOrThrow({
    where: { framework: { isOriginal: true }, status: "PUBLISHED" },
  });
  const input: Input = {
    partnershipId: partnership.id,
    cycleId: cycle.id,
    frameworkVersionId: version.id,
    kind: "INDEPENDENT_SCRUTINY",
    title: "Independent scrutiny 2026 to 2027",
    scrutineerIds: [lead.user.id, second.user.id],
    leadScrutineerId: lead.user.id,
  };
  await signInAs(manager.user.id);
  return { partnership, manager, lead, second, cycle, input };
}

const countsFor = async (partnershipId: string) => ({
  assessments: await database.prisma.assessment.count({ where: { partnershipId } }),
  responses: await database.prisma.response.count({ where: { assessment: { partnershipId } } }),
});

describe("creating an assessment", () => {
  it("creates independent scrutiny with a participant per scrutineer and 48 empty responses", async () => {
    const { manager, lead, second, input } = await setUp();
    const result = await createAssessment(null, input);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const { assessmentId } = result.data;
    const participants = await database.prisma.assessmentParticipant.findMany({
      where: { assessmentId },
      select: { userId: true, isLead: true, _count: { select: { assignments: true } } },
    });
    expect(participants).toHaveLength(2);
    expect(participants.find((p) => p.userId === lead.user.id)?.isLead).toBe(true);
    expect(participants.find((p) => p.userId === second.user.id)?.isLead).toBe(false);
    expect(participants.map((p) => p._count.assignments)).toEqual([24, 24]);
    const responses = await database.prisma.response.findMany({ where: { assessmentId } });
    expect(responses).toHaveLength(48);
    expect(responses.every((r) => r.rating === null)).toBe(true);
    const audit = await database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "assessment.created", entityId: assessmentId },
    });
    expect(audit).toMatchObject({ actorUserId: manager.user.id, category: "CHANGE" });
  });

  it("creates a core-partner self-assessment for safeguarding partners only", async () => {
    const { partnership, input } = await setUp();
    const partners = partnership.organisations.filter((o) => o.isStatutoryPartner);
    const agency = partnership.organisations.find((o) => !o.isStatutoryPartner)!;
    const selfAssessment: Input = {
      ...input,
      kind: "CORE_PARTNER_SELF_ASSESSMENT",
      scrutineerIds: [],
      leadScrutineerId: "",
    };
    const refused = await createAssessment(null, {
      ...selfAssessment,
      organisationIds: [partners[0]!.id, agency.id],
    });
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { organisationIds: [expect.any(String)] },
    });
    const result = await createAssessment(null, {
      ...selfAssessment,
      organisationIds: partners.map((o) => o.id),
    });
    expect(result).toMatchObject({ ok: true });
    expect(await countsFor(partnership.id)).toEqual({ assessments: 1, responses: 72 });
  });

  it("refuses a cycle, organisation or scrutineer of another partnership and creates nothing", async () => {
    const { partnership, lead, second, input } = await setUp();
    const other = await createPartnership(database.prisma);
    const otherCycle = await newCycle(other.id);
    const otherScrutineer = await createMember(database.prisma, other.id, "SCRUTINEER");
    const attempts: Array<[Input, string]> = [
      [{ ...input, cycleId: otherCycle.id }, "cycleId"],
      [
        { ...input, scrutineerIds: [lead.user.id, second.user.id, otherScrutineer.user.id] },
        "scrutineerIds",
      ],
      [
        {
          ...input,
          kind: "WIDER_PARTNER_SELF_ASSESSMENT",
          organisationIds: [partnership.organisations[3]!.id, other.organisations[3]!.id],
        },
        "organisationIds",
      ],
    ];
    for (const [attempt, field] of attempts) {
      expect(await createAssessment(null, attempt)).toMatchObject({
        ok: false,
        fieldErrors: { [field]: [expect.any(String)] },
      });
    }
    expect(await countsFor(partnership.id)).toEqual({ assessments: 0, responses: 0 });
    expect(await countsFor(other.id)).toEqual({ assessments: 0, responses: 0 });
  });

  it("refuses a lead who is not one of the scrutineers, and a viewer or scrutineer", async () => {
    const { partnership, lead, second, input } = await setUp();
    expect(
      await createAssessment(null, { ...input, scrutineerIds: [second.user.id] }),
    ).toMatchObject({ ok: false, fieldErrors: { leadScrutineerId: [expect.any(String)] } });
    const viewer = await createMember(database.prisma, partnership.id, "VIEWER");
    for (const userId of [lead.user.id, viewer.user.id]) {
      await signInAs(userId);
      expect(await createAssessment(null, input)).toMatchObject({
        ok: false,
        message: "You do not have permission to do that.",
      });
    }
    expect(await countsFor(partnership.id)).toEqual({ assessments: 0, responses: 0 });
  });
});

describe("listing assessments", () => {
  it("shows each assessment's progress as answered of total responses", async () => {
    const { partnership, lead, second, cycle, input } = await setUp();
    const rated = await createScrutinyAssessment(database.prisma, partnership.id, [
      lead.user.id,
      second.user.id,
    ]);
    const leadResponses = rated.responses[lead.user.id]!;
    await database.prisma.response.updateMany({
      where: { id: { in: leadResponses.slice(0, 5) } },
      data: { rating: "GREEN" },
    });
    await database.prisma.response.update({
      where: { id: rated.responses[second.user.id]![0]! },
      data: { rating: "NOT_IN_SCOPE", notInScopeReason: "Not applicable" },
    });
    const empty = await createAssessment(null, { ...input, title: "Second scrutiny" });
    expect(empty.ok).toBe(true);
    const viewer = await createMember(database.prisma, partnership.id, "VIEWER");
    await signInAs(viewer.user.id);
    const rows = await listAssessments(partnership.id);
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.id === rated.assessment.id)).toMatchObject({
      answered: 6,
      total: 48,
      status: "IN_PROGRESS",
      kind: "INDEPENDENT_SCRUTINY",
      cycleName: rated.cycle.name,
    });
    expect(rows.find((row) => row.title === "Second scrutiny")).toMatchObject({
      answered: 0,
      total: 48,
      cycleName: cycle.name,
    });
  });

  it("does not list another partnership's assessments to an outsider", async () => {
    const { partnership } = await setUp();
    const other = await createPartnership(database.prisma);
    const outsider = await createMember(database.prisma, other.id, "BUSINESS_MANAGER");
    await signInAs(outsider.user.id);
    await expect(listAssessments(partnership.id)).rejects.toThrow(/does not exist/);
  });
});
