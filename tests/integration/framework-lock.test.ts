import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedFramework } from "../../prisma/seed/framework";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";

let database: TestDatabase;
beforeAll(async () => {
  database = await startTestApp();
  await seedFramework(database.prisma);
});
afterAll(() => database.drop());

describe("a published framework version is immutable in the database", () => {
  it("refuses changes to the original's questions, steps and version row", async () => {
    const prisma = database.prisma;
    const question = await prisma.frameworkQuestion.findFirstOrThrow({ where: { code: "3.2" } });
    await expect(
      prisma.frameworkQuestion.update({ where: { id: question.id }, data: { text: "Changed" } }),
    ).rejects.toThrow(/framework_published/);
    await expect(prisma.frameworkQuestion.delete({ where: { id: question.id } })).rejects.toThrow(
      /framework_published/,
    );
    await expect(
      prisma.frameworkQuestion.create({
        data: {
          versionId: question.versionId,
          stepId: question.stepId,
          position: 9,
          code: "3.9",
          text: "Added",
          lineageKey: "test:added",
        },
      }),
    ).rejects.toThrow(/framework_published/);
    await expect(
      prisma.frameworkVersion.update({
        where: { id: question.versionId },
        data: { label: "Renamed" },
      }),
    ).rejects.toThrow(/framework_published/);
    expect(
      (await prisma.frameworkQuestion.findUniqueOrThrow({ where: { id: question.id } })).text,
    ).toBe(question.text);
  });

  it("lets a draft change until it is published, then locks it", async () => {
    const prisma = database.prisma;
    const framework = await prisma.framework.create({
      data: { key: "test-adapted", title: "Adapted", isOriginal: false },
    });
    const version = await prisma.frameworkVersion.create({
      data: {
        frameworkId: framework.id,
        version: 1,
        label: "Draft",
        citation: "Adapted from …",
        isAdapted: true,
        ragGreen: "g",
        ragAmber: "a",
        ragRed: "r",
      },
    });
    const step = await prisma.frameworkStep.create({
      data: { versionId: version.id, position: 1, number: 1, title: "One", lineageKey: "t:s1" },
    });
    const question = await prisma.frameworkQuestion.create({
      data: {
        versionId: version.id,
        stepId: step.id,
        position: 1,
        code: "1.1",
        text: "First?",
        lineageKey: "t:q1",
      },
    });
    await prisma.frameworkQuestion.update({
      where: { id: question.id },
      data: { text: "Reworded?" },
    });
    await prisma.frameworkVersion.update({
      where: { id: version.id },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
    await expect(
      prisma.frameworkQuestion.update({ where: { id: question.id }, data: { text: "Again?" } }),
    ).rejects.toThrow(/framework_published/);
    await expect(prisma.frameworkVersion.delete({ where: { id: version.id } })).rejects.toThrow(
      /framework_published/,
    );
  });
});
