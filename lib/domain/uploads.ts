/**
 * Evidence uploads, checked on what the file *is*, not on what its name or the browser says it is:
 * the type comes from the first bytes (and, for Office files, the names inside the zip), the name
 * must agree with it, and the name is cleaned before it is stored or sent back in a download.
 */

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 120;

export const UPLOAD_MESSAGES = {
  empty: "The selected file is empty",
  tooLarge: "The selected file must be smaller than 10 MB",
  type: "The selected file must be a PDF, Word, Excel, PowerPoint, PNG, JPEG, CSV or text file",
} as const;

export type UploadKind = "pdf" | "docx" | "xlsx" | "pptx" | "png" | "jpeg" | "text";

type TypeInfo = {
  /** "a PDF": for messages. */
  described: string;
  mimeType: string;
  /** Allowed extensions, the first being the one added to a name without one. */
  extensions: readonly string[];
};

const TYPES: Record<UploadKind, TypeInfo> = {
  pdf: { described: "a PDF", mimeType: "application/pdf", extensions: ["pdf"] },
  docx: {
    described: "a Word document",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
  },
  xlsx: {
    described: "an Excel spreadsheet",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
  },
  pptx: {
    described: "a PowerPoint presentation",
    mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    extensions: ["pptx"],
  },
  png: { described: "a PNG image", mimeType: "image/png", extensions: ["png"] },
  jpeg: { described: "a JPEG image", mimeType: "image/jpeg", extensions: ["jpg", "jpeg"] },
  text: { described: "a text file", mimeType: "text/plain", extensions: ["txt", "csv"] },
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;

const latin = new TextDecoder("latin1");
const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * The names of the entries of a zip file: from its central directory when there is one, otherwise
 * by walking the local file headers. Only the names are read; nothing is decompressed.
 */
export function zipEntryNames(bytes: Uint8Array, limit = 5_000): string[] {
  const names: string[] = [];
  // The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes.
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 65_535); end--) {
    if (u32(bytes, end) !== ZIP_END) continue;
    const count = u16(bytes, end + 10);
    let at = u32(bytes, end + 16);
    for (let i = 0; i < count && i < limit && at + 46 <= bytes.length; i++) {
      if (u32(bytes, at) !== ZIP_CENTRAL) break;
      const nameLength = u16(bytes, at + 28);
      const skip = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
      names.push(latin.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
      at += 46 + skip;
    }
    if (names.length > 0) return names;
    break;
  }
  let at = 0;
  while (names.length < limit && startsWith(bytes, ZIP_LOCAL, at) && at + 30 <= bytes.length) {
    const compressed = u32(bytes, at + 18);
    const nameLength = u16(bytes, at + 26);
    const extraLength = u16(bytes, at + 28);
    names.push(latin.decode(bytes.subarray(at + 30, at + 30 + nameLength)));
    // With a trailing data descriptor the size is not in the header: stop walking.
    if (u16(bytes, at + 6) & 0x08) break;
    at += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

function officeKind(bytes: Uint8Array): UploadKind | null {
  const names = zipEntryNames(bytes);
  if (!names.includes("[Content_Types].xml")) return null;
  if (names.some((name) => name.startsWith("word/"))) return "docx";
  if (names.some((name) => name.startsWith("xl/"))) return "xlsx";
  if (names.some((name) => name.startsWith("ppt/"))) return "pptx";
  return null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What the bytes are, or null when they are not one of the accepted types. */
export function detectUploadKind(bytes: Uint8Array): UploadKind | null {
  if (startsWith(bytes, PDF)) return "pdf";
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (startsWith(bytes, ZIP_LOCAL)) return officeKind(bytes);
  if (bytes.length > 0 && isText(bytes)) return "text";
  return null;
}

// Letters (accented too) and their marks, digits, space and - _ . ( )
const UNSAFE = /[^\p{L}\p{M}\p{N} _.()-]/gu;
const EXTENSION = /\.([\p{L}\p{N}]{1,10})$/u;

function truncate(text: string, length: number): string {
  const characters = Array.from(text);
  return characters.length <= length ? text : characters.slice(0, length).join("");
}

/** The name's extension in lower case, without the dot ("" when it has none). */
export function fileExtension(name: string): string {
  return EXTENSION.exec(name)?.[1]?.toLowerCase() ?? "";
}

/**
 * A name safe to store and to send back: no path, no control or invisible characters, only
 * letters, digits, spaces and - _ . ( ), no leading dots, at most 120 characters with the extension
 * kept, and never empty ("evidence" and the extension).
 */
export function sanitiseFileName(name: string): string {
  const base = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .replace(/\s+/g, " ")
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, "")
    .replace(UNSAFE, "")
    .replace(/ +/g, " ")
    .trim();
  const extension = fileExtension(cleaned);
  const suffix = extension ? `.${extension}` : "";
  const stem = (extension ? cleaned.slice(0, -suffix.length) : cleaned)
    .replace(/^[\s.]+/, "")
    .replace(/[\s.]+$/, "");
  const kept = truncate(stem, MAX_FILE_NAME_LENGTH - Array.from(suffix).length).trimEnd();
  return `${kept.replace(/[\s.]+$/, "") || "evidence"}${suffix}`;
}

/** A plain ASCII version of a (sanitised) name, for the `filename=` of a download. */
export function asciiFileName(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  const extension = fileExtension(ascii);
  const stem = extension ? ascii.slice(0, -extension.length - 1) : ascii;
  const readable = /[A-Za-z0-9]/.test(stem) ? stem.replace(/^[\s.]+/, "") : "evidence";
  return extension ? `${readable}.${extension}` : readable;
}

/** `attachment` with an ASCII fallback name and the exact name in UTF-8 (RFC 6266 / 5987). */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encoded}`;
}

/** Refuses an empty or too large file from its size alone, before anything is read. */
export function uploadSizeProblem(sizeBytes: number): string | null {
  if (sizeBytes <= 0) return UPLOAD_MESSAGES.empty;
  if (sizeBytes > MAX_UPLOAD_BYTES) return UPLOAD_MESSAGES.tooLarge;
  return null;
}

export type CheckedUpload =
  | { ok: true; kind: UploadKind; fileName: string; mimeType: string; sizeBytes: number }
  | { ok: false; message: string };

/**
 * Everything checked about an upload: size, type from the content, name agreeing with the type.
 * Returns the name to store (sanitised, given the right extension when it had none) and the
 * canonical MIME type (text/csv for a .csv text file).
 */
export function checkUpload(name: string, bytes: Uint8Array): CheckedUpload {
  const sizeProblem = uploadSizeProblem(bytes.length);
  if (sizeProblem) return { ok: false, message: sizeProblem };
  const kind = detectUploadKind(bytes);
  if (!kind) return { ok: false, message: UPLOAD_MESSAGES.type };
  const type = TYPES[kind];
  const cleaned = sanitiseFileName(name);
  const extension = fileExtension(cleaned);
  if (extension && !type.extensions.includes(extension)) {
    // A text file's extension decides how it is opened (.html, .svg, .js): only .txt and .csv.
    if (kind === "text") return { ok: false, message: UPLOAD_MESSAGES.type };
    return {
      ok: false,
      message: `The selected file is ${type.described} but its name ends in .${extension}. Choose the right file, or rename it to end in .${type.extensions[0]}`,
    };
  }
  const fileName = extension ? cleaned : sanitiseFileName(`${cleaned}.${type.extensions[0]}`);
  const mimeType =
    kind === "text" && fileExtension(fileName) === "csv" ? "text/csv" : type.mimeType;
  return { ok: true, kind, fileName, mimeType, sizeBytes: bytes.length };
}

/** "2.4 MB", "512 KB", "120 bytes": for lists of files. */
export function formatFileSize(sizeBytes: number): string {
  if (sizeBytes < 1024) return `${sizeBytes} bytes`;
  if (sizeBytes < 1024 * 1024) return `${Math.round(sizeBytes / 1024)} KB`;
  return `${(sizeBytes / (1024 * 1024)).toFixed(1)} MB`;
}

const LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  [TYPES.docx.mimeType]: "Word",
  [TYPES.xlsx.mimeType]: "Excel",
  [TYPES.pptx.mimeType]: "PowerPoint",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "text/csv": "CSV",
  "text/plain": "Text",
};

/** "PDF", "Word", "CSV"…: the type of a stored file in words. */
export function fileTypeLabel(mimeType: string): string {
  return LABELS[mimeType] ?? "File";
}
