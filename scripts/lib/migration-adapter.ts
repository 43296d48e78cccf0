import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { poolConfigFromUrl } from "../../lib/db/pg-config";

// prisma/orm#27403: during migrate, adapter-pg cannot deserialise catalog column types
// ("name", "char", regproc, pg_node_tree and their arrays). They are presented as text, and the
// information_schema domains (sql_identifier, cardinal_number…) as their base types.
const CATALOG_OIDS_AS_TEXT = new Map<number, number>([
  [18, 25],
  [19, 25],
  [24, 25],
  [194, 25],
  [1002, 1009],
  [1003, 1009],
]);

type PgResult = { fields: Array<{ dataTypeID: number }> };
type Queryable = { performIO: (query: unknown) => Promise<PgResult> };
type ScriptRunner = {
  client: { query: (sql: string) => Promise<unknown> };
  onError: (error: unknown) => never;
  executeScript: (script: string) => Promise<void>;
};
let patched = false;

type SqlAdapter = {
  queryRaw: (query: {
    sql: string;
    args: unknown[];
    argTypes: unknown[];
  }) => Promise<{ rows: unknown[][] }>;
};

async function learnInformationSchemaDomains(adapter: SqlAdapter): Promise<void> {
  const result = await adapter.queryRaw({
    sql: `SELECT t.oid::int4, t.typbasetype::int4 FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
           WHERE n.nspname = 'information_schema' AND t.typtype = 'd'`,
    args: [],
    argTypes: [],
  });
  for (const [oid, base] of result.rows as Array<[number, number]>) {
    CATALOG_OIDS_AS_TEXT.set(oid, CATALOG_OIDS_AS_TEXT.get(base) ?? base);
  }
}

async function patchAdapter(adapter: object): Promise<void> {
  if (patched) return;
  // adapter-pg splits scripts on every ";", which breaks PL/pgSQL bodies (the audit trigger).
  // A multi-statement simple query runs the whole migration as one implicit transaction instead.
  const adapterProto = Object.getPrototypeOf(adapter) as ScriptRunner;
  adapterProto.executeScript = async function (this: ScriptRunner, script: string) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  // The queryable base class is shared by the adapter and its transactions.
  const proto = Object.getPrototypeOf(adapterProto) as Queryable;
  const original = proto.performIO;
  proto.performIO = async function (this: Queryable, query: unknown) {
    const result = await original.call(this, query);
    for (const field of result.fields) {
      const replacement = CATALOG_OIDS_AS_TEXT.get(field.dataTypeID);
      if (replacement) field.dataTypeID = replacement;
    }
    return result;
  };
  patched = true;
  await learnInformationSchemaDomains(adapter as unknown as SqlAdapter);
}

/** The driver adapter Prisma's CLI migrates with. Not used by the application at run time. */
export function migrationAdapter(
  databaseUrl: string | undefined,
): SqlMigrationAwareDriverAdapterFactory {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: run migrations through npm scripts.");
  const config = poolConfigFromUrl(databaseUrl);
  const factory = new PrismaPg(config);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      await patchAdapter(adapter);
      return adapter;
    },
    // adapter-pg drops the shadow database while its own pool is still connected; close it first.
    async connectToShadowDb() {
      const main = await factory.connect();
      await patchAdapter(main);
      const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      await main.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = await new PrismaPg({ ...config, database }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        await main.dispose();
      };
      return shadow;
    },
  };
}
