import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PUBLICATION_RECIPIENTS } from "../../lib/domain/yearly-report";
import { createPartnership } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "./support/database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

async function partnershipWithCycle() {
  const { prisma } = database;
  const partnership = await createPartnership(prisma);
  const cycle = await prisma.cycle.create({
    data: {
      partnershipId: partnership.id,
      name: "2025–26",
      startsOn: new Date("2025-04-01"),
      endsOn: new Date("2026-03-31"),
    },
  });
  return { partnership, cycle };
}

describe("the yearly report's tables", () => {
  it("give every new partnership seed 002's two recipients, in order", async () => {
    const { partnership } = await partnershipWithCycle();
    const recipients = await database.prisma.publicationRecipient.findMany({
      where: { partnershipId: partnership.id },
      orderBy: { position: "asc" },
      select: { name: true, position: true },
    });
    expect(recipients).toEqual([
      { name: "Child Safeguarding Practice Review Panel", position: 1 },
      { name: "What Works Centre for Children's Social Care", position: 2 },
    ]);
    expect(recipients.map((r) => r.name)).toEqual([...DEFAULT_PUBLICATION_RECIPIENTS]);
  });

  it("keep one section per cycle, starting as a draft at version 1", async () => {
    const { prisma } = database;
    const { partnership, cycle } = await partnershipWithCycle();
    const section = await prisma.yearlyReportSection.create({
      data: { partnershipId: partnership.id, cycleId: cycle.id, whatWasDone: "We met monthly." },
    });
    expect(section).toMatchObject({ status: "DRAFT", version: 1, publishedOn: null });
    await expect(
      prisma.yearlyReportSection.create({
        data: { partnershipId: partnership.id, cycleId: cycle.id },
      }),
    ).rejects.toThrow(/Unique constraint/);
  });

  it("record one sign-off per statutory partner and one sending per recipient", async () => {
    const { prisma } = database;
    const { partnership, cycle } = await partnershipWithCycle();
    const section = await prisma.yearlyReportSection.create({
      data: { partnershipId: partnership.id, cycleId: cycle.id },
    });
    const police = partnership.organisations.find((o) => o.name === "Police")!;
    const signOff = {
      sectionId: section.id,
      organisationId: police.id,
      designation: "DELEGATED_SAFEGUARDING_PARTNER" as const,
      signerName: "Chief Superintendent A. Khan",
      signedOn: new Date("2026-06-03"),
      meeting: "Safeguarding partners' executive, 3 June 2026",
    };
    await prisma.yearlyReportSignOff.create({ data: signOff });
    await expect(prisma.yearlyReportSignOff.create({ data: signOff })).rejects.toThrow(
      /Unique constraint/,
    );

    const panel = await prisma.publicationRecipient.findFirstOrThrow({
      where: { partnershipId: partnership.id, position: 1 },
    });
    const sent = { sectionId: section.id, recipientId: panel.id, sentOn: new Date("2026-07-01") };
    await prisma.yearlyReportSubmission.create({ data: sent });
    await expect(prisma.yearlyReportSubmission.create({ data: sent })).rejects.toThrow(
      /Unique constraint/,
    );
  });
});
