import { PDFParse } from "pdf-parse";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * Reading a generated PDF back as a person or a screen reader would: its text (pdf-parse, spaces
 * and line breaks folded to single spaces), and its tags (the structure tree) with the text each
 * tagged element holds, in reading order, page by page.
 */

export async function pdfText(data: Uint8Array | Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    const { text } = await parser.getText();
    return text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

/** The document information dictionary (Title, Author, …). */
export async function pdfInfo(data: Uint8Array | Buffer): Promise<Record<string, unknown>> {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    return ((await parser.getInfo()).info ?? {}) as Record<string, unknown>;
  } finally {
    await parser.destroy();
  }
}

export type Tagged = { role: string; text: string; children: Tagged[] };

type TreeNode = { role?: string; type?: string; id?: string; children?: TreeNode[] };

export async function pdfTags(data: Uint8Array | Buffer): Promise<Tagged[]> {
  const pdf = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  const tagged: Tagged[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const texts = new Map<string, string>();
    let current: string | null = null;
    for (const item of content.items) {
      if ("type" in item && item.type === "beginMarkedContentProps") current = item.id ?? null;
      else if ("type" in item && item.type === "endMarkedContent") current = null;
      else if ("str" in item && current)
        texts.set(current, `${texts.get(current) ?? ""}${item.str}${item.hasEOL ? " " : ""}`);
    }
    const walk = (node: TreeNode): Tagged => {
      const children = (node.children ?? []).filter((c) => c.type !== "content").map(walk);
      const own = (node.children ?? [])
        .filter((c) => c.type === "content" && c.id)
        .map((c) => texts.get(c.id!) ?? "");
      const text = [...own, ...children.map((c) => c.text)].join(" ");
      return { role: node.role ?? "", text: text.replace(/\s+/g, " ").trim(), children };
    };
    const tree = (await page.getStructTree()) as TreeNode | null;
    if (tree) tagged.push(walk(tree));
  }
  await pdf.destroy();
  return tagged;
}

/** Every tagged element with this role, in reading order. */
export function withRole(tree: Tagged[], role: string): Tagged[] {
  return tree.flatMap((node) => [
    ...(node.role === role ? [node] : []),
    ...withRole(node.children, role),
  ]);
}

/** A table's rows as the text of their cells. */
export function tableRows(tree: Tagged[]): string[][] {
  return withRole(tree, "TR").map((row) => row.children.map((cell) => cell.text));
}
