"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { submitParticipation } from "@/lib/actions/assessments/submit-participation";
import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** "Submit your answers", with every gap listed and linked to its question when refused. */
export function SubmitAnswers({
  partnershipId,
  assessmentId,
  base,
  onBehalfOf,
}: {
  partnershipId: string;
  assessmentId: string;
  base: string;
  /** The participant a business manager is submitting for (a statutory partner organisation). */
  onBehalfOf?: string;
}) {
  const [state, action] = useActionState(submitParticipation, null);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state && !state.ok) summary.current?.focus();
  }, [state]);
  if (state?.ok) {
    return (
      <Notice title="Answers submitted" tone="success">
        <p>You submitted answers to {state.data.submitted} questions.</p>
      </Notice>
    );
  }
  const gaps = state && !state.ok ? Object.entries(state.fieldErrors ?? {}) : [];
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      {onBehalfOf ? <input type="hidden" name="onBehalfOf" value={onBehalfOf} /> : null}
      {state && !state.ok ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby="submit-problem"
          className="border-4 border-rag-red p-4"
        >
          <h2 id="submit-problem" className="text-2xl font-bold">
            There is a problem
          </h2>
          <p className="font-bold">{state.message}</p>
          <ul className="mt-2 space-y-1">
            {gaps.map(([key, messages]) => {
              const [step, code] = key.split("/");
              return (
                <li key={key}>
                  <Link
                    href={`${base}/steps/${step}${onBehalfOf ? `?for=${onBehalfOf}` : ""}#q${code?.replace(".", "-")}-title`}
                    className="font-bold text-rag-red underline"
                  >
                    Question {code}: {messages.join("; ")}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <SubmitButton pendingText="Submitting…">Submit your answers</SubmitButton>
    </form>
  );
}
