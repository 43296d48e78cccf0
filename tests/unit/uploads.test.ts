import { describe, expect, it } from "vitest";
import {
  MAX_UPLOAD_BYTES,
  asciiFileName,
  checkUpload,
  contentDisposition,
  detectUploadKind,
  sanitiseFileName,
  uploadSizeProblem,
  zipEntryNames,
} from "../../lib/domain/uploads";

const bytes = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** A real (stored, uncompressed) zip: local headers, central directory and end record. */
function zip(entries: Record<string, string>, { centralDirectory = true } = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = bytes(name);
    const data = bytes(content);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, nameBytes.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, data.length, true);
    central.setUint16(28, nameBytes.length, true);
    central.setUint32(42, offset, true);
    const localBytes = concat(new Uint8Array(local.buffer), nameBytes, data);
    locals.push(localBytes);
    centrals.push(concat(new Uint8Array(central.buffer), nameBytes));
    offset += localBytes.length;
  }
  const directory = concat(...centrals);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, centrals.length, true);
  end.setUint16(10, centrals.length, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return centralDirectory
    ? concat(...locals, directory, new Uint8Array(end.buffer))
    : concat(...locals);
}

const PDF = bytes("%PDF-1.7\n%\xE2\xE3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const EXE = concat(bytes("MZ"), new Uint8Array([0x90, 0, 3, 0, 0, 0, 4, 0]), bytes("PE\0\0"));
const DOCX = zip({
  "[Content_Types].xml": "<Types/>",
  "_rels/.rels": "<Relationships/>",
  "word/document.xml": "<w:document/>",
});

describe("detectUploadKind", () => {
  it("knows each accepted type by its first bytes", () => {
    expect(detectUploadKind(PDF)).toBe("pdf");
    expect(detectUploadKind(PNG)).toBe("png");
    expect(detectUploadKind(JPEG)).toBe("jpeg");
    expect(detectUploadKind(bytes("area,score\nNorth,3\n"))).toBe("text");
  });

  it("tells Word, Excel and PowerPoint apart by the folders inside the zip", () => {
    expect(detectUploadKind(DOCX)).toBe("docx");
    expect(detectUploadKind(zip({ "[Content_Types].xml": "", "xl/workbook.xml": "" }))).toBe(
      "xlsx",
    );
    expect(detectUploadKind(zip({ "[Content_Types].xml": "", "ppt/presentation.xml": "" }))).toBe(
      "pptx",
    );
  });

  it("reads the local headers when a zip has no central directory", () => {
    const noDirectory = zip(
      { "[Content_Types].xml": "<Types/>", "word/document.xml": "" },
      { centralDirectory: false },
    );
    expect(zipEntryNames(noDirectory)).toEqual(["[Content_Types].xml", "word/document.xml"]);
    expect(detectUploadKind(noDirectory)).toBe("docx");
  });

  it("refuses a zip that is not an Office document, and Office files without their parts", () => {
    expect(detectUploadKind(zip({ "payload.exe": "MZ" }))).toBeNull();
    expect(detectUploadKind(zip({ "word/document.xml": "" }))).toBeNull();
    expect(detectUploadKind(zip({ "[Content_Types].xml": "", "other/x.xml": "" }))).toBeNull();
  });

  it("refuses executables, binary data, NUL bytes and invalid UTF-8", () => {
    expect(detectUploadKind(EXE)).toBeNull();
    expect(detectUploadKind(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))).toBeNull();
    expect(detectUploadKind(bytes("looks like text\0but is not"))).toBeNull();
    expect(detectUploadKind(new Uint8Array([0x68, 0x69, 0xc3, 0x28]))).toBeNull();
    expect(detectUploadKind(new Uint8Array([]))).toBeNull();
  });

  it("accepts UTF-8 text with accents and a byte order mark", () => {
    expect(detectUploadKind(bytes("\uFEFFRéunion, Zoë, café\n"))).toBe("text");
  });
});

