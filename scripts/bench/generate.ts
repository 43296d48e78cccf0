import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { encryptSecret } from "../../lib/auth/tokens";
import { ukDateStamp } from "../../lib/domain/london-time";
import { UserFacingError } from "../lib/ports";
import { tableCounts } from "./counts";
import { findBenchHandles, type BenchHandles } from "./handles";

export { formatCounts, tableCounts } from "./counts";

/**
 * The national-scale benchmark data set (issue #10): runs scripts/bench/national-data.sql, the
 * set-based generator, on a freshly migrated database with the framework seeded, then ANALYZE,
 * and reports every table's row count and the handles a benchmark needs (found by query).
 */

/** Every bench user's password. Business managers, scrutineers and the administrator also use 2FA. */
export const BENCH_PASSWORD = "Bench-national-scale-2026";
/** The authenticator key of every bench user with two-factor authentication (base32). */
export const BENCH_TOTP_SECRET = "BENCHNATIONALSCALETWOFACTORKEY23";

export type GeneratorOptions = {
  /** Partnerships (150: about England's number). Partnership 1 is the largest. */
  partnerships?: number;
  /** Yearly cycles per partnership (10); every one but the last is signed off. */
  cycles?: number;
  /** Relevant agencies per partnership, besides the three statutory partners (30). */
  organisations?: number;
  /** The largest partnership has this many times a typical one's evidence and actions (10). */
  largestFactor?: number;
  /** The national pool of independent scrutineers (60 for 150 partnerships; at least 4). */
  scrutineers?: number;
  /** How many partnerships the first bench scrutineer serves, partnership 1 among them (6). */
  scrutineerPartnerships?: number;
  evidencePerCycle?: number;
  actionsPerCycle?: number;
  /** NEXTAUTH_SECRET of the app that will read the data: it encrypts the authenticator key. */
  secret?: string;
  now?: Date;
  /** Called after each step of the SQL, e.g. to print progress. */
  onStep?: (step: string, ms: number) => void;
};

export type NationalData = {
  ms: number;
  steps: Array<{ step: string; ms: number }>;
  counts: Record<string, number>;
  handles: BenchHandles;
};

const SQL_FILE = path.join(import.meta.dirname, "national-data.sql");

/** The SQL file's steps, split on its "-- @step name" lines. */
export function generatorSteps(
  sql = readFileSync(SQL_FILE, "utf8"),
): Array<{ step: string; sql: string }> {
  return sql
    .split(/^-- @step /m)
    .slice(1)
    .map((part) => {
      const newline = part.indexOf("\n");
      return { step: part.slice(0, newline).trim(), sql: part.slice(newline + 1) };
    });
}

function settings(options: GeneratorOptions) {
  const partnerships = options.partnerships ?? 150;
  const chosen = {
    partnerships,
    cycles: options.cycles ?? 10,
    organisations: options.organisations ?? 30,
    largestFactor: options.largestFactor ?? 10,
    scrutineers: options.scrutineers ?? Math.max(4, Math.round(partnerships * 0.4)),
    scrutineerPartnerships: options.scrutineerPartnerships ?? 6,
    evidencePerCycle: options.evidencePerCycle ?? 40,
    actionsPerCycle: options.actionsPerCycle ?? 100,
  };
  const least: Record<keyof typeof chosen, number> = {
    partnerships: 2,
    cycles: 2,
    organisations: 1,
    largestFactor: 1,
    scrutineers: 4,
    scrutineerPartnerships: 1,
    evidencePerCycle: 5,
    actionsPerCycle: 72,
  };
  for (const [name, value] of Object.entries(chosen) as Array<[keyof typeof chosen, number]>) {
    if (!Number.isInteger(value) || value < least[name])
      throw new UserFacingError(
        `The generator's ${name} must be a whole number of at least ${least[name]}.`,
      );
  }
  return chosen;
}

export async function generateNationalData(
  databaseUrl: string,
  options: GeneratorOptions = {},
): Promise<NationalData> {
  const chosen = settings(options);
  const secret = options.secret ?? process.env.NEXTAUTH_SECRET;
  if (!secret)
    throw new UserFacingError(
      "Set NEXTAUTH_SECRET (the app's own): the bench users' authenticator key is encrypted with it.",
    );
  const now = options.now ?? new Date();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const client = new pg.Client({
    connectionString: databaseUrl,
    application_name: "bench-generator",
  });
  await client.connect();
  const started = performance.now();
  const steps: NationalData["steps"] = [];
  try {
    await client.query("BEGIN");
    await client.query(`CREATE TEMP TABLE bench_config (
      partnerships int, cycles int, organisations int, largest_factor int, scrutineers int,
      scrutineer_partnerships int, evidence_per_cycle int, actions_per_cycle int,
      today date, now_at timestamptz, password_hash text, totp_secret text, fast boolean) ON COMMIT DROP`);
    await client.query(
      `INSERT INTO bench_config SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
         rolsuper FROM pg_roles WHERE rolname = current_user`,
      [
        chosen.partnerships,
        chosen.cycles,
        chosen.organisations,
        chosen.largestFactor,
        chosen.scrutineers,
        chosen.scrutineerPartnerships,
        chosen.evidencePerCycle,
        chosen.actionsPerCycle,
        ukDateStamp(now),
        now,
        passwordHash,
        encryptSecret(BENCH_TOTP_SECRET, secret),
      ],
    );
    for (const { step, sql } of generatorSteps()) {
      const at = performance.now();
      try {
        await client.query(sql);
      } catch (error) {
        // The SQL's own checks (RAISE EXCEPTION) say what is wrong in a sentence.
        if ((error as { code?: string }).code === "P0001")
          throw new UserFacingError((error as Error).message);
        throw new Error(`The generator's step "${step}" failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
      const ms = Math.round(performance.now() - at);
      steps.push({ step, ms });
      options.onStep?.(step, ms);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    await client.end();
    throw error;
  }
  try {
    const at = performance.now();
    await client.query("ANALYZE");
    steps.push({ step: "analyze", ms: Math.round(performance.now() - at) });
    options.onStep?.("analyze", steps.at(-1)!.ms);
    const ms = Math.round(performance.now() - started);
    const counts = await tableCounts(client);
    const handles = await findBenchHandles(client, {
      password: BENCH_PASSWORD,
      totpSecret: BENCH_TOTP_SECRET,
    });
    return { ms, steps, counts, handles };
  } finally {
    await client.end();
  }
}
