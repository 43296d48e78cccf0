"use client";

import Link from "next/link";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { Select, TextField } from "@/components/ui/field";
import { addReturnOrganisation } from "@/lib/actions/returns/add-return-organisation";
import { NEW_ORGANISATION, RETURN_KIND_CHOICES, RETURN_TEXT_MAX } from "@/lib/domain/returns";

export const ADD_RETURN_LABELS = {
  organisationId: "Organisation",
  newName: "Name of the new relevant agency",
  newKind: "Kind of organisation",
  respondentName: "Respondent's name",
  respondentEmail: "Respondent's email address",
  dueOn: "Deadline",
} as const;

/**
 * Adds one organisation to the returns: one the partnership already has, or a new relevant agency.
 * After a mistake it shows what was typed beside the errors; after success a confirmation and an
 * empty form for the next one.
 */
export function AddReturnForm({
  partnershipId,
  assessmentId,
  organisations,
  gridUrl,
}: {
  partnershipId: string;
  assessmentId: string;
  /** The partnership's organisations not yet taking part. */
  organisations: Array<{ id: string; name: string }>;
  gridUrl: string;
}) {
  const form = useFormAction(addReturnOrganisation);
  const errors = form.failure?.fieldErrors ?? {};
  const value = (name: string) => (form.failure ? form.value(name) : undefined);
  const added = form.success?.data;
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-6">
      {added ? (
        <Notice title="Organisation added" tone="success">
          <p>
            {added.organisationName} is taking part.{" "}
            {added.invited
              ? "Its respondent has been sent an invitation to join as its agency respondent."
              : "Its respondent is already its agency respondent, so no invitation was needed."}
            {form.success?.message ? ` ${form.success.message}` : ""}
          </p>
          <p>
            <Link href={gridUrl} className="text-brand underline">
              Back to the returns
            </Link>
          </p>
        </Notice>
      ) : null}
      <ErrorSummary
        message={form.failure?.message}
        fieldErrors={form.failure?.fieldErrors}
        labels={ADD_RETURN_LABELS}
      />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <Select
        name="organisationId"
        label={ADD_RETURN_LABELS.organisationId}
        hint="Choose one of the partnership's organisations, or add a new relevant agency below"
        errors={errors.organisationId}
        defaultValue={value("organisationId") ?? ""}
        options={[
          { value: "", label: "Choose an organisation" },
          ...organisations.map((o) => ({ value: o.id, label: o.name })),
          { value: NEW_ORGANISATION, label: "A new relevant agency (enter its details below)" },
        ]}
      />
      <fieldset className="space-y-4 border-l-4 border-[#b1b4b6] pl-4">
        <legend className="mb-2 text-lg font-bold">A new relevant agency</legend>
        <p className="text-muted">Only if you chose “A new relevant agency” above.</p>
        <TextField
          name="newName"
          label={ADD_RETURN_LABELS.newName}
          autoComplete="organization"
          maxLength={RETURN_TEXT_MAX}
          defaultValue={value("newName")}
          errors={errors.newName}
        />
        <Select
          name="newKind"
          label={ADD_RETURN_LABELS.newKind}
          errors={errors.newKind}
          defaultValue={value("newKind") ?? ""}
          options={[{ value: "", label: "Choose a kind" }, ...RETURN_KIND_CHOICES]}
        />
      </fieldset>
      <TextField
        name="respondentName"
        label={ADD_RETURN_LABELS.respondentName}
        hint="The person who will answer for the organisation"
        autoComplete="off"
        maxLength={RETURN_TEXT_MAX}
        defaultValue={value("respondentName")}
        errors={errors.respondentName}
      />
      <TextField
        name="respondentEmail"
        label={ADD_RETURN_LABELS.respondentEmail}
        hint="We will invite them as the organisation's agency respondent, unless they already are"
        type="email"
        autoComplete="off"
        spellCheck={false}
        defaultValue={value("respondentEmail")}
        errors={errors.respondentEmail}
      />
      <DateInput
        name="dueOn"
        legend={ADD_RETURN_LABELS.dueOn}
        hint="The date the signed-off return is due, for example 31 3 2027"
        errors={errors.dueOn}
        defaults={{
          day: value("dueOn-day"),
          month: value("dueOn-month"),
          year: value("dueOn-year"),
        }}
      />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Adding…">Add organisation</SubmitButton>
        <Link href={gridUrl} className="text-brand underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
