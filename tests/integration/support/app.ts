import { vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "./database";

export const TEST_SECRET = "integration-test-secret-0123456789abcdef";

/**
 * Points the app's server code (lib/db, lib/env) at a fresh test database. Call in beforeAll,
 * before anything touches the database. Test files that call server actions also declare, at top:
 *   vi.mock("@/lib/auth/current-user", async (original) => ({ ...(await original()), getCurrentUser: vi.fn() }));
 *   vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
 * and sign in with `signInAs(userId)` from ./session.
 */
export async function startTestApp(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  vi.stubEnv("DATABASE_URL", database.url);
  vi.stubEnv("NEXTAUTH_SECRET", TEST_SECRET);
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  vi.stubEnv("OUTBOX_ENABLED", "1");
  delete (globalThis as { sixStepsDb?: unknown }).sixStepsDb;
  return database;
}
