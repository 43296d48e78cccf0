import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { submitParticipation } from "@/lib/actions/assessments/submit-participation";
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
    // Two gaps: an unrated question and a Green without evidence.
    await prisma.response.update({ where: { id: ids[1]! }, data: { rating: null } });
    await prisma.response.update({ where: { id: ids[5]! }, data: { rating: "GREEN" } });
    await signInAs(user.id);

    const refused = await submitParticipation(null, {
      partnershipId: partnership.id,
      assessmentId: assessment.id,
    });
    expect(refused).toMatchObject({
      ok: false,
      message: "You cannot submit yet: 2 of 24 questions are not complete.",
    });
    expect(refused.ok ? {} : refused.fieldErrors).toEqual({
      "1/1.2": ["Choose a rating"],
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
