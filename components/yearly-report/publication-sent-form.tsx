"use client";

import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { recordSubmission } from "@/lib/actions/yearly-report/record-submission";

/**
 * The date the published report was sent to one recipient. The date field is named after the
 * recipient (`sentOn-<id>`) so every id on the page is unique; the action reads it back.
 */
export function SentForm({
  partnershipId,
  cycleId,
  recipient,
  sentOn,
}: {
  partnershipId: string;
  cycleId: string;
  recipient: { id: string; name: string };
  /** { day, month, year } of the date recorded, if any. */
  sentOn: { day?: string; month?: string; year?: string };
}) {
  const form = useFormAction(recordSubmission);
  const field = `sentOn-${recipient.id}`;
  const fieldErrors = Object.fromEntries(
    Object.entries(form.failure?.fieldErrors ?? {}).map(([key, messages]) => [
      key === "sentOn" ? field : key,
      messages,
    ]),
  );
  const value = (part: string) => form.value(`${field}-${part}`);
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="space-y-4">
      <ErrorSummary message={form.failure?.message} fieldErrors={fieldErrors} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="recipientId" value={recipient.id} />
      <DateInput
        name={field}
        legend={`Date sent to ${recipient.name}`}
        hint="For example, 15 6 2026"
        errors={fieldErrors[field]}
        defaults={
          form.failure ? { day: value("day"), month: value("month"), year: value("year") } : sentOn
        }
      />
      {form.success ? (
        <p role="status" className="font-bold text-[#00703c]">
          Date sent recorded.
        </p>
      ) : null}
      <SubmitButton variant="secondary" pendingText="Recording…">
        Record date sent<span className="sr-only"> to {recipient.name}</span>
      </SubmitButton>
    </form>
  );
}