describe("checkUpload", () => {
  it("accepts a PDF and gives its canonical MIME type, whatever the browser said", () => {
    expect(checkUpload("Annual report.pdf", PDF)).toEqual({
      ok: true,
      kind: "pdf",
      fileName: "Annual report.pdf",
      mimeType: "application/pdf",
      sizeBytes: PDF.length,
    });
    expect(checkUpload("minutes.docx", DOCX)).toMatchObject({
      ok: true,
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    expect(checkUpload("photo.JPEG", JPEG)).toMatchObject({ ok: true, mimeType: "image/jpeg" });
  });

  it("calls text with a .csv name CSV and with a .txt name plain text", () => {
    const text = bytes("a,b\n1,2\n");
    expect(checkUpload("figures.csv", text)).toMatchObject({ ok: true, mimeType: "text/csv" });
    expect(checkUpload("notes.txt", text)).toMatchObject({ ok: true, mimeType: "text/plain" });
  });

  it("refuses text files with other names, which browsers would open as pages or scripts", () => {
    const text = bytes("<script>alert(1)</script>");
    expect(checkUpload("page.html", text)).toEqual({
      ok: false,
      message:
        "The selected file must be a PDF, Word, Excel, PowerPoint, PNG, JPEG, CSV or text file",
    });
    expect(checkUpload("image.svg", text).ok).toBe(false);
  });

  it("refuses an executable renamed .pdf because its content is not a PDF", () => {
    expect(checkUpload("report.pdf", EXE)).toEqual({
      ok: false,
      message:
        "The selected file must be a PDF, Word, Excel, PowerPoint, PNG, JPEG, CSV or text file",
    });
  });

  it("refuses a real PDF named .docx and says what it is", () => {
    expect(checkUpload("report.docx", PDF)).toEqual({
      ok: false,
      message:
        "The selected file is a PDF but its name ends in .docx. Choose the right file, or rename it to end in .pdf",
    });
    expect(checkUpload("setup.pdf.exe", PDF).ok).toBe(false);
  });

  it("gives a name without an extension the right one", () => {
    expect(checkUpload("scan", PNG)).toMatchObject({ ok: true, fileName: "scan.png" });
    expect(checkUpload("", PDF)).toMatchObject({ ok: true, fileName: "evidence.pdf" });
    expect(checkUpload("../../etc/passwd", PDF)).toMatchObject({
      ok: true,
      fileName: "passwd.pdf",
    });
  });

  it("refuses an empty file", () => {
    expect(checkUpload("empty.pdf", new Uint8Array())).toEqual({
      ok: false,
      message: "The selected file is empty",
    });
  });

  it("refuses a file over 10 MB, and takes exactly 10 MB", () => {
    const limit = new Uint8Array(MAX_UPLOAD_BYTES);
    limit.set(PDF);
    expect(checkUpload("big.pdf", limit)).toMatchObject({ ok: true });
    const over = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    over.set(PDF);
    expect(checkUpload("big.pdf", over)).toEqual({
      ok: false,
      message: "The selected file must be smaller than 10 MB",
    });
  });
});

describe("uploadSizeProblem", () => {
  it("checks the size before anything is read", () => {
    expect(MAX_UPLOAD_BYTES).toBe(10_485_760);
    expect(uploadSizeProblem(0)).toBe("The selected file is empty");
    expect(uploadSizeProblem(1)).toBeNull();
    expect(uploadSizeProblem(MAX_UPLOAD_BYTES)).toBeNull();
    expect(uploadSizeProblem(MAX_UPLOAD_BYTES + 1)).toBe(
      "The selected file must be smaller than 10 MB",
    );
  });
});

describe("sanitiseFileName", () => {
  it.each([
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\me\\Desktop\\audit.pdf", "audit.pdf"],
    ["<script>.pdf", "script.pdf"],
    ["a\"b'c;d&e|f.pdf", "abcdef.pdf"],
    ["  lots   of\tspace .pdf", "lots of space.pdf"],
    [".htaccess", "evidence.htaccess"],
    ["...", "evidence"],
    ["", "evidence"],
    ["<>?*.pdf", "evidence.pdf"],
    ["..hidden.report.docx", "hidden.report.docx"],
    ["Évaluation café (v2)_final-1.PDF", "Évaluation café (v2)_final-1.pdf"],
    ["Zoë\u202Efdp.exe", "Zoëfdp.exe"],
    ["line\r\nbreak\u0000.txt", "line break.txt"],
    ["报告.pdf", "报告.pdf"],
    ["emoji 📄 file.pdf", "emoji file.pdf"],
  ])("%j becomes %j", (name, expected) => {
    expect(sanitiseFileName(name)).toBe(expected);
  });

  it("keeps the extension when it cuts a long name to 120 characters", () => {
    const result = sanitiseFileName(`${"a".repeat(300)}.pdf`);
    expect(result).toHaveLength(120);
    expect(result.endsWith("aaa.pdf")).toBe(true);
  });

  it("counts characters, not UTF-16 units, and never splits one", () => {
    const result = sanitiseFileName(`${"é".repeat(200)}.docx`);
    expect(Array.from(result)).toHaveLength(120);
    expect(result.normalize("NFC")).toBe(result);
  });
});

describe("downloads", () => {
  it("gives an ASCII fallback name and the exact name encoded", () => {
    expect(asciiFileName("Évaluation café.pdf")).toBe("Evaluation cafe.pdf");
    expect(asciiFileName("报告.pdf")).toBe("evidence.pdf");
    expect(asciiFileName("Zoë 报告.pdf")).toBe("Zoe __.pdf");
    expect(contentDisposition("Réunion (2026).pdf")).toBe(
      "attachment; filename=\"Reunion (2026).pdf\"; filename*=UTF-8''R%C3%A9union%20%282026%29.pdf",
    );
  });
});
