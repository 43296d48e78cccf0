import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAssessment } from "@/lib/actions/assessments/create-assessment";
import { submitParticipation } from "@/lib/actions/assessments/submit-participation";
import { seed } from "../../prisma/seed";
import {
  createMember,
  createPartnership,
  createScrutinyAssessment,
  planEveryAnswer,
} from "../support/factories";
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

describe("submitting a scrutineer's answers", () => {
  it("is refused with every incomplete question named, then accepted once all are complete", async () => {
    const prisma = database.prisma;
    const partnership = await createPartnership(prisma);
    const { user } = await createMember(prisma, partnership.id, "SCRUTINEER");
    const { assessment, responses } = await createScrutinyAssessment(prisma, partnership.id, [
      user.id,
    ]);
    const ids = responses[user.id]!;
    await prisma.response.updateMany({
      where: { id: { in: ids } },
      data: { rating: "RED", narrative: "Not in place" },
    });
    // Three gaps: an unrated question, a Green without evidence and an answer without an action.
    await prisma.response.update({ where: { id: ids[1]! }, data: { rating: null } });
    await prisma.response.update({ where: { id: ids[5]! }, data: { rating: "GREEN" } });
    const [planId] = await planEveryAnswer(prisma, assessment.id);
    const unplanned = await prisma.response.findUniqueOrThrow({ where: { id: ids[3]! } });
    await prisma.actionLink.delete({
      where: {
        actionId_assessmentId_questionId: {
          actionId: planId!,
          assessmentId: assessment.id,
          questionId: unplanned.questionId,
        },
      },
    });
    await signInAs(user.id);

    const refused = await submitParticipation(null, {
      partnershipId: partnership.id,
      assessmentId: assessment.id,
    });
    expect(refused).toMatchObject({
      ok: false,
      message: "You cannot submit yet: 3 of 24 questions are not complete.",
    });
    expect(refused.ok ? {} : refused.fieldErrors).toEqual({
      "1/1.2": ["Choose a rating"],
      "1/1.4": ["Add at least one action: every answer needs an action plan"],
      "2/2.2": ["A Green rating needs at least one piece of evidence"],
    });
    expect(
      await prisma.assessmentParticipant.count({
        where: { assessmentId: assessment.id, status: "SUBMITTED" },
      }),
    ).toBe(0);

    await prisma.response.updateMany({
      where: { id: { in: [ids[1]!, ids[5]!] } },
      data: { rating: "RED", narrative: "Not in place" },
    });
    await prisma.actionLink.create({
      data: { actionId: planId!, assessmentId: assessment.id, questionId: unplanned.questionId },
    });
    expect(
      await submitParticipation(null, {
        partnershipId: partnership.id,
        assessmentId: assessment.id,
      }),
    ).toMatchObject({ ok: true, data: { submitted: 24 } });
    const participant = await prisma.assessmentParticipant.findFirstOrThrow({
      where: { assessmentId: assessment.id },
    });
    expect(participant).toMatchObject({ status: "SUBMITTED", submittedById: user.id });
    expect(
      await submitParticipation(null, {
        partnershipId: partnership.id,
        assessmentId: assessment.id,
      }),
    ).toMatchObject({ ok: false, message: "Your answers have already been submitted." });
  });
});

describe("a business manager answering for a safeguarding partner", () => {
  it("submits a statutory partner's answers on its behalf, never an agency's or a scrutineer's", async () => {
    const prisma = database.prisma;
    const partnership = await createPartnership(prisma);
    const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
    const police = partnership.organisations.find((o) => o.kind === "POLICE")!;
    const schools = partnership.organisations.find((o) => o.kind === "EDUCATION")!;
    const respondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
      organisationId: schools.id,
    });
    const version = await prisma.frameworkVersion.findFirstOrThrow({
      where: { framework: { isOriginal: true } },
      select: { id: true },
    });
    const cycle = await prisma.cycle.create({
      data: {
        partnershipId: partnership.id,
        name: "2026–27",
        startsOn: new Date("2026-04-01"),
        endsOn: new Date("2027-03-31"),
      },
    });
    await signInAs(manager.user.id);
    const created = await createAssessment(null, {
      partnershipId: partnership.id,
      title: "Wider partner self-assessment",
      kind: "WIDER_PARTNER_SELF_ASSESSMENT",
      cycleId: cycle.id,
      frameworkVersionId: version.id,
      organisationIds: [police.id, schools.id],
    });
    if (!created.ok) throw new Error(created.message);
    const { assessmentId } = created.data;
    const participants = await prisma.assessmentParticipant.findMany({
      where: { assessmentId },
      select: { id: true, organisationId: true },
    });
    const policeSeat = participants.find((p) => p.organisationId === police.id)!;
    const schoolsSeat = participants.find((p) => p.organisationId === schools.id)!;
    const submitFor = (onBehalfOf: string) =>
      submitParticipation(null, { partnershipId: partnership.id, assessmentId, onBehalfOf });

    // Without naming whom, a business manager is nobody's participant.
    expect(
      await submitParticipation(null, { partnershipId: partnership.id, assessmentId }),
    ).toMatchObject({
      ok: false,
      message: "Only participants in this assessment can submit answers.",
    });
    // A relevant agency answers for itself.
    expect(await submitFor(schoolsSeat.id)).toMatchObject({
      ok: false,
      message: "A business manager can submit only a safeguarding partner's answers on its behalf.",
    });
    expect(await submitFor(policeSeat.id)).toMatchObject({
      ok: false,
      message: "You cannot submit yet: 24 of 24 questions are not complete.",
    });
    await prisma.response.updateMany({
      where: { participantId: policeSeat.id },
      data: { rating: "RED", narrative: "Not yet in place" },
    });
    expect(await submitFor(policeSeat.id)).toMatchObject({
      ok: false,
      message: "You cannot submit yet: 24 of 24 questions are not complete.",
    });
    await planEveryAnswer(prisma, assessmentId);
    expect(await submitFor(policeSeat.id)).toMatchObject({ ok: true, data: { submitted: 24 } });
    expect(
      await prisma.assessmentParticipant.findUniqueOrThrow({ where: { id: policeSeat.id } }),
    ).toMatchObject({ status: "SUBMITTED", submittedById: manager.user.id });
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "assessment.submitted", entityId: assessmentId },
    });
    expect(event.after).toEqual({ participant: "Police", onBehalf: true });
    expect(await submitFor(policeSeat.id)).toMatchObject({
      ok: false,
      message: "Police's answers have already been submitted.",
    });

    // An agency respondent cannot borrow the on-behalf route for another organisation.
    await signInAs(respondent.user.id);
    expect(await submitFor(policeSeat.id)).toMatchObject({ ok: false });
    // A scrutineer's seat is never answered on behalf of.
    const scrutineer = await createMember(prisma, partnership.id, "SCRUTINEER");
    const scrutiny = await createScrutinyAssessment(prisma, partnership.id, [scrutineer.user.id]);
    const seat = await prisma.assessmentParticipant.findFirstOrThrow({
      where: { assessmentId: scrutiny.assessment.id },
    });
    await signInAs(manager.user.id);
    expect(
      await submitParticipation(null, {
        partnershipId: partnership.id,
        assessmentId: scrutiny.assessment.id,
        onBehalfOf: seat.id,
      }),
    ).toMatchObject({ ok: false });
  });
});
