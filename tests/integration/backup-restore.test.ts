import { spawnSync } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../../lib/db/client";
import { seed } from "../../prisma/seed";
import {
  backupDatabase,
  restoreDatabase,
  tableFingerprints,
  type TableFingerprint,
} from "../../scripts/lib/backup";
import { migrateTo } from "../../scripts/lib/backup-migrations";
import { appMigrations } from "../../scripts/lib/migrate";
import { admin, createTestDatabase, type TestDatabase } from "./support/database";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const SECRET = "integration-test-secret-0123456789abcdef";
/** Every byte value (newline, backslash and NUL among them), then noise. */
const FILE_BYTES = Buffer.concat([
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  randomBytes(4096),
]);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

type Database = { url: string; drop: () => Promise<void> };
const cleanup: Array<() => Promise<void>> = [];
let dir: string;
let source: TestDatabase;
let backupFile: string;
let sourcePrints: TableFingerprint[];
let partnershipName: string;
let storedFileId: string;

async function onServer(sql: string): Promise<void> {
  await admin(inject("templateUrl"), sql);
}

/** A database with no tables at all, as a new server or a new managed database starts. */
async function createEmptyDatabase(settings: string[] = []): Promise<Database> {
  const name = `e_${randomUUID().replaceAll("-", "")}`;
  await onServer(`CREATE DATABASE "${name}"`);
  for (const setting of settings) await onServer(`ALTER DATABASE "${name}" SET ${setting}`);
  const url = new URL(inject("templateUrl"));
  url.pathname = `/${name}`;
  const database = {
    url: url.toString(),
    drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
  cleanup.push(database.drop);
  return database;
}

async function createFilledDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  cleanup.push(database.drop);
  await seed(database.prisma, { demo: false, secret: SECRET }); // the framework: 35 rows or so
  return database;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const fingerprints = (url: string) => withClient(url, (client) => tableFingerprints(client));
const hasTables = (url: string) =>
  withClient(url, async (client) => {
    const result = await client.query(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'",
    );
    return result.rows[0].n > 0;
  });

/** The backup with its header changed: the frames after it, and so the row counts, stay valid. */
function withHeader(file: string, change: (header: Record<string, unknown>) => void): string {
  const plain = gunzipSync(readFileSync(file));
  const start = "six-steps backup\n".length;
  expect(plain.toString("latin1", start, start + 1)).toBe("H");
  const length = plain.readUInt32BE(start + 1);
  const header = JSON.parse(plain.toString("utf8", start + 5, start + 5 + length));
  change(header);
  const json = Buffer.from(JSON.stringify(header));
  const head = Buffer.alloc(5);
  head.write("H", 0, "latin1");
  head.writeUInt32BE(json.length, 1);
  const out = path.join(dir, `changed-${randomUUID()}.backup.gz`);
  writeFileSync(
    out,
    gzipSync(
      Buffer.concat([plain.subarray(0, start), head, json, plain.subarray(start + 5 + length)]),
    ),
  );
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "sixsteps-backup-"));
  source = await createTestDatabase();
  const { demoPartnershipId } = await seed(source.prisma, { demo: true, secret: SECRET });
  const partnership = await source.prisma.partnership.findUniqueOrThrow({
    where: { id: demoPartnershipId! },
  });
  partnershipName = partnership.name;
  const file = await source.prisma.storedFile.create({
    data: {
      partnershipId: partnership.id,
      fileName: "every-byte.bin",
      mimeType: "application/octet-stream",
      sizeBytes: FILE_BYTES.length,
      sha256: sha256(FILE_BYTES),
      content: FILE_BYTES,
    },
  });
  storedFileId = file.id;
  await source.prisma.evidenceItem.create({
    data: {
      partnershipId: partnership.id,
      title: "Uploaded binary file",
      kind: "DOCUMENT",
      nature: "OUTCOME",
      evidenceDate: new Date("2025-03-31"),
      fileId: file.id,
    },
  });
  for (const action of ["backup.test.one", "backup.test.two"]) {
    await source.prisma.auditEvent.create({
      data: {
        category: "CHANGE",
        action,
        partnershipId: partnership.id,
        after: { note: "ü ✓ \\ \n" },
      },
    });
  }
  backupFile = path.join(dir, "demo.backup.gz");
  await backupDatabase(source.url, backupFile);
  sourcePrints = await fingerprints(source.url);
}, 120_000);

