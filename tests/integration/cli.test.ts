import { spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port";
import { createTestDatabase, type TestDatabase } from "./support/database";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

function run(args: string[], env: Record<string, string | undefined>) {
  const result = spawnSync(TSX, args, {
    cwd: ROOT,
    env: { ...process.env, SEED_DEMO: undefined, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe("npm run db:seed against a configured DATABASE_URL", () => {
  it("seeds the framework and no demo partnership or user", async () => {
    const first = run(["scripts/db.ts", "seed"], { DATABASE_URL: database.url });
    expect(first.output).toContain("no demo data");
    expect(first.code).toBe(0);
    const second = run(["scripts/db.ts", "seed"], { DATABASE_URL: database.url });
    expect(second.code).toBe(0);
    expect(await database.prisma.framework.count()).toBe(1);
    expect(await database.prisma.frameworkQuestion.count()).toBe(24);
    expect(await database.prisma.user.count()).toBe(0);
    expect(await database.prisma.partnership.count()).toBe(0);
  });
});

describe("npm run dev", () => {
  it("explains a port in use in one sentence instead of a stack trace", async () => {
    const port = await freePort();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      const result = run(["scripts/run.ts", "dev"], {
        PORT: String(port),
        DATABASE_URL: database.url,
      });
      expect(result.code).toBe(1);
      expect(result.output).toContain(`Port ${port} is already in use`);
      expect(result.output).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it("names the bad variable and stops when the environment is invalid", async () => {
    const result = run(["scripts/run.ts", "dev"], {
      PORT: String(await freePort()),
      DATABASE_URL: "mysql://nope",
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain("DATABASE_URL must be a postgres:// or postgresql:// URL");
    expect(result.output).not.toMatch(/\n\s+at /);
  });
});
