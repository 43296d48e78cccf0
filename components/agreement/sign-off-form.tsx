"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { signOffScrutiny } from "@/lib/actions/assessments/sign-off-scrutiny";
import { FormProblems } from "./form-problems";

/**
 * "Sign off the scrutiny": a confirmation and the button. When the server refuses, each thing
 * still to do links to its place on the page (a scrutineer's row or a question).
 */
export function SignOffForm({
  partnershipId,
  assessmentId,
  single,
}: {
  partnershipId: string;
  assessmentId: string;
  single: boolean;
}) {
  const [state, action] = useActionState(signOffScrutiny, null);
  if (state?.ok) {
    return (
      <Notice title="Scrutiny signed off" tone="success">
        <p>
          The scrutiny is finalised and locked. The agreed ratings are the ones the report uses.
        </p>
      </Notice>
    );
  }
  const failure = state && !state.ok ? state : null;
  const problems = Object.entries(failure?.fieldErrors ?? {}).flatMap(([key, messages]) =>
    messages.map((text) => ({ href: `#${key === "confirm" ? "sign-off-confirm" : key}`, text })),
  );
  const confirmError = failure?.fieldErrors?.confirm?.join(". ");
  return (
    <form action={action} noValidate className="space-y-5">
      <FormProblems idPrefix="sign-off" message={failure?.message} problems={problems} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <div className={confirmError ? "border-l-4 border-[#d4351c] pl-4" : undefined}>
        {confirmError ? (
          <p id="sign-off-confirm-error" className="font-bold text-rag-red">
            <span className="sr-only">Error: </span>
            {confirmError}
          </p>
        ) : null}
        <div className="flex items-start gap-3">
          <input
            type="checkbox"
            id="sign-off-confirm"
            name="confirm"
            value="yes"
            aria-describedby={confirmError ? "sign-off-confirm-error" : undefined}
            className="mt-0.5 h-7 w-7 shrink-0 accent-ink"
          />
          <label htmlFor="sign-off-confirm" className="text-lg">
            {single
              ? "I confirm the ratings are final. Signing off makes them the agreed ratings and locks the assessment."
              : "I confirm the agreed ratings are final. Signing off locks the assessment."}
          </label>
        </div>
      </div>
      <SubmitButton pendingText="Signing off…">Sign off the scrutiny</SubmitButton>
    </form>
  );
}