afterAll(async () => {
  for (const drop of cleanup) await drop();
  await source?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe("a backup of the demo partnership", () => {
  it("restores into an empty database with every table's rows, checksums and file bytes identical", async () => {
    // Session defaults that change how values print must not change what is restored or compared.
    const target = await createEmptyDatabase([
      "TimeZone TO 'Pacific/Chatham'",
      "bytea_output TO 'escape'",
    ]);
    const summary = await restoreDatabase(target.url, backupFile);
    const restored = await fingerprints(target.url);

    const tables = restored.map((t) => t.table);
    expect(tables.length).toBeGreaterThan(30);
    expect(tables).toEqual(
      expect.arrayContaining([
        "StoredFile",
        "EvidenceItem",
        "AuditEvent",
        "Response",
        "_prisma_migrations",
      ]),
    );
    expect(restored).toEqual(sourcePrints);
    expect(summary.header.tables.map((t) => t.name).sort()).toEqual([...tables].sort());
    expect(summary.rows).toBe(sourcePrints.reduce((sum, t) => sum + t.rows, 0));
    expect(restored.find((t) => t.table === "StoredFile")?.rows).toBe(1);
    expect(restored.find((t) => t.table === "Response")?.rows).toBeGreaterThan(100);

    const prisma = createPrismaClient({ databaseUrl: target.url, poolMax: 2 });
    try {
      const partnership = await prisma.partnership.findFirstOrThrow({
        where: { name: partnershipName },
      });
      expect(partnership.name).toBe(partnershipName);
      const file = await prisma.storedFile.findUniqueOrThrow({ where: { id: storedFileId } });
      expect(sha256(file.content!)).toBe(sha256(FILE_BYTES));
      expect(file.content!.length).toBe(FILE_BYTES.length);

      // Numbering carries on after the restored rows, and the guards are back on.
      const before = await prisma.auditEvent.aggregate({ _max: { id: true } });
      const next = await prisma.auditEvent.create({
        data: { category: "CHANGE", action: "after.restore" },
      });
      expect(next.id).toBeGreaterThan(before._max.id!);
      await expect(prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(
        /append-only/,
      );
      const locked = await prisma.response.findFirstOrThrow({
        where: { assessment: { status: "FINALISED" } },
      });
      await expect(
        prisma.response.update({ where: { id: locked.id }, data: { narrative: "changed" } }),
      ).rejects.toThrow(/assessment_locked/);
      expect(await prisma.publicationRecipient.count()).toBe(
        await source.prisma.publicationRecipient.count(),
      );
    } finally {
      await prisma.$disconnect();
    }
  });

  it("is refused by a database that holds data, which --force then replaces", async () => {
    const target = await createFilledDatabase();
    const before = await fingerprints(target.url);
    await expect(restoreDatabase(target.url, backupFile)).rejects.toThrow(
      /already holds data .*run the restore again with --force/,
    );
    expect(await fingerprints(target.url)).toEqual(before);

    await restoreDatabase(target.url, backupFile, { force: true });
    expect(await fingerprints(target.url)).toEqual(sourcePrints);
  });
});

describe("a file that cannot be restored", () => {
  it("is refused when cut short, damaged or not a backup, and the database is left as it was", async () => {
    const bytes = readFileSync(backupFile);
    const cut = path.join(dir, "cut.backup.gz");
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const damaged = path.join(dir, "damaged.backup.gz");
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)]! ^= 0xff;
    writeFileSync(damaged, flipped);
    // Only gzip's checksum at the very end tells this one apart: every frame and row still reads.
    const badChecksum = path.join(dir, "checksum.backup.gz");
    const trailer = Buffer.from(bytes);
    trailer[bytes.length - 6]! ^= 0x01;
    writeFileSync(badChecksum, trailer);
    const foreign = path.join(dir, "notes.txt");
    writeFileSync(foreign, "These are not the rows you are looking for.\n");
    const foreignGzip = path.join(dir, "other.gz");
    writeFileSync(foreignGzip, gzipSync(Buffer.from('{"tables": []}\n')));

    const target = await createFilledDatabase();
    const before = await fingerprints(target.url);
    for (const file of [cut, damaged, badChecksum]) {
      await expect(restoreDatabase(target.url, file, { force: true })).rejects.toThrow(
        `${file} is damaged or incomplete, so nothing was restored. Use another copy of the backup.`,
      );
    }
    for (const file of [foreign, foreignGzip]) {
      await expect(restoreDatabase(target.url, file, { force: true })).rejects.toThrow(
        `${file} is not a Six Steps backup.`,
      );
    }
    await expect(restoreDatabase(target.url, path.join(dir, "missing.backup.gz"))).rejects.toThrow(
      /^There is no backup file at /,
    );
    expect(await fingerprints(target.url)).toEqual(before);

    const empty = await createEmptyDatabase();
    await expect(restoreDatabase(empty.url, cut)).rejects.toThrow(/damaged or incomplete/);
    expect(await hasTables(empty.url)).toBe(false);
  });

  it("is rolled back when the restored rows differ from the backup's checksums", async () => {
    const forged = withHeader(backupFile, (header) => {
      const tables = header.tables as Array<{ name: string; checksum: string }>;
      tables.find((t) => t.name === "Partnership")!.checksum = "0".repeat(32);
    });
    const target = await createFilledDatabase();
    const before = await fingerprints(target.url);
    await expect(restoreDatabase(target.url, forged, { force: true })).rejects.toThrow(
      "The restored data did not match the backup (Partnership: the rows differ from the backup), so nothing was restored.",
    );
    expect(await fingerprints(target.url)).toEqual(before);
    // The rollback also undid switching the guards off.
    await expect(target.prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(
      /append-only/,
    );
  });

  it("is refused, before anything changes, when made by a newer version of Six Steps", async () => {
    const future = withHeader(backupFile, (header) => {
      (header.migrations as string[]).push("29991231000000_from_the_future");
    });
    const empty = await createEmptyDatabase();
    await expect(restoreDatabase(empty.url, future)).rejects.toThrow(
      'This backup was made by a newer version of Six Steps (it has the database change "29991231000000_from_the_future", which this version does not): update Six Steps, then restore it.',
    );
    const newerFormat = withHeader(backupFile, (header) => {
      header.format = 2;
    });
    await expect(restoreDatabase(empty.url, newerFormat)).rejects.toThrow(
      `${newerFormat} was made by a newer version of Six Steps: update Six Steps, then restore it.`,
    );
    expect(await hasTables(empty.url)).toBe(false);
  });
});

describe("a backup made by an earlier version of Six Steps", () => {
  it("is restored into its own structure, then brought up to date by the later migrations", async () => {
    const app = appMigrations();
    const before = app.findIndex((name) => name.endsWith("_yearly_report"));
    expect(before).toBeGreaterThan(0);
    const old = await createEmptyDatabase();
    await migrateTo(old.url, app.slice(0, before));
    await withClient(old.url, (client) =>
      client.query(`INSERT INTO "Partnership" (id, slug, name, "updatedAt")
                    VALUES (gen_random_uuid(), 'older', 'Older Partnership', now())`),
    );
    const oldFile = path.join(dir, "older.backup.gz");
    const made = await backupDatabase(old.url, oldFile);
    expect(made.header.migrations).toEqual(app.slice(0, before));

    const target = await createEmptyDatabase();
    const summary = await restoreDatabase(target.url, oldFile);
    expect(summary.laterMigrations).toEqual(app.slice(before));
    await withClient(target.url, async (client) => {
      const applied = await client.query(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1",
      );
      expect(applied.rows.map((row) => row.migration_name)).toEqual(app);
      // The yearly-report migration gives every existing partnership its two default recipients:
      // it ran over the restored partnership, as it would have on the original database.
      const recipients = await client.query(
        `SELECT r.name FROM "PublicationRecipient" r JOIN "Partnership" p ON p.id = r."partnershipId"
          WHERE p.slug = 'older' ORDER BY r.position`,
      );
      expect(recipients.rows.map((row) => row.name)).toEqual([
        "Child Safeguarding Practice Review Panel",
        "What Works Centre for Children's Social Care",
      ]);
    });
  }, 120_000);
});

describe("npm run db:backup and npm run db:restore", () => {
  const run = (args: string[], databaseUrl: string) => {
    const result = spawnSync(TSX, ["scripts/db-backup.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
      timeout: 60_000,
    });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
  };

  it("back up one database and restore it into another, explaining a refusal in one line", async () => {
    const file = path.join(dir, "cli.backup.gz");
    const backup = run(["backup", "--out", file], source.url);
    expect(backup.output).toMatch(/Backed up the database t_\w+ on 127\.0\.0\.1:\d+ to /);
    expect(backup.output).toContain(`${sourcePrints.length} tables`);
    expect(backup.output).toContain(sourcePrints.find((t) => t.table === "StoredFile")!.checksum);
    expect(backup.code).toBe(0);
    expect(backup.output).not.toContain("sixsteps-local-only"); // no password in the output

    const target = await createEmptyDatabase();
    const restore = run(["restore", file], target.url);
    expect(restore.output).toContain("Every table's row count and checksum match the backup");
    expect(restore.code).toBe(0);
    expect(await fingerprints(target.url)).toEqual(sourcePrints);

    const again = run(["restore", file], target.url);
    expect(again.code).toBe(1);
    expect(again.output.trim()).toMatch(
      /^The database already holds data .*--force if that is what you want\.$/,
    );

    const usage = run(["restore"], target.url);
    expect(usage.code).toBe(1);
    expect(usage.output.trim()).toBe(
      "Usage: npm run db:backup [-- --out FILE]  or  npm run db:restore -- FILE [--force]",
    );
  });
});
