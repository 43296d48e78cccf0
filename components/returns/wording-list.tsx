import type { WordingPage } from "@/lib/data/question-wording";
import { WordingForm } from "./wording-form";
import { WordingRemoveForm } from "./wording-remove-form";

/**
 * Every question by step: the original wording, the wording for relevant agencies (or that they
 * read the original), and a disclosure to give or change it, with Remove when there is one.
 */
export function WordingList({
  partnershipId,
  steps,
}: {
  partnershipId: string;
  steps: WordingPage["steps"];
}) {
  return (
    <div className="space-y-10">
      {steps.map((step) => (
        <section key={step.number} aria-labelledby={`step-${step.number}`} className="space-y-6">
          <h2 id={`step-${step.number}`} className="text-2xl font-bold">
            Step {step.number}: {step.title}
          </h2>
          {step.questions.map((q) => (
            <article
              key={q.lineageKey}
              aria-labelledby={`question-${q.lineageKey}`}
              className="space-y-3 border-t-2 border-[#b1b4b6] pt-4"
            >
              <h3 id={`question-${q.lineageKey}`} className="text-xl font-bold">
                Question {q.code}
              </h3>
              <dl className="divide-y divide-[#b1b4b6] border-y border-[#b1b4b6]">
                <div className="grid gap-1 py-3 sm:grid-cols-[14rem_1fr] sm:gap-4">
                  <dt className="font-bold">
                    Original wording
                    {q.fromAdaptation ? ` (${q.fromAdaptation})` : " (Pearce 2019)"}
                  </dt>
                  <dd className="whitespace-pre-line">{q.text}</dd>
                </div>
                <div className="grid gap-1 py-3 sm:grid-cols-[14rem_1fr] sm:gap-4">
                  <dt className="font-bold">For relevant agencies</dt>
                  <dd className="whitespace-pre-line">
                    {q.wording ? q.wording.text : "Not given: they read the original wording"}
                  </dd>
                </div>
              </dl>
              <details className="space-y-4">
                <summary className="cursor-pointer text-lg text-brand underline">
                  {q.wording ? "Change" : "Give"} the wording for relevant agencies
                  <span className="sr-only"> of question {q.code}</span>
                </summary>
                <div className="mt-4 space-y-4 border-l-4 border-[#b1b4b6] pl-4">
                  <WordingForm
                    partnershipId={partnershipId}
                    code={q.code}
                    lineageKey={q.lineageKey}
                    wording={q.wording}
                  />
                  {q.wording ? (
                    <WordingRemoveForm
                      partnershipId={partnershipId}
                      code={q.code}
                      lineageKey={q.lineageKey}
                      version={q.wording.version}
                    />
                  ) : null}
                </div>
              </details>
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}
