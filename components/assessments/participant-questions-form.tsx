"use client";

import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { setParticipantQuestions } from "@/lib/actions/assessments/set-participant-questions";
import type { ParticipantQuestions } from "@/lib/data/participant-questions";

const FIELD = "questionIds";

/**
 * The questions one organisation answers: a checkbox per question, grouped by step in fieldsets.
 * Questions that already hold an answer say so; taking one away is refused by the action.
 */
export function ParticipantQuestionsForm({
  partnershipId,
  data,
}: {
  partnershipId: string;
  data: ParticipantQuestions;
}) {
  const form = useFormAction(setParticipantQuestions);
  // After a failure, show what was ticked; otherwise what is saved (the page re-renders after a save).
  const ticked = new Set(
    form.failure
      ? (form.values(FIELD) ?? [])
      : data.steps.flatMap((step) => step.questions.filter((q) => q.assigned).map((q) => q.id)),
  );
  const organisation = data.organisation.name;
  const errors = form.failure?.fieldErrors?.[FIELD];
  const firstId = data.steps.flatMap((step) => step.questions)[0]?.id;
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-3xl space-y-8">
      {form.success ? (
        <Notice title="Questions saved" tone="success">
          <p>
            {form.success.data.added === 0 && form.success.data.removed === 0
              ? `Nothing changed: ${organisation} answers the same questions as before.`
              : `${organisation} now answers the questions ticked below (${form.success.data.added} added, ${form.success.data.removed} removed).`}
          </p>
        </Notice>
      ) : null}
      <ErrorSummary
        message={form.failure?.message}
        fieldErrors={form.failure?.fieldErrors}
        labels={{ [FIELD]: "Questions" }}
      />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={data.assessment.id} />
      <input type="hidden" name="participantId" value={data.organisation.participantId} />
      <div className={errors?.length ? "space-y-6 border-l-4 border-[#d4351c] pl-4" : "space-y-6"}>
        {errors?.length ? (
          <div id={`${FIELD}-error`} className="font-bold text-rag-red">
            <span className="sr-only">Error: </span>
            <ul className="space-y-1">
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {data.steps.map((step) => (
          <fieldset
            key={step.number}
            className="space-y-3"
            aria-describedby={errors?.length ? `${FIELD}-error` : undefined}
          >
            <legend className="mb-1 text-xl font-bold">
              Step {step.number}: {step.title}
            </legend>
            {step.questions.map((question) => {
              const id = question.id === firstId ? FIELD : `${FIELD}-${question.id}`;
              const hint = question.hasAnswer
                ? `${organisation} has started answering this question, so it cannot be taken away.`
                : null;
              return (
                <div key={question.id} className="flex items-start gap-3">
                  <input
                    id={id}
                    type="checkbox"
                    name={FIELD}
                    value={question.id}
                    defaultChecked={ticked.has(question.id)}
                    aria-describedby={hint ? `${id}-hint` : undefined}
                    className="mt-0.5 h-7 w-7 shrink-0 accent-ink"
                  />
                  <div>
                    <label htmlFor={id} className="text-lg">
                      <span className="mr-2 font-bold tabular-nums">{question.code}</span>
                      {question.text}
                    </label>
                    {hint ? (
                      <p id={`${id}-hint`} className="text-muted">
                        {hint}
                      </p>
                    ) : null}
                  </div>
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
      <SubmitButton pendingText="Saving…">Save questions for {organisation}</SubmitButton>
    </form>
  );
}
