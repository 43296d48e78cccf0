import type { LinkGroup } from "@/lib/data/actions";
import { linkValue } from "@/lib/domain/action-input";

/**
 * Checkboxes for linking an action to questions: one fieldset per step of each assessment (legend
 * "Step n: title", naming the assessment to screen readers when there are several), so no fieldset
 * sits inside another and nothing is announced twice. Each value is "<assessmentId>:<questionId>";
 * the first checkbox's id is "links", where the error summary points.
 *
 * The group's title is a heading only when the page's heading order allows: `headingLevel` 2 gives
 * an h2 (and an h3 per assessment when there are several); without it, plain bold text.
 */
export function QuestionLinks({
  groups,
  selected,
  legend,
  hint,
  errors,
  headingLevel,
}: {
  groups: LinkGroup[];
  selected: readonly string[];
  legend: string;
  hint?: string;
  errors?: string[];
  headingLevel?: 2 | 3;
}) {
  const invalid = Boolean(errors?.length);
  const chosen = new Set(selected);
  const several = groups.length > 1;
  const firstQuestion = groups[0]?.steps[0]?.questions[0];
  const firstValue = firstQuestion
    ? linkValue({ assessmentId: groups[0]!.assessmentId, questionId: firstQuestion.id })
    : null;
  // The first checkbox carries the field's id, where the error summary points.
  const idOf = (value: string) =>
    value === firstValue ? "links" : `links-${value.replace(":", "-")}`;
  const describedBy =
    [hint ? "links-hint" : null, invalid ? "links-error" : null].filter(Boolean).join(" ") ||
    undefined;
  const Title = headingLevel === 2 ? "h2" : headingLevel === 3 ? "h3" : "p";
  const GroupTitle = headingLevel === 2 ? "h3" : headingLevel === 3 ? "h4" : "p";
  return (
    <div className={`space-y-4 ${invalid ? "border-l-4 border-[#d4351c] pl-4" : ""}`}>
      <Title className="mb-1 text-lg font-bold">{legend}</Title>
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
          {several ? (
            <GroupTitle className="text-lg font-bold">
              {group.assessmentTitle} ({group.cycleName})
            </GroupTitle>
          ) : null}
          {group.steps.map((step) => (
            <fieldset key={step.number} className="space-y-3" aria-describedby={describedBy}>
              <legend className="mb-1 font-bold">
                Step {step.number}: {step.title}
                {several ? (
                  <span className="sr-only">
                    , {group.assessmentTitle} ({group.cycleName})
                  </span>
                ) : null}
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
    </div>
  );
}
