/** What a backup reads from PostgreSQL's catalogue: the tables of schema public, their order, their fingerprints. */
import type pg from "pg";

export type TableFingerprint = { table: string; rows: number; checksum: string };
export type TableColumns = { table: string; columns: string[] };
export type SequenceValue = { table: string; column: string; value: string; isCalled: boolean };

export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const qualified = (table: string) => `public.${ident(table)}`;
export const columnList = (columns: string[]) => columns.map(ident).join(", ");

/**
 * Fixes every setting that changes how a value is written as text, so COPY output and checksums
 * are the same on any server whatever its defaults (a timestamptz prints in the session's zone).
 */
export async function setStableSession(client: pg.ClientBase): Promise<void> {
  await client.query(`SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD';
    SET IntervalStyle = 'postgres'; SET extra_float_digits = 3; SET bytea_output = 'hex';
    SET client_encoding = 'UTF8'; SET standard_conforming_strings = on; SET statement_timeout = 0`);
}

/** Every ordinary table of schema public with its stored (not generated) columns, by name. */
export async function publicTables(client: pg.ClientBase): Promise<TableColumns[]> {
  const result = await client.query<{ table: string; columns: string[] }>(
    `SELECT c.relname AS table,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                          AND a.attgenerated = ''
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
      GROUP BY c.relname
      ORDER BY c.relname COLLATE "C"`,
  );
  return result.rows;
}

/** For each public table, the other tables its foreign keys point at. */
export async function foreignKeyParents(client: pg.ClientBase): Promise<Map<string, Set<string>>> {
  const edges = await client.query<{ child: string; parent: string }>(
    `SELECT DISTINCT child.relname AS child, parent.relname AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace AND n.nspname = 'public'
      WHERE k.contype = 'f' AND k.conrelid <> k.confrelid`,
  );
  const parents = new Map<string, Set<string>>();
  for (const { child, parent } of edges.rows) {
    parents.set(child, (parents.get(child) ?? new Set()).add(parent));
  }
  return parents;
}

/**
 * Tables ordered so that every table comes after the tables its foreign keys point at (a table
 * pointing at itself is fine: the check runs at the end of its one COPY). Ties go by name.
 */
export async function loadOrder(client: pg.ClientBase, tables: string[]): Promise<string[]> {
  const parents = await foreignKeyParents(client);
  const order: string[] = [];
  const placed = new Set<string>();
  const known = new Set(tables);
  while (order.length < tables.length) {
    const ready = tables.filter(
      (table) =>
        !placed.has(table) &&
        [...(parents.get(table) ?? [])].every((p) => placed.has(p) || !known.has(p)),
    );
    if (ready.length === 0) {
      const stuck = tables.filter((table) => !placed.has(table)).join(", ");
      throw new Error(`The foreign keys between these tables form a cycle: ${stuck}`);
    }
    for (const table of ready) {
      order.push(table);
      placed.add(table);
    }
  }
  return order;
}

/**
 * Each table's row count and a checksum over its rows in a stable order: the md5 of the sorted
 * md5s of every row's text (hashing rows first keeps a multi-gigabyte table's aggregate small).
 * Binary columns go in as their own md5: printing megabytes of file content as hex text first
 * made the checksum of uploaded files ten times slower than copying them.
 */
export async function tableFingerprints(
  client: pg.ClientBase,
  tables?: TableColumns[],
): Promise<TableFingerprint[]> {
  await setStableSession(client);
  const binary = await client.query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      WHERE a.atttypid = 'bytea'::regtype AND a.attnum > 0 AND NOT a.attisdropped`,
  );
  const isBinary = new Set(binary.rows.map(({ table, column }) => `${table}.${column}`));
  const fingerprints: TableFingerprint[] = [];
  for (const { table, columns } of tables ?? (await publicTables(client))) {
    const values = columns.map((column) =>
      isBinary.has(`${table}.${column}`) ? `md5(${ident(column)})` : ident(column),
    );
    const result = await client.query<{ rows: string; checksum: string }>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(h, '' ORDER BY h COLLATE "C"), '')) AS checksum
         FROM (SELECT md5(ROW(${values.join(", ")})::text) AS h FROM ${qualified(table)}) AS hashed`,
    );
    const { rows, checksum } = result.rows[0]!;
    fingerprints.push({ table, rows: Number(rows), checksum });
  }
  return fingerprints;
}

/** The sequences that number a column of a public table (AuditEvent.id…), with their position. */
export async function sequenceValues(client: pg.ClientBase): Promise<SequenceValue[]> {
  const owned = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT t.relname AS table, a.attname AS column, s.relname AS sequence
       FROM pg_depend d
       JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
       JOIN pg_class t ON t.oid = d.refobjid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
      ORDER BY 1, 2`,
  );
  const values: SequenceValue[] = [];
  for (const { table, column, sequence } of owned.rows) {
    const state = await client.query<{ value: string; isCalled: boolean }>(
      `SELECT last_value::text AS value, is_called AS "isCalled" FROM ${qualified(sequence)}`,
    );
    values.push({ table, column, ...state.rows[0]! });
  }
  return values;
}

/**
 * Puts each sequence where the backup had it, and never below the largest restored value, so the
 * next row gets a fresh number.
 */
export async function restoreSequences(
  client: pg.ClientBase,
  sequences: SequenceValue[],
): Promise<void> {
  for (const { table, column, value, isCalled } of sequences) {
    await client.query(
      `SELECT CASE WHEN max_value IS NULL OR $1::bigint - (CASE WHEN $2 THEN 0 ELSE 1 END) >= max_value
                   THEN setval(pg_get_serial_sequence($3, $4), $1::bigint, $2)
                   ELSE setval(pg_get_serial_sequence($3, $4), max_value, true) END
         FROM (SELECT max(${ident(column)})::bigint AS max_value FROM ${qualified(table)}) AS m`,
      [value, isCalled, qualified(table), column],
    );
  }
}
