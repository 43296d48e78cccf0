import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDb } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/migrate";
import { freePort } from "../support/free-port";

declare module "vitest" {
  export interface ProvidedContext {
    templateUrl: string;
  }
}

/**
 * One private PostgreSQL for the run, in a temporary folder removed afterwards. The migrated
 * database is a template: each test file clones its own database from it in milliseconds.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sixsteps-it-"));
  chmodSync(dir, 0o755); // the server runs as user "postgres" when tests run as root
  const server = await startEmbeddedDb({
    dataDir: path.join(dir, "pg"),
    port: await freePort(),
    quiet: true,
    fsyncOff: true,
  });
  await migrate(server.url);
  project.provide("templateUrl", server.url);
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
