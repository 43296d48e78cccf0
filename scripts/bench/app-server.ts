/**
 * A private PostgreSQL and the built app on it, for the benchmark and the database fault test:
 * nothing shared with `npm run dev`, everything removed afterwards.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDb, type EmbeddedDb } from "../lib/embedded-db";
import { freePort } from "../lib/ports";

export { freePort };

export const ROOT = path.resolve(import.meta.dirname, "../..");

export type PrivateDb = {
  url: string;
  port: number;
  /** Stops the server (a fast shutdown: open connections are cut, as in an outage). */
  stop: () => Promise<void>;
  /** Starts it again on the same data and port. */
  start: () => Promise<void>;
  /** Stops it and removes its data. */
  remove: () => Promise<void>;
};

export async function startPrivateDb(options: { fsyncOff?: boolean } = {}): Promise<PrivateDb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sixsteps-bench-"));
  chmodSync(dir, 0o755); // the server runs as user "postgres" when this runs as root
  const port = await freePort();
  const open = () =>
    startEmbeddedDb({
      dataDir: path.join(dir, "pg"),
      port,
      quiet: true,
      fsyncOff: options.fsyncOff,
    });
  let server: EmbeddedDb | null = await open();
  const url = server.url;
  return {
    url,
    port,
    stop: async () => {
      await server?.stop();
      server = null;
    },
    start: async () => {
      server ??= await open();
    },
    remove: async () => {
      await server?.stop();
      server = null;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type AppServer = {
  origin: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
};

/** `next start` of the existing production build, on 127.0.0.1:port, until /api/health is 200. */
export async function startBuiltApp(options: {
  databaseUrl: string;
  port?: number;
  env?: Record<string, string>;
}): Promise<AppServer> {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("There is no production build: run `npx next build` first.");
  }
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    path.join(ROOT, "node_modules", ".bin", "next"),
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: options.databaseUrl,
        NEXTAUTH_URL: origin,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-only-secret-".padEnd(48, "x"),
        ...options.env,
      },
    },
  );
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited early:\n${log}`);
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The app did not become healthy within 90 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { origin, process: child, output: () => log, stop };
}
