/** Restoring, inside the database: the checks, and the one transaction that loads and verifies. */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { BackupFileError, readFrames, type BackupHeader, type Frame } from "./backup-format";
import {
  columnList,
  foreignKeyParents,
  ident,
  publicTables,
  qualified,
  restoreSequences,
  tableFingerprints,
} from "./backup-catalogue";
import { UserFacingError } from "./ports";

const MIGRATIONS_TABLE = "_prisma_migrations";
/** pg_trigger.tgenabled back to the statement that sets it. */
const ENABLE = { O: "ENABLE", A: "ENABLE ALWAYS", R: "ENABLE REPLICA" } as const;

async function filledTables(client: pg.ClientBase): Promise<string[]> {
  const filled: string[] = [];
  for (const { table } of await publicTables(client)) {
    if (table === MIGRATIONS_TABLE) continue;
    const result = await client.query(`SELECT EXISTS (SELECT 1 FROM ${qualified(table)}) AS some`);
    if (result.rows[0].some) filled.push(table);
  }
  return filled;
}

export async function refuseIfFilled(client: pg.ClientBase): Promise<void> {
  const filled = await filledTables(client);
  if (filled.length === 0) return;
  throw new UserFacingError(
    `The database already holds data (in ${filled.length} tables, such as ${filled.slice(0, 3).join(", ")}). ` +
      "Restoring replaces all of it: run the restore again with --force if that is what you want.",
  );
}

export async function loadInOneTransaction(
  client: pg.ClientBase,
  file: string,
  header: BackupHeader,
  force: boolean,
): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL lock_timeout = '30s'");
    await checkStructure(client, header);
    const all = header.tables.map((entry) => qualified(entry.name)).join(", ");
    await client.query(`LOCK TABLE ${all} IN ACCESS EXCLUSIVE MODE`);
    if (!force) await refuseIfFilled(client);
    // Triggers guard the app's writes (append-only audit, locked assessments, published
    // frameworks, default recipients of a new partnership); a restore writes history as it was.
    // Disabled inside this transaction only, behind its exclusive locks: no one else sees them off.
    const triggers = await client.query<{ table: string; name: string; mode: string }>(
      `SELECT c.relname AS table, t.tgname AS name, t.tgenabled AS mode
         FROM pg_trigger t
         JOIN pg_class c ON c.oid = t.tgrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        WHERE NOT t.tgisinternal AND t.tgenabled <> 'D'`,
    );
    const alterTriggers = async (enable: boolean) => {
      for (const { table, name, mode } of triggers.rows) {
        const action = !enable ? "DISABLE" : ENABLE[mode as keyof typeof ENABLE];
        await client.query(`ALTER TABLE ${qualified(table)} ${action} TRIGGER ${ident(name)}`);
      }
    };
    await alterTriggers(false);
    await client.query(`TRUNCATE ${all}`);
    await loadTables(client, file, header);
    await alterTriggers(true);
    await restoreSequences(client, header.sequences);
    await verify(client, header);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/** The migrated database must have exactly the backup's tables and columns, in a loadable order. */
async function checkStructure(client: pg.ClientBase, header: BackupHeader): Promise<void> {
  const target = new Map((await publicTables(client)).map((t) => [t.table, t.columns]));
  const problems: string[] = [];
  for (const entry of header.tables) {
    const columns = target.get(entry.name);
    if (!columns) problems.push(`no table ${entry.name}`);
    else if ([...columns].sort().join() !== [...entry.columns].sort().join()) {
      problems.push(`the columns of ${entry.name} differ`);
    }
  }
  const named = new Set(header.tables.map((entry) => entry.name));
  for (const table of target.keys()) if (!named.has(table)) problems.push(`extra table ${table}`);
  const parents = await foreignKeyParents(client);
  const loaded = new Set<string>();
  for (const entry of header.tables) {
    const missing = [...(parents.get(entry.name) ?? [])].find((parent) => !loaded.has(parent));
    if (missing) problems.push(`${entry.name} comes before ${missing}`);
    loaded.add(entry.name);
  }
  if (problems.length > 0) {
    throw new UserFacingError(
      `The backup does not fit the database structure of its own version (${problems.slice(0, 3).join("; ")}), so nothing was restored.`,
    );
  }
}

async function loadTables(client: pg.ClientBase, file: string, header: BackupHeader) {
  const frames = readFrames(file);
  const next = async (): Promise<Frame> => {
    const result = await frames.next();
    if (result.done) throw new BackupFileError("damaged", "the file ends early");
    return result.value;
  };
  try {
    await next(); // the header, already read and checked
    for (const entry of header.tables) {
      const start = await next();
      if (start.type !== "T" || start.payload.toString() !== entry.name) {
        throw new BackupFileError("damaged", `expected table ${entry.name}`);
      }
      async function* data() {
        for (let frame = await next(); ; frame = await next()) {
          if (frame.type === "D") yield frame.payload;
          else if (frame.type === "E") return;
          else throw new BackupFileError("damaged", `unexpected ${frame.type} frame`);
        }
      }
      const sql = `COPY ${qualified(entry.name)} (${columnList(entry.columns)}) FROM STDIN`;
      await pipeline(Readable.from(data()), client.query(copyFrom(sql)));
    }
  } finally {
    await frames.return(undefined);
  }
}

async function verify(client: pg.ClientBase, header: BackupHeader): Promise<void> {
  const tables = header.tables.map((entry) => ({ table: entry.name, columns: entry.columns }));
  const found = await tableFingerprints(client, tables);
  const differences = header.tables.flatMap((entry, index) => {
    const { rows, checksum } = found[index]!;
    if (rows !== entry.rows)
      return [`${entry.name}: ${entry.rows} rows in the backup, ${rows} restored`];
    if (checksum !== entry.checksum) return [`${entry.name}: the rows differ from the backup`];
    return [];
  });
  if (differences.length > 0) {
    throw new UserFacingError(
      `The restored data did not match the backup (${differences.slice(0, 3).join("; ")}), so nothing was restored.`,
    );
  }
}

/** Known refusals from PostgreSQL, in words a person can act on. */
export function explainDatabaseError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "55P03") {
    return new UserFacingError(
      "The database is busy (the app is using the tables), so nothing was restored: stop the app and try again.",
    );
  }
  if (code === "42501") {
    return new UserFacingError(
      "The database user may not replace the Six Steps tables, so nothing was restored: use the user that owns them (the one migrations run as).",
    );
  }
  return error;
}
