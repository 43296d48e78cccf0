"use client";

import { FormProblems } from "@/components/agreement/form-problems";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { closeAccuracyCheck } from "@/lib/actions/report/close-accuracy-check";
import { openAccuracyCheck } from "@/lib/actions/report/open-accuracy-check";
import type { AccuracyCheckState } from "@/lib/domain/report-authoring";

/**
 * The lead scrutineer opens the factual-accuracy check (again, once closed) or closes it. The
 * page refreshes with the new state.
 */
export function CheckControls({
  partnershipId,
  assessmentId,
  state,
}: {
  partnershipId: string;
  assessmentId: string;
  state: AccuracyCheckState;
}) {
  const open = state !== "OPEN";
  const form = useFormAction((previous: unknown, data: FormData) =>
    open ? openAccuracyCheck(previous, data) : closeAccuracyCheck(previous, data),
  );
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="space-y-4">
      {form.success ? (
        <Notice
          title={
            state === "OPEN"
              ? "The factual-accuracy check is open"
              : "The factual-accuracy check is closed"
          }
          tone="success"
        />
      ) : null}
      <FormProblems idPrefix="check" message={form.failure?.message} problems={[]} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      {open ? (
        <SubmitButton pendingText="Opening…">
          {state === "CLOSED"
            ? "Open the factual-accuracy check again"
            : "Open the factual-accuracy check"}
        </SubmitButton>
      ) : (
        <SubmitButton variant="secondary" pendingText="Closing…">
          Close the factual-accuracy check
        </SubmitButton>
      )}
    </form>
  );
}
