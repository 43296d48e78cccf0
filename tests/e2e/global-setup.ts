import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../support/free-port";
import { E2E_PORT } from "../../playwright.config";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Runs the built app exactly as `npm start` does, on an embedded PostgreSQL kept in a temporary
 * folder (demo data seeded), and removes everything afterwards.
 */
export default async function globalSetup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sixsteps-e2e-"));
  chmodSync(dir, 0o755);
  // Shared by every worker of this run (see tests/e2e/support/auth.ts).
  process.env.E2E_TOTP_STATE = path.join(dir, "totp-steps.json");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: "",
    SIXSTEPS_DATA_DIR: dir,
    EMBEDDED_DB_PORT: String(await freePort()),
    PORT: String(E2E_PORT),
    NEXT_TELEMETRY_DISABLED: "1",
    // `npm start` runs in production mode, where the outbox is off unless asked for.
    OUTBOX_ENABLED: "1",
  };
  delete env.DATABASE_URL;
  const server = spawn(
    path.join(ROOT, "node_modules", ".bin", "tsx"),
    ["scripts/run.ts", "start"],
    {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  server.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));

  try {
    await waitForHealthy(`http://localhost:${E2E_PORT}/api/health`, server, 90_000);
  } catch (error) {
    server.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `${error instanceof Error ? error.message : error}\n--- server output ---\n${log}`,
    );
  }

  return async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

async function waitForHealthy(url: string, server: ReturnType<typeof spawn>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not become healthy at ${url} within ${timeoutMs / 1000}s`);
}
