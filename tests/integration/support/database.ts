import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient } from "../../../lib/db/client";
import type { PrismaClient } from "../../../lib/generated/prisma/client";

export type TestDatabase = { url: string; prisma: PrismaClient; drop: () => Promise<void> };

/** A fresh, migrated database of this test file's own, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = inject("templateUrl");
  const template = new URL(templateUrl);
  const name = `t_${randomUUID().replaceAll("-", "")}`;
  await admin(templateUrl, `CREATE DATABASE "${name}" TEMPLATE "${template.pathname.slice(1)}"`);
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  const prisma = createPrismaClient({ databaseUrl: url.toString(), poolMax: 4 });
  return {
    url: url.toString(),
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await admin(templateUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Runs SQL on the test server's maintenance database (create, drop). */
export async function admin(templateUrl: string, sql: string): Promise<void> {
  const url = new URL(templateUrl);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
