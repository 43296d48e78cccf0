import type { SectionBlock, SectionPart } from "@/lib/export/yearly-report-blocks";
import { ExportTable } from "./export-table";

/**
 * The scrutiny section for reading and printing: each part an h2 with the partners' text and its
 * tables, from the same blocks as the PDF (lib/export/yearly-report-blocks.ts), so the print page,
 * the PDF and the Word document say the same thing in the same order.
 */

/** Typed text as paragraphs: a blank line starts a new paragraph, a line break stays one. */
function Paragraphs({ text, empty }: { text: string | null | undefined; empty: string }) {
  const blocks = (text ?? "")
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  if (blocks.length === 0) return <p className="text-muted italic">{empty}</p>;
  return blocks.map((block, index) => (
    <p key={index} className="whitespace-pre-line">
      {block}
    </p>
  ));
}

function Block({ block, caption }: { block: SectionBlock; caption: string }) {
  switch (block.kind) {
    case "heading":
      return block.level === 3 ? (
        <h3 className="pt-2 text-xl font-bold break-after-avoid">{block.text}</h3>
      ) : (
        <h2 className="text-2xl font-bold break-after-avoid">{block.text}</h2>
      );
    case "text":
      return <Paragraphs text={block.text} empty={block.empty} />;
    case "paragraph":
      return <p>{block.text}</p>;
    case "table":
      return <ExportTable headers={block.headers} rows={block.rows} caption={caption} />;
  }
}

/** Each block's table caption: the nearest heading above it. */
function captions(part: SectionPart): string[] {
  return part.blocks.map((_, at) => {
    const above = part.blocks.slice(0, at).findLast((block) => block.kind === "heading");
    return above?.kind === "heading" ? above.text : part.heading;
  });
}

export function ExportSection({ parts }: { parts: ReadonlyArray<SectionPart> }) {
  return (
    <div className="space-y-10 print:space-y-6">
      {parts.map((part, index) => {
        const id = `part-${index + 1}`;
        const named = captions(part);
        return (
          <section key={id} aria-labelledby={id} className="max-w-4xl space-y-4">
            <h2 id={id} className="text-2xl font-bold break-after-avoid">
              {part.heading}
            </h2>
            {part.blocks.map((block, at) => (
              <Block key={at} block={block} caption={named[at]!} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
