import { RagTag } from "@/components/ui/rag-tag";
import type { FrameworkVersionDto } from "@/lib/data/framework";

export function RagDefinitionList({ rag }: { rag: FrameworkVersionDto["rag"] }) {
  const rows = [
    { rating: "GREEN", text: rag.green },
    { rating: "AMBER", text: rag.amber },
    { rating: "RED", text: rag.red },
  ] as const;
  return (
    <dl className="divide-y divide-[#b1b4b6] border-y border-[#b1b4b6] bg-white">
      {rows.map((row) => (
        <div key={row.rating} className="grid gap-2 p-4 sm:grid-cols-[10rem_1fr]">
          <dt>
            <RagTag rating={row.rating} />
          </dt>
          <dd>{row.text}</dd>
        </div>
      ))}
    </dl>
  );
}
