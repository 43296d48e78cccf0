"use client";

import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { addRecipient } from "@/lib/actions/yearly-report/add-recipient";
import { NAME_MAX, PUBLICATION_FIELD_LABELS } from "@/lib/domain/yearly-report-publication-input";

/** Adds a body the yearly report must be sent to; it joins the end of the list. */
export function AddRecipientForm({ partnershipId }: { partnershipId: string }) {
  const form = useFormAction(addRecipient);
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-xl space-y-4">
      <ErrorSummary message={form.failure?.message} fieldErrors={form.failure?.fieldErrors} />
      {form.success ? (
        <p role="status" className="font-bold text-[#00703c]">
          {form.success.data.name} added.
        </p>
      ) : null}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <TextField
        name="name"
        label={PUBLICATION_FIELD_LABELS.name}
        hint="For example, the national body named in the latest guidance"
        autoComplete="off"
        maxLength={NAME_MAX}
        defaultValue={form.failure ? form.value("name") : undefined}
        errors={form.failure?.fieldErrors?.name}
      />
      <SubmitButton pendingText="Adding…">Add recipient</SubmitButton>
    </form>
  );
}
