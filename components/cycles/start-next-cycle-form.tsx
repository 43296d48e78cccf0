"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Select, TextField } from "@/components/ui/field";
import { startNextCycle } from "@/lib/actions/assessments/start-next-cycle";
import { START_NEXT_CYCLE_FIELD_LABELS } from "@/lib/domain/cycles";
import type { NextCycleStart } from "@/lib/data/next-cycle";
import { formatEvidenceDate as formatDate } from "@/components/evidence/format";

/** Choose (or create) the next cycle and a title; the new assessment opens when it is ready. */
export function StartNextCycleForm({
  partnershipId,
  data,
}: {
  partnershipId: string;
  data: NextCycleStart;
}) {
  const form = useFormAction(startNextCycle);
  const router = useRouter();
  useEffect(() => {
    if (form.success)
      router.push(
        `/partnerships/${partnershipId}/assessments/${form.success.data.assessmentId}?started=1`,
      );
  }, [form.success, partnershipId, router]);
  const errors = form.failure?.fieldErrors;
  const hasCycles = data.cycles.length > 0;
  const choice = form.value("cycleChoice") ?? (hasCycles ? "existing" : "new");
  const newCycleFields = (
    <div className="space-y-4">
      <TextField
        name="cycleName"
        label={START_NEXT_CYCLE_FIELD_LABELS.cycleName}
        errors={errors?.cycleName}
        defaultValue={form.value("cycleName") ?? data.suggestion.name}
        maxLength={40}
        className="max-w-xs"
      />
      <TextField
        name="cycleStartsOn"
        type="date"
        label={START_NEXT_CYCLE_FIELD_LABELS.cycleStartsOn}
        errors={errors?.cycleStartsOn}
        defaultValue={form.value("cycleStartsOn") ?? data.suggestion.startsOn}
        className="max-w-xs"
      />
      <TextField
        name="cycleEndsOn"
        type="date"
        label={START_NEXT_CYCLE_FIELD_LABELS.cycleEndsOn}
        errors={errors?.cycleEndsOn}
        defaultValue={form.value("cycleEndsOn") ?? data.suggestion.endsOn}
        className="max-w-xs"
      />
    </div>
  );
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary
        message={form.failure?.message}
        fieldErrors={errors}
        labels={START_NEXT_CYCLE_FIELD_LABELS}
      />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={data.assessment.id} />
      <TextField
        name="title"
        label={START_NEXT_CYCLE_FIELD_LABELS.title}
        errors={errors?.title}
        defaultValue={form.value("title") ?? `${data.assessment.title} (${data.suggestion.name})`}
        maxLength={200}
      />
      {hasCycles ? (
        <>
          <Choices
            type="radio"
            name="cycleChoice"
            legend="Which cycle is it for?"
            errors={errors?.cycleChoice}
            defaultValue={choice}
            choices={[
              { value: "existing", label: "A cycle that already exists" },
              { value: "new", label: "A new cycle" },
            ]}
          />
          <Select
            name="cycleId"
            label="Existing cycle"
            hint="Used when you choose a cycle that already exists."
            errors={errors?.cycleId}
            defaultValue={form.value("cycleId")}
            options={data.cycles.map((c) => ({
              value: c.id,
              label: `${c.name} (${formatDate(c.startsOn)} to ${formatDate(c.endsOn)})`,
            }))}
          />
          <fieldset className="space-y-4">
            <legend className="text-lg font-bold">New cycle</legend>
            <p className="text-muted">Used when you choose a new cycle.</p>
            {newCycleFields}
          </fieldset>
        </>
      ) : (
        <fieldset className="space-y-4">
          <legend className="text-lg font-bold">The new cycle</legend>
          <input type="hidden" name="cycleChoice" value="new" />
          {newCycleFields}
        </fieldset>
      )}
      <SubmitButton pendingText="Starting the next cycle…">Start the next cycle</SubmitButton>
    </form>
  );
}
