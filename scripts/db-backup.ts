/**
 * `npm run db:backup [-- --out FILE]` and `npm run db:restore -- FILE [--force]`, on DATABASE_URL
 * or the embedded database (the one `npm run dev` is running, or started for the command).
 * See docs/decisions/0012-backup-and-restore.md.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { EnvError } from "../lib/env";
import {
  backupDatabase,
  restoreDatabase,
  type BackupSummary,
  type TableFingerprint,
} from "./lib/backup";
import { loadDotEnv, prepareDatabase } from "./lib/local-env";
import { ROOT } from "./lib/migrate";
import { UserFacingError } from "./lib/ports";

const USAGE = "Usage: npm run db:backup [-- --out FILE]  or  npm run db:restore -- FILE [--force]";

// npm runs scripts from the project folder; a path typed by the person is relative to theirs.
const fromHere = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") ? relative : file;
};

function defaultBackupFile(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return path.join(ROOT, "backups", `six-steps-${stamp}.backup.gz`);
}

/** The database's name and server, never its password. */
function describe(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `database ${decodeURIComponent(url.pathname.slice(1))} on ${url.host}`;
}

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function report(summary: BackupSummary): void {
  const { header, rows, bytes, ms } = summary;
  console.log(
    `  ${header.tables.length} tables, ${rows.toLocaleString("en-GB")} rows, ` +
      `a ${size(bytes)} file, in ${(ms / 1000).toFixed(1)} s.`,
  );
  const fingerprints: TableFingerprint[] = header.tables
    .map((t) => ({ table: t.name, rows: t.rows, checksum: t.checksum }))
    .sort((a, b) => (a.table < b.table ? -1 : 1));
  const width = Math.max(...fingerprints.map((f) => f.table.length));
  console.log(`  ${"Table".padEnd(width)}  ${"Rows".padStart(9)}  Checksum`);
  for (const { table, rows: count, checksum } of fingerprints) {
    console.log(`  ${table.padEnd(width)}  ${String(count).padStart(9)}  ${checksum}`);
  }
}

function parse(argv: string[]) {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { out: { type: "string" }, force: { type: "boolean" } },
      allowPositionals: true,
    });
    if (command === "backup" && positionals.length === 0 && !values.force) {
      return { command, file: values.out ? fromHere(values.out) : defaultBackupFile() } as const;
    }
    if (command === "restore" && positionals.length === 1 && !values.out) {
      return { command, file: fromHere(positionals[0]!), force: values.force === true } as const;
    }
  } catch {
    // An unknown option: the usage line says what is accepted.
  }
  throw new UserFacingError(USAGE);
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  loadDotEnv();
  const { embedded } = await prepareDatabase({ quiet: true, shareRunning: true });
  const databaseUrl = process.env.DATABASE_URL as string;
  try {
    if (args.command === "backup") {
      const summary = await backupDatabase(databaseUrl, args.file);
      console.log(`Backed up the ${describe(databaseUrl)} to ${shown(args.file)}:`);
      report(summary);
    } else {
      const summary = await restoreDatabase(databaseUrl, args.file, { force: args.force });
      console.log(
        `Restored ${shown(args.file)} (made ${summary.header.createdAt}) into the ${describe(databaseUrl)}. ` +
          "Every table's row count and checksum match the backup:",
      );
      report(summary);
      if (summary.laterMigrations.length > 0) {
        console.log(
          `Then brought it up to date with ${summary.laterMigrations.length} later database ` +
            `changes: ${summary.laterMigrations.join(", ")}.`,
        );
      }
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UserFacingError || error instanceof EnvError) console.error(error.message);
  else {
    const message = error instanceof Error ? error.message : String(error);
    const line = message
      .split("\n")
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1);
    console.error(`The ${process.argv[2] ?? "command"} failed: ${line ?? "unknown error"}`);
  }
  process.exit(1);
});
