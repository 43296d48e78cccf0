import pg from "pg";

/**
 * Counts the SQL statements sent to PostgreSQL while `run` runs. The app's Prisma client talks to
 * the database through @prisma/adapter-pg, which sends every statement with a node-postgres
 * `Client.query` (a pool's `query` borrows a client and calls it too), so counting calls there
 * counts real round trips, whatever Prisma does with nested selects. Nothing else may use the
 * database while it counts.
 */
export async function countQueries<T>(
  run: () => Promise<T>,
): Promise<{ result: T; count: number; statements: string[] }> {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  const statements: string[] = [];
  prototype.query = function counted(this: unknown, ...args: unknown[]) {
    const [config] = args;
    statements.push(
      typeof config === "string"
        ? config
        : String((config as { text?: unknown } | null)?.text ?? "(query)"),
    );
    return original.apply(this, args);
  };
  try {
    const result = await run();
    return { result, count: statements.length, statements };
  } finally {
    prototype.query = original;
  }
}
