import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { POOL_TIMEOUTS } from "./pg-config";

export type DbOptions = {
  databaseUrl: string;
  poolMax?: number;
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
};

/** A Prisma client on a node-postgres pool whose waits are bounded, so an outage fails fast. */
export function createPrismaClient(options: DbOptions): PrismaClient {
  const statementTimeout = options.statementTimeoutMs ?? POOL_TIMEOUTS.statement_timeout;
  const adapter = new PrismaPg({
    connectionString: options.databaseUrl,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? POOL_TIMEOUTS.connectionTimeoutMillis,
    idleTimeoutMillis: POOL_TIMEOUTS.idleTimeoutMillis,
    statement_timeout: statementTimeout,
    query_timeout: statementTimeout + 5_000,
    application_name: "six-steps",
  });
  return new PrismaClient({ adapter });
}
