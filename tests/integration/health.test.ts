import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort } from "../support/free-port";
import { createTestDatabase, type TestDatabase } from "./support/database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

async function loadRoute(databaseUrl: string) {
  vi.resetModules();
  delete (globalThis as { sixStepsDb?: unknown }).sixStepsDb;
  vi.stubEnv("DATABASE_URL", databaseUrl);
  vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(32));
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  vi.stubEnv("DB_CONNECT_TIMEOUT_MS", "1000");
  return import("../../app/api/health/route");
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("GET /api/health", () => {
  it("answers 200 with db ok after a real query", async () => {
    const { GET } = await loadRoute(database.url);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 within the connection time-out when the database is down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { GET } = await loadRoute(`postgresql://nobody:x@127.0.0.1:${await freePort()}/none`);
    const started = Date.now();
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", db: "unavailable" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
