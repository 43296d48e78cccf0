import { questionCode } from "@/lib/domain/framework-versions";

type PreviewStep = { id: string; title: string; questions: Array<{ id: string; text: string }> };

/**
 * A framework as it will read once published: steps numbered, questions coded ("3.2") from their
 * positions, and the attribution underneath. Used live beside the draft editor.
 */
export function FrameworkPreview({
  title,
  label,
  attribution,
  steps,
}: {
  title: string;
  label: string;
  attribution: string;
  steps: PreviewStep[];
}) {
  const questions = steps.reduce((sum, step) => sum + step.questions.length, 0);
  return (
    <div className="space-y-4">
      <div>
        <p className="text-muted">{label.trim() || "(no version label yet)"}</p>
        <p className="text-xl font-bold">{title}</p>
        <p>
          {steps.length} {steps.length === 1 ? "step" : "steps"} and {questions}{" "}
          {questions === 1 ? "question" : "questions"}
        </p>
      </div>
      <ol className="space-y-6">
        {steps.map((step, s) => (
          <li key={step.id}>
            <h3 className="text-lg font-bold">
              <span className="block font-normal text-muted">Step {s + 1}</span>
              {step.title.trim() || <span className="italic text-muted">(no title yet)</span>}
            </h3>
            {step.questions.length === 0 ? (
              <p className="italic text-muted">No questions yet: a step needs at least one.</p>
            ) : (
              <ol className="mt-2 space-y-2">
                {step.questions.map((question, q) => (
                  <li key={question.id} className="flex gap-3 border-l-4 border-brand bg-white p-3">
                    <span className="font-bold tabular-nums">{questionCode(s, q)}</span>
                    <span>
                      {question.text.trim() || (
                        <span className="italic text-muted">(no text yet)</span>
                      )}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      <p className="border-l-4 border-[#b1b4b6] pl-4 text-muted">{attribution}</p>
    </div>
  );
}
