import { env } from "./env";
import { createPrismaClient } from "./db/client";
import type { PrismaClient } from "./generated/prisma/client";

// One client per process; kept on globalThis so hot reload in development does not open new pools.
const globalForDb = globalThis as unknown as { sixStepsDb?: PrismaClient };

export function db(): PrismaClient {
  if (!globalForDb.sixStepsDb) {
    const config = env();
    globalForDb.sixStepsDb = createPrismaClient({
      databaseUrl: config.DATABASE_URL,
      poolMax: config.DB_POOL_MAX,
      connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    });
  }
  return globalForDb.sixStepsDb;
}
