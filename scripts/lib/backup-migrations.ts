/** Which version of the database structure a backup and a target are at, and reaching a given one. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { ROOT, runPrismaMigrateDeploy } from "./migrate";

const MIGRATIONS = path.join(ROOT, "prisma", "migrations");

export function isPrefix(start: string[], of: string[]): boolean {
  return start.length <= of.length && start.every((name, index) => of[index] === name);
}

/** The migrations Prisma recorded as applied, oldest first; null when the database has none. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[] | null> {
  const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS t");
  if (!table.rows[0]?.t) return null;
  const rows = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM public._prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
  );
  return rows.rows.map((row) => row.name);
}

/**
 * Applies the app's migrations up to and including the last of `names` (a prefix of the app's):
 * a backup made by an earlier version is loaded into the structure it was made from, and the later
 * migrations then run over its data as they would have on the original database.
 */
export async function migrateTo(databaseUrl: string, names: string[]): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sixsteps-migrate-"));
  try {
    const migrations = path.join(dir, "migrations");
    for (const name of names)
      cpSync(path.join(MIGRATIONS, name), path.join(migrations, name), { recursive: true });
    cpSync(
      path.join(MIGRATIONS, "migration_lock.toml"),
      path.join(migrations, "migration_lock.toml"),
    );
    const config = path.join(dir, "prisma.config.ts");
    writeFileSync(
      config,
      `import base from ${JSON.stringify(path.join(ROOT, "prisma.config.ts"))};
export default {
  ...base,
  schema: ${JSON.stringify(path.join(ROOT, "prisma", "schema.prisma"))},
  migrations: { ...base.migrations, path: ${JSON.stringify(migrations)} },
};
`,
    );
    await runPrismaMigrateDeploy(databaseUrl, config);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
