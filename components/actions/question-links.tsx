import type { LinkGroup } from "@/lib/data/actions";
import { linkValue } from "@/lib/domain/action-input";

/**
 * Checkboxes for linking an action to questions, one group per step of each assessment. Each
 * value is "<assessmentId>:<questionId>"; the first checkbox's id is "links", where the error
 * summary points.
 */
export function QuestionLinks({
  groups,
  selected,
  legend,
  hint,
  errors,
}: {
  groups: LinkGroup[];
  selected: readonly string[];
  legend: string;
  hint?: string;
  errors?: string[];
}) {
  const invalid = Boolean(errors?.length);
  const chosen = new Set(selected);
  const firstQuestion = groups[0]?.steps[0]?.questions[0];
  const firstValue = firstQuestion
    ? linkValue({ assessmentId: groups[0]!.assessmentId, questionId: firstQuestion.id })
    : null;
  // The first checkbox carries the field's id, where the error summary points.
  const idOf = (value: string) =>
    value === firstValue ? "links" : `links-${value.replace(":", "-")}`;
  return (
    <div className={invalid ? "border-l-4 border-[#d4351c] pl-4" : undefined}>
      <fieldset
        className="space-y-4"
        aria-describedby={
          [hint ? "links-hint" : null, invalid ? "links-error" : null].filter(Boolean).join(" ") ||
          undefined
        }
      >
        <legend className="mb-1 text-lg font-bold">{legend}</legend>
        {hint ? (
          <div id="links-hint" className="text-muted">
            {hint}
          </div>
        ) : null}
        {invalid ? (
          <p id="links-error" className="font-bold text-rag-red">
            <span className="sr-only">Error: </span>
            {errors?.join(". ")}
          </p>
        ) : null}
        {groups.map((group) => (
          <div key={group.assessmentId} className="space-y-4">
            {groups.length > 1 ? (
              <h3 className="text-lg font-bold">
                {group.assessmentTitle} ({group.cycleName})
              </h3>
            ) : null}
            {group.steps.map((step) => (
              <fieldset key={step.number} className="space-y-3">
                <legend className="mb-1 font-bold">
                  <span className="sr-only">
                    {group.assessmentTitle} ({group.cycleName}),{" "}
                  </span>
                  Step {step.number}: {step.title}
                </legend>
                {step.questions.map((question) => {
                  const value = linkValue({
                    assessmentId: group.assessmentId,
                    questionId: question.id,
                  });
                  const id = idOf(value);
                  return (
                    <div key={question.id} className="flex items-start gap-3">
                      <input
                        id={id}
                        type="checkbox"
                        name="links"
                        value={value}
                        defaultChecked={chosen.has(value)}
                        className="mt-0.5 h-7 w-7 shrink-0 accent-ink"
                      />
                      <label htmlFor={id}>
                        <span className="mr-2 font-bold tabular-nums">{question.code}</span>
                        {question.text}
                      </label>
                    </div>
                  );
                })}
              </fieldset>
            ))}
          </div>
        ))}
      </fieldset>
    </div>
  );
}
