import Link from "next/link";
import { cell } from "@/components/ui/data-table";
import { RagTag } from "@/components/ui/rag-tag";
import type { ReportStep } from "@/lib/data/report";

/**
 * The RAG matrix: a row per step, a column per question, each cell the agreed rating in letter
 * and word, linking to the scrutineers' responses to that question.
 */
export function RagMatrix({ steps }: { steps: ReportStep[] }) {
  const columns = Math.max(0, ...steps.map((step) => step.questions.length));
  return (
    <div
      role="region"
      aria-label="Agreed ratings by step and question"
      tabIndex={0}
      className="overflow-x-auto print:overflow-visible"
    >
      <table className="w-full border-collapse bg-white">
        <caption className="mb-2 text-left text-2xl font-bold">
          Agreed ratings by step and question
        </caption>
        <thead>
          <tr>
            <th scope="col" className={`${cell} font-bold`}>
              Step
            </th>
            {Array.from({ length: columns }, (_, index) => (
              <th key={index} scope="col" className={`${cell} font-bold`}>
                Question {index + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.id} className="print:break-inside-avoid">
              <th scope="row" className={`${cell} min-w-56`}>
                <span className="block font-bold">Step {step.number}</span>
                <span className="block text-sm font-normal">{step.title}</span>
              </th>
              {Array.from({ length: columns }, (_, index) => {
                const question = step.questions[index];
                if (!question)
                  return (
                    <td key={index} className={cell}>
                      <span className="sr-only">No question</span>
                    </td>
                  );
                return (
                  <td key={question.id} className={`${cell} whitespace-nowrap`}>
                    <Link href={question.href} className="group block text-brand underline">
                      <span className="block tabular-nums">
                        <span className="sr-only">Question </span>
                        {question.code}
                      </span>
                      {question.rating ? (
                        <RagTag rating={question.rating} />
                      ) : (
                        <span className="text-ink">Not yet agreed</span>
                      )}
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
