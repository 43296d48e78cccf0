import pg from "pg";

/** Every table of the public schema with its exact row count. */
export async function tableCounts(client: pg.Client): Promise<Record<string, number>> {
  const tables = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const rows = await client.query<{ name: string; rows: string }>(
    tables.rows
      .map(
        ({ name }) =>
          `SELECT ${pg.escapeLiteral(name)} AS name, count(*) AS rows FROM ${pg.escapeIdentifier(name)}`,
      )
      .join(" UNION ALL "),
  );
  return Object.fromEntries(rows.rows.map((row) => [row.name, Number(row.rows)]));
}

/** The counts as a two-column table, largest first, with the total. */
export function formatCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const total = entries.reduce((sum, [, rows]) => sum + rows, 0);
  const number = (n: number) => n.toLocaleString("en-GB");
  const width = Math.max(5, ...entries.map(([name]) => name.length));
  const digits = number(total).length;
  return [
    ...entries.map(([name, rows]) => `${name.padEnd(width)}  ${number(rows).padStart(digits)}`),
    `${"Total".padEnd(width)}  ${number(total).padStart(digits)}`,
  ].join("\n");
}
