/**
 * Backup and restore of the whole Six Steps database (every table of schema public, uploaded files
 * included) with COPY through node-postgres: no pg_dump, whose version must match the server's.
 * See docs/decisions/0012-backup-and-restore.md.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import {
  BackupFileError,
  backupWriter,
  countLines,
  FORMAT_VERSION,
  parseHeader,
  readFrames,
  type BackupHeader,
  type TableEntry,
} from "./backup-format";
import {
  columnList,
  loadOrder,
  publicTables,
  qualified,
  sequenceValues,
  setStableSession,
  tableFingerprints,
  type TableFingerprint,
} from "./backup-catalogue";
import { explainDatabaseError, loadInOneTransaction, refuseIfFilled } from "./backup-load";
import { appliedMigrations, isPrefix, migrateTo } from "./backup-migrations";
import { appMigrations, migrate } from "./migrate";
import { UserFacingError } from "./ports";

export { tableFingerprints, type TableFingerprint };

export type BackupSummary = { header: BackupHeader; rows: number; bytes: number; ms: number };
export type RestoreSummary = BackupSummary & { laterMigrations: string[] };

const FLUSH_AT = 256 << 10;

async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: 10_000,
    application_name: "six-steps-backup",
  });
  await client.connect();
  await setStableSession(client);
  return client;
}

const totalRows = (header: BackupHeader) => header.tables.reduce((sum, t) => sum + t.rows, 0);

/**
 * Writes every table of schema public to `file` from one consistent snapshot, so it can run while
 * the app is in use. The file appears only once complete.
 */
