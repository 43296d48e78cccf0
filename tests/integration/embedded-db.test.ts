import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDb } from "../../scripts/lib/embedded-db";
import { freePort } from "../support/free-port";

const dir = mkdtempSync(path.join(os.tmpdir(), "sixsteps-embedded-"));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL", () => {
  it("keeps its data across a stop and a second start", async () => {
    const options = { dataDir: path.join(dir, "pg"), port: await freePort(), quiet: true };
    const first = await startEmbeddedDb(options);
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    await first.stop();

    const second = await startEmbeddedDb(options);
    try {
      const result = await query(second.url, "SELECT note FROM kept");
      expect(result.rows).toEqual([{ note: "still here" }]);
    } finally {
      await second.stop();
    }
  });

  it("refuses a port that is already taken, naming the setting to change", async () => {
    const options = { dataDir: path.join(dir, "pg2"), port: await freePort(), quiet: true };
    const running = await startEmbeddedDb(options);
    try {
      await expect(startEmbeddedDb({ ...options, dataDir: path.join(dir, "pg3") })).rejects.toThrow(
        `Port ${options.port} is already in use`,
      );
    } finally {
      await running.stop();
    }
  });
});
