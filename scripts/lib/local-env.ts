import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./migrate";
import { runningEmbeddedDb, startEmbeddedDb, type EmbeddedDb } from "./embedded-db";

export const DATA_DIR = path.resolve(ROOT, process.env.SIXSTEPS_DATA_DIR ?? ".data");

export function loadDotEnv(): void {
  const file = path.join(ROOT, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * With no DATABASE_URL, starts the embedded PostgreSQL (data in .data/, git-ignored) and fills in
 * the local-only settings: demo data on, a generated session secret kept beside the data.
 */
export async function prepareDatabase(
  options: {
    quiet?: boolean;
    /** Use the embedded server `npm run dev` is already running, instead of refusing. */
    shareRunning?: boolean;
  } = {},
): Promise<{
  embedded: EmbeddedDb | null;
}> {
  if (process.env.DATABASE_URL) return { embedded: null };
  const port = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  const dataDir = path.join(DATA_DIR, "postgres");
  const running = options.shareRunning ? await runningEmbeddedDb(dataDir, port) : null;
  const embedded = running ? null : await startEmbeddedDb({ dataDir, port, quiet: options.quiet });
  process.env.DATABASE_URL = running ?? embedded!.url;
  process.env.SEED_DEMO ??= "1";
  process.env.NEXTAUTH_SECRET ??= localSecret();
  return { embedded };
}

/** A random secret generated once per checkout and kept in the git-ignored data folder. */
export function localSecret(): string {
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, "local-secret");
  if (!existsSync(file))
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}
