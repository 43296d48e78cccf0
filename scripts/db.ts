/** `npm run db:migrate` and `npm run db:seed`, on DATABASE_URL or the embedded database. */
import { createPrismaClient } from "../lib/db/client";
import { EnvError } from "../lib/env";
import { seed } from "../prisma/seed";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrate, ROOT } from "./lib/migrate";
import { UserFacingError } from "./lib/ports";
import { loadDotEnv, prepareDatabase } from "./lib/local-env";

/**
 * `prisma migrate dev` cannot run here (its WASM engine fails on the shadow database), so a new
 * migration is the diff between the schema as of the last migration (a committed snapshot) and
 * the current schema. Hand-written SQL (triggers) can be appended to the generated file.
 */
function newMigration(name: string | undefined): void {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new UserFacingError("Name the migration in snake_case: npm run db:new-migration -- NAME");
  }
  const migrations = path.join(ROOT, "prisma", "migrations");
  const snapshot = path.join(migrations, "schema.snapshot.prisma");
  const schema = path.join(ROOT, "prisma", "schema.prisma");
  const sql = execFileSync(
    path.join(ROOT, "node_modules", ".bin", "prisma"),
    [
      "migrate",
      "diff",
      "--from-schema-datamodel",
      snapshot,
      "--to-schema-datamodel",
      schema,
      "--script",
    ],
    { cwd: ROOT, encoding: "utf8", env: process.env, stdio: ["ignore", "pipe", "inherit"] },
  );
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("The schema has not changed since the last migration.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrations, `${stamp}_${name}`);
  mkdirSync(dir);
  writeFileSync(path.join(dir, "migration.sql"), sql);
  copyFileSync(schema, snapshot);
  console.log(`Created prisma/migrations/${stamp}_${name}/migration.sql`);
}

async function main(command: string | undefined): Promise<void> {
  if (command !== "migrate" && command !== "seed" && command !== "new-migration") {
    throw new UserFacingError("Usage: tsx scripts/db.ts migrate|seed|new-migration NAME");
  }
  loadDotEnv();
  const { embedded } = await prepareDatabase({ quiet: true });
  const databaseUrl = process.env.DATABASE_URL as string;
  try {
    // The diff is computed from the two schema files, but Prisma's config adapter still connects.
    if (command === "new-migration") return newMigration(process.argv[3]);
    console.log(`Migrations: ${await migrate(databaseUrl)}.`);
    if (command === "seed") {
      const demo = process.env.SEED_DEMO === "1" || process.env.SEED_DEMO === "true";
      const prisma = createPrismaClient({ databaseUrl, poolMax: 2 });
      const result = await seed(prisma, { demo, secret: process.env.NEXTAUTH_SECRET }).finally(() =>
        prisma.$disconnect(),
      );
      console.log(
        `Seeded the Six Steps framework${result.demoPartnershipId ? " and the demo partnership" : " (no demo data: set SEED_DEMO=1 to add it)"}.`,
      );
    }
  } finally {
    await embedded?.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  const known = error instanceof UserFacingError || error instanceof EnvError;
  console.error(
    known ? error.message : `Failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
