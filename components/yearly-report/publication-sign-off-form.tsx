"use client";

import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { DateInput } from "@/components/ui/date-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { Select, TextField } from "@/components/ui/field";
import { recordSignOff } from "@/lib/actions/yearly-report/record-sign-off";
import { SIGN_OFF_DESIGNATION_LABELS } from "@/lib/domain/yearly-report";
import {
  NAME_MAX,
  PLACE_MAX,
  PUBLICATION_FIELD_LABELS as LABELS,
  SIGN_OFF_DESIGNATIONS,
} from "@/lib/domain/yearly-report-publication-input";

/**
 * Records one statutory partner's sign-off as given at a meeting. After a mistake it shows what
 * was typed beside the errors; after success a confirmation and an empty form for the next one.
 */
export function SignOffForm({
  partnershipId,
  cycleId,
  partners,
}: {
  partnershipId: string;
  cycleId: string;
  /** The statutory partners who have not signed yet. */
  partners: Array<{ id: string; name: string }>;
}) {
  const form = useFormAction(recordSignOff);
  const errors = form.failure?.fieldErrors ?? {};
  const value = (name: string) => (form.failure ? form.value(name) : undefined);
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-6">
      {form.success ? (
        <Notice title="Sign-off recorded" tone="success">
          <p>
            {form.success.data.status === "SIGNED_OFF"
              ? "Every statutory partner has now signed off the section."
              : "The sign-off is in the table above."}
          </p>
        </Notice>
      ) : null}
      <ErrorSummary message={form.failure?.message} fieldErrors={form.failure?.fieldErrors} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="cycleId" value={cycleId} />
      <Select
        name="organisationId"
        label={LABELS.organisationId}
        errors={errors.organisationId}
        defaultValue={value("organisationId") ?? ""}
        options={[
          { value: "", label: "Choose a statutory partner" },
          ...partners.map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <Choices
        type="radio"
        name="designation"
        legend={LABELS.designation}
        errors={errors.designation}
        defaultValue={value("designation")}
        choices={SIGN_OFF_DESIGNATIONS.map((d) => ({
          value: d,
          label: SIGN_OFF_DESIGNATION_LABELS[d],
        }))}
      />
      <TextField
        name="signerName"
        label={LABELS.signerName}
        hint="As they would like it to appear, for example Chief Superintendent A. Khan"
        autoComplete="off"
        maxLength={NAME_MAX}
        defaultValue={value("signerName")}
        errors={errors.signerName}
      />
      <DateInput
        name="signedOn"
        legend={LABELS.signedOn}
        hint="For example, 3 6 2026"
        errors={errors.signedOn}
        defaults={{
          day: value("signedOn-day"),
          month: value("signedOn-month"),
          year: value("signedOn-year"),
        }}
      />
      <TextField
        name="meeting"
        label={LABELS.meeting}
        hint="For example, Safeguarding partners’ executive, 3 June 2026"
        autoComplete="off"
        maxLength={PLACE_MAX}
        defaultValue={value("meeting")}
        errors={errors.meeting}
      />
      <SubmitButton pendingText="Recording…">Record sign-off</SubmitButton>
    </form>
  );
}
