/**
 * Fills the database at DATABASE_URL with the national-scale benchmark data set and prints how
 * long it took, each table's row count and what a benchmark signs in with:
 *
 *   DATABASE_URL=postgresql://… NEXTAUTH_SECRET=… npx tsx scripts/bench/generate-cli.ts \
 *     [--partnerships 150] [--cycles 10] [--organisations 30] [--largest-factor 10] [--scrutineers 60]
 *
 * The database must be new: migrations are applied and the framework seeded if they are not
 * already, and the generator refuses a database that already holds partnerships. NEXTAUTH_SECRET
 * must be the one the app will run with (it encrypts the bench users' authenticator key).
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { createPrismaClient } from "../../lib/db/client";
import { seedFramework } from "../../prisma/seed/framework";
import { loadDotEnv } from "../lib/local-env";
import { migrate } from "../lib/migrate";
import { UserFacingError } from "../lib/ports";
import { formatCounts, generateNationalData, type GeneratorOptions } from "./generate";

const NUMBER_OPTIONS = {
  partnerships: "partnerships",
  cycles: "cycles",
  organisations: "organisations",
  "largest-factor": "largestFactor",
  scrutineers: "scrutineers",
} as const satisfies Record<string, keyof GeneratorOptions>;

function options(): GeneratorOptions {
  const { values } = parseArgs({
    options: Object.fromEntries(
      Object.keys(NUMBER_OPTIONS).map((name) => [name, { type: "string" as const }]),
    ),
  });
  const chosen: GeneratorOptions = {};
  for (const [flag, key] of Object.entries(NUMBER_OPTIONS)) {
    const value = values[flag];
    if (typeof value !== "string") continue;
    if (!/^\d+$/.test(value))
      throw new UserFacingError(`--${flag} must be a whole number, for example --${flag} 10.`);
    chosen[key] = Number(value);
  }
  return chosen;
}

async function databaseSize(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ size: string }>(
      "SELECT pg_size_pretty(pg_database_size(current_database())) AS size",
    );
    return result.rows[0]?.size ?? "unknown";
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  loadDotEnv();
  const chosen = options();
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new UserFacingError(
      "Set DATABASE_URL to a new, empty database: the generator fills it with national-scale data.",
    );
  if (!process.env.NEXTAUTH_SECRET)
    throw new UserFacingError(
      "Set NEXTAUTH_SECRET to the app's own secret: the bench users' authenticator key is encrypted with it.",
    );
  console.log(`Migrations: ${await migrate(url)}.`);
  const prisma = createPrismaClient({ databaseUrl: url, poolMax: 1 });
  await seedFramework(prisma).finally(() => prisma.$disconnect());

  const result = await generateNationalData(url, {
    ...chosen,
    onStep: (step, ms) => console.log(`  ${step.padEnd(16)} ${(ms / 1000).toFixed(1)} s`),
  });
  const { handles } = result;
  console.log(`\n${formatCounts(result.counts)}\n`);
  console.log(
    `Generated in ${(result.ms / 1000).toFixed(1)} s; the database is ${await databaseSize(url)}.`,
  );
  console.log(`Every bench user's password: ${handles.password}`);
  console.log(
    `Two-factor key (business managers, scrutineers, ${handles.adminEmail}): ${handles.totpSecret}`,
  );
  console.log(
    `Largest: ${handles.largest.name}, ${handles.largest.actionCount} actions, ${handles.largest.businessManagerEmail}`,
  );
  console.log(
    `Typical: ${handles.typical.name}, ${handles.typical.actionCount} actions, ${handles.typical.businessManagerEmail}`,
  );
  console.log(
    `Scrutineer: ${handles.scrutineer.email}, ${handles.scrutineer.partnershipCount} partnerships, ` +
      `${handles.scrutineer.saveTargets.length} answers to save, e.g. ${handles.responsePageUrl}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof UserFacingError ? error.message : error);
  process.exit(1);
});
