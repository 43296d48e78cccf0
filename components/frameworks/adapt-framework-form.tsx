"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { adaptFramework } from "@/lib/actions/frameworks/adapt-framework";
import { ADAPT_FIELD_LABELS } from "@/lib/domain/framework-editor";

/** Names the adaptation, copies the version as a draft and opens it in the editor. */
export function AdaptFrameworkForm({
  partnershipId,
  versionId,
  suggestedTitle,
}: {
  partnershipId: string;
  versionId: string;
  suggestedTitle: string;
}) {
  const router = useRouter();
  const form = useFormAction(adaptFramework);
  const errors = form.failure?.fieldErrors;
  useEffect(() => {
    if (form.success)
      router.push(`/partnerships/${partnershipId}/frameworks/${form.success.data.versionId}/edit`);
  }, [form.success, partnershipId, router]);
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary
        message={form.failure?.message}
        fieldErrors={errors}
        labels={ADAPT_FIELD_LABELS}
      />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="versionId" value={versionId} />
      <TextField
        name="title"
        label={ADAPT_FIELD_LABELS.title}
        hint="For example, “Six Steps for Independent Scrutiny (Northshire adaptation)”."
        autoComplete="off"
        maxLength={200}
        defaultValue={form.value("title") ?? suggestedTitle}
        errors={errors?.title}
      />
      <SubmitButton pendingText="Copying the framework…">Adapt and start editing</SubmitButton>
    </form>
  );
}
