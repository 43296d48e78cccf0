import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe("audit events", () => {
  it("can be written and read", async () => {
    const event = await database.prisma.auditEvent.create({
      data: { category: "CHANGE", action: "test.created", after: { a: 1 } },
    });
    expect(event.id).toBeGreaterThan(0n);
  });

  it("cannot be changed or deleted, even by a direct query", async () => {
    const event = await database.prisma.auditEvent.create({
      data: { category: "CHANGE", action: "test.created" },
    });
    await expect(
      database.prisma.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } }),
    ).rejects.toThrow(/append-only/);
    await expect(database.prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(
      /append-only/,
    );
    await expect(database.prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(
      /append-only/,
    );
    const stored = await database.prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored.action).toBe("test.created");
  });
});
