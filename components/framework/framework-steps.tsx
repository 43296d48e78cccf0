import type { FrameworkVersionDto } from "@/lib/data/framework";

export function FrameworkSteps({ steps }: { steps: FrameworkVersionDto["steps"] }) {
  return (
    <ol className="space-y-8">
      {steps.map((step) => (
        <li key={step.id}>
          <section aria-labelledby={`step-${step.number}`} className="space-y-4">
            <h2 id={`step-${step.number}`} className="text-2xl font-bold">
              <span className="block text-lg font-normal text-muted">Step {step.number}</span>
              {step.title}
            </h2>
            <ol className="space-y-3">
              {step.questions.map((question) => (
                <li key={question.id} className="flex gap-4 border-l-4 border-brand bg-white p-4">
                  <span className="font-bold tabular-nums">{question.code}</span>
                  <span>{question.text}</span>
                </li>
              ))}
            </ol>
          </section>
        </li>
      ))}
    </ol>
  );
}
