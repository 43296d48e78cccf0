"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Select, TextField } from "@/components/ui/field";
import { createAssessment } from "@/lib/actions/assessments/create-assessment";
import type { AssessmentFormOptions } from "@/lib/data/assessments";
import {
  ASSESSMENT_FIELD_LABELS as LABELS,
  ASSESSMENT_KIND_HINTS,
  ASSESSMENT_KIND_LABELS,
  ASSESSMENT_KINDS,
} from "@/lib/domain/assessments";

export function CreateAssessmentForm({
  partnershipId,
  options,
}: {
  partnershipId: string;
  options: AssessmentFormOptions;
}) {
  const router = useRouter();
  const form = useFormAction(createAssessment);
  const listUrl = `/partnerships/${partnershipId}/assessments`;
  const errors = form.failure?.fieldErrors;

  useEffect(() => {
    if (form.success) router.push(`${listUrl}?created=${form.success.data.assessmentId}`);
  }, [form.success, listUrl, router]);

  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-8">
      <ErrorSummary message={form.failure?.message} fieldErrors={errors} labels={LABELS} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <TextField
        name="title"
        label={LABELS.title}
        hint="For example, “Independent scrutiny 2026 to 2027”."
        autoComplete="off"
        defaultValue={form.value("title")}
        errors={errors?.title}
      />
      <Choices
        type="radio"
        name="kind"
        legend={LABELS.kind}
        errors={errors?.kind}
        defaultValue={form.value("kind")}
        choices={ASSESSMENT_KINDS.map((kind) => ({
          value: kind,
          label: ASSESSMENT_KIND_LABELS[kind],
          hint: ASSESSMENT_KIND_HINTS[kind],
        }))}
      />
      <Select
        name="cycleId"
        label={LABELS.cycleId}
        errors={errors?.cycleId}
        defaultValue={form.value("cycleId") ?? ""}
        options={[
          { value: "", label: "Select a cycle" },
          ...options.cycles.map((cycle) => ({ value: cycle.id, label: cycle.name })),
        ]}
      />
      <Select
        name="frameworkVersionId"
        label={LABELS.frameworkVersionId}
        hint="Published versions of the Six Steps framework and of your partnership’s adaptations."
        errors={errors?.frameworkVersionId}
        defaultValue={form.value("frameworkVersionId") ?? options.versions[0]?.id ?? ""}
        options={options.versions.map((version) => ({ value: version.id, label: version.label }))}
      />
      <ScrutineerFields options={options} form={form} errors={errors} />
      <Choices
        type="checkbox"
        name="organisationIds"
        legend={LABELS.organisationIds}
        hint="For self-assessments. A core-partner self-assessment is for the safeguarding partners only."
        errors={errors?.organisationIds}
        defaultValue={form.values("organisationIds")}
        choices={options.organisations.map((organisation) => ({
          value: organisation.id,
          label: organisation.isStatutoryPartner
            ? `${organisation.name} (safeguarding partner)`
            : `${organisation.name} (relevant agency)`,
        }))}
      />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Creating assessment…">Create assessment</SubmitButton>
        <Link href={listUrl} className="text-brand underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}

function ScrutineerFields({
  options,
  form,
  errors,
}: {
  options: AssessmentFormOptions;
  form: Pick<ReturnType<typeof useFormAction>, "value" | "values">;
  errors?: Record<string, string[]>;
}) {
  if (options.scrutineers.length === 0)
    return (
      <p>
        For independent scrutiny: there are no independent scrutineers in this partnership yet.
        Invite one from the members page first.
      </p>
    );
  const choices = options.scrutineers.map((scrutineer) => ({
    value: scrutineer.userId,
    label: scrutineer.name,
    hint: scrutineer.email,
  }));
  return (
    <>
      <Choices
        type="checkbox"
        name="scrutineerIds"
        legend={LABELS.scrutineerIds}
        hint="For independent scrutiny. Select everyone who will rate the questions."
        errors={errors?.scrutineerIds}
        defaultValue={form.values("scrutineerIds")}
        choices={choices}
      />
      <Choices
        type="radio"
        name="leadScrutineerId"
        legend={LABELS.leadScrutineerId}
        hint="For independent scrutiny. The lead scrutineer agrees the ratings; they must be one of the scrutineers selected."
        errors={errors?.leadScrutineerId}
        defaultValue={form.value("leadScrutineerId")}
        choices={choices.map((choice) => ({ value: choice.value, label: choice.label }))}
      />
    </>
  );
}
