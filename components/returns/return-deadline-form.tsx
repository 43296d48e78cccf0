"use client";

import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { setReturnDeadline } from "@/lib/actions/returns/set-return-deadline";
import { dateStampParts } from "@/lib/domain/date-parts";

/** Sets or moves the organisation's deadline; moving it earns fresh automatic reminders. */
export function ReturnDeadlineForm({
  partnershipId,
  assessmentId,
  participantId,
  dueOn,
}: {
  partnershipId: string;
  assessmentId: string;
  participantId: string;
  dueOn: string | null;
}) {
  const form = useFormAction(setReturnDeadline);
  const errors = form.failure?.fieldErrors ?? {};
  const shown = form.failure
    ? {
        day: form.value("dueOn-day"),
        month: form.value("dueOn-month"),
        year: form.value("dueOn-year"),
      }
    : dueOn
      ? dateStampParts(dueOn)
      : {};
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-6">
      {form.success ? <Notice title="Deadline saved" tone="success" /> : null}
      <ErrorSummary
        message={form.failure?.message}
        fieldErrors={form.failure?.fieldErrors}
        labels={{ dueOn: "Deadline" }}
      />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="participantId" value={participantId} />
      <DateInput
        name="dueOn"
        legend={dueOn ? "Change the deadline" : "Set a deadline"}
        hint="For example, 31 3 2027"
        errors={errors.dueOn}
        defaults={shown}
      />
      <SubmitButton pendingText="Saving…">Save deadline</SubmitButton>
    </form>
  );
}
