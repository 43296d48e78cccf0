/**
 * The backup file: gzip around a magic line and length-prefixed frames, so it streams both ways and a
 * cut or damaged file is recognised before anything is restored (see ADR 0012).
 *
 *   "six-steps backup\n"  H(header JSON)  { T(table name) D(COPY text)… E(table name) }…  Z()
 *
 * A frame is one type byte, a 4-byte big-endian length, then that many bytes.
 */
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { z } from "zod";
import { parseInput } from "../../lib/validation";

export const FORMAT_VERSION = 1;
const MAGIC = Buffer.from("six-steps backup\n");
/** COPY output is cut into frames of at most this size, so no row is ever held whole in memory. */
export const MAX_DATA_FRAME = 1 << 20;
const MAX_HEADER_FRAME = 64 << 20;

export type FrameType = "H" | "T" | "D" | "E" | "Z";
export type Frame = { type: FrameType; payload: Buffer };

const tableSchema = z.object({
  name: z.string().min(1),
  columns: z.array(z.string().min(1)).min(1),
  rows: z.number().int().nonnegative(),
  checksum: z.string().regex(/^[0-9a-f]{32}$/),
});
const headerSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  app: z.literal("six-steps"),
  createdAt: z.iso.datetime(),
  serverVersion: z.string(),
  migrations: z.array(z.string()),
  tables: z.array(tableSchema).min(1),
  sequences: z.array(
    z.object({
      table: z.string(),
      column: z.string(),
      value: z.string().regex(/^-?\d+$/),
      isCalled: z.boolean(),
    }),
  ),
});
export type BackupHeader = z.infer<typeof headerSchema>;
export type TableEntry = z.infer<typeof tableSchema>;

/** The file is not what it should be; `kind` picks the sentence the person reads. */
export class BackupFileError extends Error {
  constructor(
    readonly kind: "not-a-backup" | "damaged" | "unsupported",
    detail: string,
  ) {
    super(detail);
  }
}

/** Writes frames through gzip into `file`, honouring back-pressure; `close()` ends the file. */
export function backupWriter(file: string) {
  const gzip = createGzip({ level: 6 });
  const output = createWriteStream(file, { flags: "wx" });
  gzip.pipe(output);
  const failed = new Promise<never>((_, reject) => {
    gzip.once("error", reject);
    output.once("error", reject);
  });
  failed.catch(() => {});
  let bytesIn = 0;
  const write = async (chunk: Buffer) => {
    bytesIn += chunk.length;
    if (!gzip.write(chunk)) await Promise.race([once(gzip, "drain"), failed]);
  };
  const frame = async (type: FrameType, payload: Buffer) => {
    const head = Buffer.alloc(5);
    head.write(type, 0, "latin1");
    head.writeUInt32BE(payload.length, 1);
    await write(head);
    if (payload.length > 0) await write(payload);
  };
  return {
    start: () => write(MAGIC),
    frame,
    /** Frames COPY output, at most MAX_DATA_FRAME bytes each. */
    data: async (chunk: Buffer) => {
      for (let at = 0; at < chunk.length; at += MAX_DATA_FRAME) {
        await frame("D", chunk.subarray(at, at + MAX_DATA_FRAME));
      }
    },
    close: async () => {
      gzip.end();
      await Promise.race([finished(output), failed]);
      return { uncompressedBytes: bytesIn, bytes: output.bytesWritten };
    },
    abort: () => {
      gzip.destroy();
      output.destroy();
    },
  };
}

/** Reads the frames of a backup file in order; throws BackupFileError when it is not one. */
export async function* readFrames(file: string): AsyncGenerator<Frame> {
  const source = createReadStream(file).pipe(createGunzip());
  const reader = new ExactReader(source);
  try {
    const magic = await reader.read(MAGIC.length, "not-a-backup");
    if (!magic.equals(MAGIC)) throw new BackupFileError("not-a-backup", "no magic line");
    for (;;) {
      const head = await reader.read(5, "damaged");
      const type = head.toString("latin1", 0, 1);
      const length = head.readUInt32BE(1);
      if (!"HTDEZ".includes(type)) throw new BackupFileError("damaged", `frame type ${type}`);
      const limit = type === "H" ? MAX_HEADER_FRAME : MAX_DATA_FRAME;
      if (length > limit) throw new BackupFileError("damaged", `frame of ${length} bytes`);
      const payload = await reader.read(length, "damaged");
      // Read to the end before the last frame, so gzip checks the whole file's CRC.
      if (type === "Z") await reader.expectEnd();
      yield { type: type as FrameType, payload };
      if (type === "Z") break;
    }
  } finally {
    source.destroy();
  }
}

export function parseHeader(frame: Frame | undefined): BackupHeader {
  if (frame?.type !== "H") throw new BackupFileError("damaged", "no header");
  let json: unknown;
  try {
    json = JSON.parse(frame.payload.toString("utf8"));
  } catch {
    throw new BackupFileError("damaged", "unreadable header");
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === "number" && format > FORMAT_VERSION) {
    throw new BackupFileError("unsupported", `format ${format}`);
  }
  const parsed = parseInput(headerSchema, json);
  if (!parsed.success) throw new BackupFileError("damaged", "header does not describe a backup");
  return parsed.data;
}

/** Buffers a stream so that exactly `n` bytes can be taken at a time. */
class ExactReader {
  private chunks: Buffer[] = [];
  private available = 0;
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(stream: Readable) {
    this.iterator = stream[Symbol.asyncIterator]();
  }

  async read(n: number, whenShort: "not-a-backup" | "damaged"): Promise<Buffer> {
    while (this.available < n) {
      // zlib's "incorrect header check" on the very first bytes: it was never a gzip file.
      const chunk = await this.pull(this.available === 0 ? whenShort : "damaged");
      if (!chunk) throw new BackupFileError(whenShort, "the file ends early");
      this.chunks.push(chunk);
      this.available += chunk.length;
    }
    return this.take(n);
  }

  async expectEnd(): Promise<void> {
    for (let chunk = await this.pull("damaged"); chunk; chunk = await this.pull("damaged")) {
      this.available += chunk.length;
    }
    if (this.available > 0) throw new BackupFileError("damaged", "data after the end");
  }

  /** The next chunk, or null at the end of the file. */
  private async pull(onError: "not-a-backup" | "damaged"): Promise<Buffer | null> {
    try {
      const next = await this.iterator.next();
      return next.done ? null : next.value;
    } catch (error) {
      throw new BackupFileError(onError, String(error));
    }
  }

  private take(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const rest = all.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.available = rest.length;
    return all.subarray(0, n);
  }
}

/** Rows in COPY text output: one line each (a newline inside a value is written as \\n). */
export function countLines(chunk: Buffer): number {
  let lines = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  return lines;
}
