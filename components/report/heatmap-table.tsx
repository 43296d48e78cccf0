import Link from "next/link";
import { cell } from "@/components/ui/data-table";
import { RagTag } from "@/components/ui/rag-tag";
import type { Heatmap, HeatmapCell } from "@/lib/data/report-heatmap";

function Cell({ value, href, label }: { value: HeatmapCell; href: string; label: string }) {
  if (value.state === "NOT_ASKED") return <span className="text-muted">Not asked</span>;
  return (
    <Link href={href} className="text-brand underline">
      {value.state === "RATED" ? <RagTag rating={value.rating} /> : <span>Not answered</span>}
      <span className="sr-only">: {label}</span>
    </Link>
  );
}

/**
 * The organisation × question heatmap of a self-assessment: a row per question (grouped by step),
 * a column per organisation; each cell the rating in letter and word, opening onto the answers.
 */
export function HeatmapTable({ heatmap }: { heatmap: Heatmap }) {
  const { organisations } = heatmap;
  const caption = "Each organisation's rating of each question";
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="overflow-x-auto print:overflow-visible"
    >
      <table className="w-full border-collapse bg-white">
        <caption className="mb-2 text-left text-2xl font-bold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${cell} font-bold`}>
              Question
            </th>
            {organisations.map((o) => (
              <th key={o.id} scope="col" className={`${cell} font-bold`}>
                {o.name}
                {o.isStatutoryPartner ? (
                  <span className="block font-normal text-muted">Statutory partner</span>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        {heatmap.steps.map((step) => (
          <tbody key={step.number}>
            <tr>
              <th
                scope="rowgroup"
                colSpan={organisations.length + 1}
                className={`${cell} bg-[#f3f2f1] font-bold`}
              >
                Step {step.number}: {step.title}
              </th>
            </tr>
            {step.questions.map((question) => (
              <tr key={question.id} className="print:break-inside-avoid">
                <th scope="row" className={`${cell} min-w-64 max-w-md font-normal`}>
                  <span className="block font-bold tabular-nums">
                    <span className="sr-only">Question </span>
                    {question.code}
                  </span>
                  <span className="block text-sm">{question.text}</span>
                </th>
                {question.cells.map((value, index) => (
                  <td key={value.organisationId} className={`${cell} whitespace-nowrap`}>
                    <Cell
                      value={value}
                      href={question.href}
                      label={`${organisations[index]!.name}'s answer to question ${question.code}`}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
