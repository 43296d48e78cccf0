import { spawn } from "node:child_process";
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { UserFacingError } from "./ports";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const MIGRATIONS = path.join(ROOT, "prisma", "migrations");
const DONE = /All migrations have been successfully applied|No pending migrations to apply/;

/** Applies the committed Prisma migrations; skips the (slow to exit) CLI when all are applied. */
export async function migrate(databaseUrl: string): Promise<"applied" | "up to date"> {
  if (await allApplied(databaseUrl)) return "up to date";
  await runPrismaMigrateDeploy(databaseUrl);
  return "applied";
}

/** The app's migration names, oldest first (their names start with a UTC timestamp). */
export function appMigrations(): string[] {
  return readdirSync(MIGRATIONS)
    .filter((name) => existsSync(path.join(MIGRATIONS, name, "migration.sql")))
    .sort();
}

async function allApplied(databaseUrl: string): Promise<boolean> {
  const wanted = appMigrations();
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS t");
    if (!table.rows[0]?.t) return false;
    const rows = await client.query<{ migration_name: string; ok: boolean }>(
      `SELECT migration_name, (finished_at IS NOT NULL AND rolled_back_at IS NULL) AS ok
         FROM _prisma_migrations`,
    );
    if (rows.rows.some((row) => !row.ok)) return false;
    const applied = new Set(rows.rows.map((row) => row.migration_name));
    return wanted.every((name) => applied.has(name));
  } finally {
    await client.end();
  }
}

/**
 * The WASM schema engine keeps timers alive ~10 s after finishing: stop it once it reports success.
 * `configFile` replaces prisma.config.ts (a restore applies only the migrations its backup had).
 */
export function runPrismaMigrateDeploy(databaseUrl: string, configFile?: string): Promise<void> {
  const args = ["migrate", "deploy", ...(configFile ? ["--config", configFile] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "prisma"), args, {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let succeeded = false;
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!succeeded && DONE.test(output)) {
        succeeded = true;
        child.kill("SIGTERM");
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("exit", (code) => {
      if (succeeded || code === 0) resolve();
      else reject(new UserFacingError(`Database migration failed:\n${tail(output)}`));
    });
  });
}

function tail(text: string): string {
  return text.trim().split("\n").slice(-15).join("\n");
}
