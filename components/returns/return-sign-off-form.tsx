"use client";

import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { signOffReturn } from "@/lib/actions/returns/sign-off-return";
import { RETURN_TEXT_MAX } from "@/lib/domain/returns";

export const SIGN_OFF_RETURN_LABELS = {
  signedOffName: "Name of the senior person who signed off the return",
  signedOffRole: "Their role",
  signedOffOn: "Date they signed it off",
} as const;

/** Records the named senior person's sign-off of a submitted return: only then is it returned. */
export function ReturnSignOffForm({
  partnershipId,
  assessmentId,
  participantId,
  organisationName,
  onBehalf,
}: {
  partnershipId: string;
  assessmentId: string;
  participantId: string;
  organisationName: string;
  onBehalf: boolean;
}) {
  const form = useFormAction(signOffReturn);
  const errors = form.failure?.fieldErrors ?? {};
  const value = (name: string) => (form.failure ? form.value(name) : undefined);
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary
        message={form.failure?.message}
        fieldErrors={form.failure?.fieldErrors}
        labels={SIGN_OFF_RETURN_LABELS}
      />
      <p>
        {onBehalf
          ? `Record the sign-off on ${organisationName}'s behalf, as its senior person gave it.`
          : `Record who in ${organisationName} approved these answers. Only then does the return count as returned.`}
      </p>
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="participantId" value={participantId} />
      <TextField
        name="signedOffName"
        label={SIGN_OFF_RETURN_LABELS.signedOffName}
        hint="For example, Dr Ana Lopes"
        autoComplete="off"
        maxLength={RETURN_TEXT_MAX}
        defaultValue={value("signedOffName")}
        errors={errors.signedOffName}
      />
      <TextField
        name="signedOffRole"
        label={SIGN_OFF_RETURN_LABELS.signedOffRole}
        hint="For example, Head teacher or Director of Housing"
        autoComplete="off"
        maxLength={RETURN_TEXT_MAX}
        defaultValue={value("signedOffRole")}
        errors={errors.signedOffRole}
      />
      <DateInput
        name="signedOffOn"
        legend={SIGN_OFF_RETURN_LABELS.signedOffOn}
        hint="Today or earlier, for example 3 3 2027"
        errors={errors.signedOffOn}
        defaults={{
          day: value("signedOffOn-day"),
          month: value("signedOffOn-month"),
          year: value("signedOffOn-year"),
        }}
      />
      <SubmitButton pendingText="Recording…">Record sign-off</SubmitButton>
    </form>
  );
}
