"use client";

import { SubmitButton } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/members/use-form-action";
import { finaliseSelfAssessment } from "@/lib/actions/assessments/finalise-self-assessment";
import { AGREEMENT_ROLE_LABELS, AGREEMENT_ROLES, agreementField } from "@/lib/domain/agreement";
import type { FinaliseView } from "@/lib/data/agreement";

/**
 * Finalising a self-assessment: for each statutory partner organisation taking part, who agreed it
 * (name, lead or delegated safeguarding partner) and when; then "Finalise".
 */
export function FinaliseForm({
  partnershipId,
  assessmentId,
  partners,
  today,
}: {
  partnershipId: string;
  assessmentId: string;
  partners: FinaliseView["partners"];
  /** "YYYY-MM-DD" in UK time: the latest date allowed. */
  today: string;
}) {
  const form = useFormAction(finaliseSelfAssessment);
  if (form.success) {
    return (
      <Notice title="Self-assessment finalised" tone="success">
        <p>It is now locked. The agreements you recorded are kept with it.</p>
      </Notice>
    );
  }
  const errors = form.failure?.fieldErrors;
  const labels: Record<string, string> = {};
  for (const partner of partners) {
    labels[agreementField(partner.organisationId, "name")] = `${partner.name}, name`;
    labels[agreementField(partner.organisationId, "role")] = `${partner.name}, role`;
    labels[agreementField(partner.organisationId, "agreedOn")] = `${partner.name}, date agreed`;
  }
  // An organisation that has not submitted is keyed "organisation-<id>": its row on the page.
  const value = (organisationId: string, field: "name" | "role" | "agreedOn", fallback?: string) =>
    form.failure ? form.value(agreementField(organisationId, field)) : fallback;

  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-8">
      <ErrorSummary message={form.failure?.message} fieldErrors={errors} labels={labels} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      {partners.length === 0 ? (
        <p>
          No safeguarding partner organisation takes part in this self-assessment, so there is no
          agreement to record.
        </p>
      ) : (
        partners.map((partner) => {
          const field = (name: "name" | "role" | "agreedOn") =>
            agreementField(partner.organisationId, name);
          return (
            <fieldset
              key={partner.organisationId}
              className="space-y-5 border-t-4 border-brand pt-4"
            >
              <legend className="float-left w-full pt-4 text-2xl font-bold">
                Agreement for {partner.name}
              </legend>
              <TextField
                name={field("name")}
                label="Name of the person who agreed it"
                hint={
                  partner.suggestions.length > 0
                    ? `On record for ${partner.name}: ${partner.suggestions
                        .map((s) => `${s.name} (${s.role.toLowerCase()})`)
                        .join(", ")}.`
                    : undefined
                }
                errors={errors?.[field("name")]}
                defaultValue={value(partner.organisationId, "name", partner.recorded?.name)}
                autoComplete="off"
                maxLength={200}
              />
              <Choices
                type="radio"
                name={field("role")}
                legend="Their role"
                errors={errors?.[field("role")]}
                defaultValue={value(partner.organisationId, "role", partner.recorded?.role)}
                choices={AGREEMENT_ROLES.map((role) => ({
                  value: role,
                  label: AGREEMENT_ROLE_LABELS[role],
                }))}
              />
              <TextField
                name={field("agreedOn")}
                type="date"
                label="Date they agreed it"
                hint="Today or earlier."
                errors={errors?.[field("agreedOn")]}
                defaultValue={value(partner.organisationId, "agreedOn", partner.recorded?.agreedOn)}
                max={today}
                className="max-w-xs"
              />
            </fieldset>
          );
        })
      )}
      <SubmitButton pendingText="Finalising…">Finalise the self-assessment</SubmitButton>
    </form>
  );
}
