"use client";

import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { publishSection } from "@/lib/actions/yearly-report/publish-section";
import {
  PLACE_MAX,
  PUBLICATION_FIELD_LABELS as LABELS,
  URL_MAX,
} from "@/lib/domain/yearly-report-publication-input";

/**
 * Records the publication of a signed-off section: the date, the link and where it was presented.
 * The page re-renders as published once it has worked.
 */
export function PublishForm({
  partnershipId,
  cycleId,
}: {
  partnershipId: string;
  cycleId: string;
}) {
  const form = useFormAction(publishSection);
  const errors = form.failure?.fieldErrors ?? {};
  const value = (name: string) => (form.failure ? form.value(name) : undefined);
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary message={form.failure?.message} fieldErrors={form.failure?.fieldErrors} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="cycleId" value={cycleId} />
      <DateInput
        name="publishedOn"
        legend={LABELS.publishedOn}
        hint="The day the report went on the partnership’s website. For example, 12 6 2026"
        errors={errors.publishedOn}
        defaults={{
          day: value("publishedOn-day"),
          month: value("publishedOn-month"),
          year: value("publishedOn-year"),
        }}
      />
      <TextField
        name="publishedUrl"
        label={LABELS.publishedUrl}
        hint="The full address, starting with https://"
        type="url"
        autoComplete="off"
        spellCheck={false}
        maxLength={URL_MAX}
        defaultValue={value("publishedUrl")}
        errors={errors.publishedUrl}
      />
      <TextField
        name="presentedAt"
        label={LABELS.presentedAt}
        hint="The meeting or board, and its date. For example, Partnership board, 12 June 2026"
        autoComplete="off"
        maxLength={PLACE_MAX}
        defaultValue={value("presentedAt")}
        errors={errors.presentedAt}
      />
      <SubmitButton pendingText="Recording…">Record publication</SubmitButton>
    </form>
  );
}
