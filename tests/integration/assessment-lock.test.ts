import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toDomainError } from "@/lib/actions/db-errors";
import { seed } from "../../prisma/seed";
import { createMember, createPartnership } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "./support/database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.prisma, { demo: false });
});
afterAll(() => database.drop());

async function assessmentWithResponse() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const { user } = await createMember(prisma, partnership.id, "SCRUTINEER");
  const version = await prisma.frameworkVersion.findFirstOrThrow({
    select: { id: true, questions: { take: 1, select: { id: true } } },
  });
  const question = version.questions[0]!;
  const cycle = await prisma.cycle.create({
    data: {
      partnershipId: partnership.id,
      name: "2026–27",
      startsOn: new Date("2026-04-01"),
      endsOn: new Date("2027-03-31"),
    },
  });
  const assessment = await prisma.assessment.create({
    data: {
      partnershipId: partnership.id,
      cycleId: cycle.id,
      frameworkVersionId: version.id,
      kind: "INDEPENDENT_SCRUTINY",
      title: "Scrutiny 2026–27",
    },
  });
  const participant = await prisma.assessmentParticipant.create({
    data: { assessmentId: assessment.id, userId: user.id, isLead: true },
  });
  const evidence = await prisma.evidenceItem.create({
    data: {
      partnershipId: partnership.id,
      title: "Audit",
      kind: "LINK",
      nature: "OUTCOME",
      evidenceDate: new Date("2026-05-01"),
      url: "https://example.org",
    },
  });
  const response = await prisma.response.create({
    data: {
      assessmentId: assessment.id,
      participantId: participant.id,
      questionId: question.id,
      rating: "GREEN",
      evidence: { create: { evidenceId: evidence.id } },
    },
  });
  return { assessment, response, question, evidence };
}

describe("a finalised assessment is locked in the database", () => {
  it("refuses changes to responses, citations and agreed ratings, whoever asks", async () => {
    const prisma = database.prisma;
    const { assessment, response, question, evidence } = await assessmentWithResponse();
    await prisma.assessment.update({
      where: { id: assessment.id },
      data: { status: "FINALISED", finalisedAt: new Date() },
    });

    const attempts = [
      prisma.response.update({ where: { id: response.id }, data: { rating: "RED" } }),
      prisma.response.delete({ where: { id: response.id } }),
      prisma.responseEvidence.deleteMany({ where: { responseId: response.id } }),
      prisma.responseEvidence.create({
        data: { responseId: response.id, evidenceId: evidence.id },
      }),
      prisma.agreedRating.create({
        data: { assessmentId: assessment.id, questionId: question.id, rating: "AMBER" },
      }),
      prisma.$executeRawUnsafe(
        `UPDATE "Response" SET narrative = 'changed' WHERE id = '${response.id}'`,
      ),
    ];
    for (const attempt of attempts) {
      const error = await attempt.then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error, "a locked write went through").not.toBeNull();
      expect(toDomainError(error)?.message).toMatch(/finalised/);
    }
    const stored = await prisma.response.findUniqueOrThrow({
      where: { id: response.id },
      include: { evidence: true },
    });
    expect(stored.rating).toBe("GREEN");
    expect(stored.evidence).toHaveLength(1);
  });

  it("allows changes again once reopened", async () => {
    const prisma = database.prisma;
    const { assessment, response } = await assessmentWithResponse();
    await prisma.assessment.update({ where: { id: assessment.id }, data: { status: "FINALISED" } });
    await prisma.assessment.update({
      where: { id: assessment.id },
      data: { status: "IN_PROGRESS" },
    });
    await expect(
      prisma.response.update({ where: { id: response.id }, data: { rating: "AMBER" } }),
    ).resolves.toMatchObject({ rating: "AMBER" });
  });
});