export async function backupDatabase(databaseUrl: string, file: string): Promise<BackupSummary> {
  const started = Date.now();
  if (existsSync(file)) throw new UserFacingError(`${file} already exists: choose another name.`);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  const client = await connect(databaseUrl);
  let writer: ReturnType<typeof backupWriter> | undefined;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const migrations = await appliedMigrations(client);
    if (!migrations) throw new UserFacingError("That database holds no Six Steps data to back up.");
    const tables = await publicTables(client);
    const columns = new Map(tables.map(({ table, columns }) => [table, columns]));
    const order = await loadOrder(client, [...columns.keys()]);
    const ordered = order.map((table) => ({ table, columns: columns.get(table)! }));
    const fingerprints = await tableFingerprints(client, ordered);
    const header: BackupHeader = {
      format: FORMAT_VERSION,
      app: "six-steps",
      createdAt: new Date().toISOString(),
      serverVersion: (await client.query("SHOW server_version")).rows[0].server_version,
      migrations,
      tables: fingerprints.map(({ table, rows, checksum }) => ({
        name: table,
        columns: columns.get(table)!,
        rows,
        checksum,
      })),
      sequences: await sequenceValues(client),
    };

    writer = backupWriter(partial);
    await writer.start();
    await writer.frame("H", Buffer.from(JSON.stringify(header)));
    for (const entry of header.tables) {
      await writer.frame("T", Buffer.from(entry.name));
      const copy = client.query(
        copyTo(`COPY ${qualified(entry.name)} (${columnList(entry.columns)}) TO STDOUT`),
      );
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      let lines = 0;
      for await (const chunk of copy as AsyncIterable<Buffer>) {
        lines += countLines(chunk);
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= FLUSH_AT) {
          await writer.data(Buffer.concat(pending));
          pending = [];
          pendingBytes = 0;
        }
      }
      if (pendingBytes > 0) await writer.data(Buffer.concat(pending));
      if (lines !== entry.rows) {
        throw new Error(`${entry.name} gave ${lines} rows where ${entry.rows} were counted`);
      }
      await writer.frame("E", Buffer.from(entry.name));
    }
    await writer.frame("Z", Buffer.alloc(0));
    await client.query("COMMIT");
    const { bytes } = await writer.close();
    renameSync(partial, file);
    return { header, rows: totalRows(header), bytes, ms: Date.now() - started };
  } catch (error) {
    writer?.abort();
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Reads the whole file once before touching the database: a cut or damaged file changes nothing. */
async function checkBackupFile(file: string): Promise<BackupHeader> {
  const frames = readFrames(file);
  const first = await frames.next();
  const header = parseHeader(first.done ? undefined : first.value);
  let index = 0;
  let lines = 0;
  let open: TableEntry | undefined;
  for await (const frame of frames) {
    const expected = header.tables[index];
    if (frame.type === "T" && !open && frame.payload.toString() === expected?.name) {
      open = expected;
      lines = 0;
    } else if (frame.type === "D" && open) {
      lines += countLines(frame.payload);
    } else if (frame.type === "E" && open && frame.payload.toString() === open.name) {
      if (lines !== open.rows) throw new BackupFileError("damaged", `${open.name}: ${lines} rows`);
      open = undefined;
      index++;
    } else if (frame.type === "Z" && !open && index === header.tables.length) {
      return header;
    } else {
      throw new BackupFileError("damaged", `unexpected ${frame.type} frame`);
    }
  }
  throw new BackupFileError("damaged", "the file ends early");
}

function explainFileError(file: string, error: unknown): unknown {
  if (!(error instanceof BackupFileError)) return error;
  if (error.kind === "not-a-backup")
    return new UserFacingError(`${file} is not a Six Steps backup.`);
  if (error.kind === "unsupported") {
    return new UserFacingError(
      `${file} was made by a newer version of Six Steps: update Six Steps, then restore it.`,
    );
  }
  return new UserFacingError(
    `${file} is damaged or incomplete, so nothing was restored. Use another copy of the backup.`,
  );
}

/**
 * Restores a backup into a database that holds no Six Steps data (or, with `force`, replaces its
 * data): migrates it to the backup's version, loads every table in one transaction, checks every
 * table's row count and checksum against the backup before committing, then applies any later
 * migrations of this version of the app.
 */
export async function restoreDatabase(
  databaseUrl: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<RestoreSummary> {
  const started = Date.now();
  if (!existsSync(file)) throw new UserFacingError(`There is no backup file at ${file}.`);
  const header = await checkBackupFile(file).catch((error: unknown) => {
    throw explainFileError(file, error);
  });
  const app = appMigrations();
  if (!isPrefix(header.migrations, app)) {
    const unknown = header.migrations.find((name) => !app.includes(name)) ?? header.migrations[0];
    throw new UserFacingError(
      `This backup was made by a newer version of Six Steps (it has the database change ` +
        `"${unknown}", which this version does not): update Six Steps, then restore it.`,
    );
  }
  const laterMigrations = app.slice(header.migrations.length);

  const client = await connect(databaseUrl);
  try {
    const applied = (await appliedMigrations(client)) ?? [];
    if (!options.force) await refuseIfFilled(client);
    if (!isPrefix(applied, header.migrations)) {
      throw new UserFacingError(
        "This database has already been updated beyond the version of Six Steps that made the " +
          "backup. Restore it into a new, empty database instead; it is brought up to date afterwards.",
      );
    }
    if (laterMigrations.length === 0) await migrate(databaseUrl);
    else if (applied.length < header.migrations.length)
      await migrateTo(databaseUrl, header.migrations);
    await loadInOneTransaction(client, file, header, options.force === true);
  } catch (error) {
    throw explainFileError(file, explainDatabaseError(error));
  } finally {
    await client.end().catch(() => {});
  }
  // The later migrations run over the restored data, as they would have on the original database.
  if (laterMigrations.length > 0) {
    await migrate(databaseUrl).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      throw new UserFacingError(
        `The backup was restored, but bringing it up to this version of Six Steps failed. ${detail}`,
      );
    });
  }
  const bytes = statSync(file).size;
  return { header, rows: totalRows(header), bytes, ms: Date.now() - started, laterMigrations };
}
