"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { formatEvidenceDate as formatDate } from "@/components/evidence/format";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Select, TextField } from "@/components/ui/field";
import { startNextCycle } from "@/lib/actions/assessments/start-next-cycle";
import type { NextCycleStart } from "@/lib/data/next-cycle";
import { START_NEXT_CYCLE_FIELD_LABELS as LABELS } from "@/lib/domain/cycles";
import { dateStampParts } from "@/lib/domain/date-parts";

type Choice = "existing" | "new";

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
  const [choice, setChoice] = useState<Choice>(
    form.value("cycleChoice") === "new" || !hasCycles ? "new" : "existing",
  );
  const posted = (name: string, fallback: string) => ({
    day: form.value(`${name}-day`) ?? dateStampParts(fallback).day,
    month: form.value(`${name}-month`) ?? dateStampParts(fallback).month,
    year: form.value(`${name}-year`) ?? dateStampParts(fallback).year,
  });
  const newCycleFields = (
    <div className="space-y-5">
      <TextField
        name="cycleName"
        label={LABELS.cycleName}
        errors={errors?.cycleName}
        defaultValue={form.value("cycleName") ?? data.suggestion.name}
        maxLength={40}
        className="max-w-xs"
      />
      <DateInput
        name="cycleStartsOn"
        legend={LABELS.cycleStartsOn}
        hint="For example, 1 4 2027"
        errors={errors?.cycleStartsOn}
        defaults={posted("cycleStartsOn", data.suggestion.startsOn)}
      />
      <DateInput
        name="cycleEndsOn"
        legend={LABELS.cycleEndsOn}
        hint="For example, 31 3 2028"
        errors={errors?.cycleEndsOn}
        defaults={posted("cycleEndsOn", data.suggestion.endsOn)}
      />
    </div>
  );
  const existingCycleField = (
    <Select
      name="cycleId"
      label={LABELS.cycleId}
      errors={errors?.cycleId}
      defaultValue={form.value("cycleId") ?? ""}
      options={[
        { value: "", label: "Select a cycle" },
        ...data.cycles.map((c) => ({
          value: c.id,
          label: `${c.name} (${formatDate(c.startsOn)} to ${formatDate(c.endsOn)})`,
        })),
      ]}
    />
  );
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary message={form.failure?.message} fieldErrors={errors} labels={LABELS} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={data.assessment.id} />
      <TextField
        name="title"
        label={LABELS.title}
        errors={errors?.title}
        defaultValue={form.value("title") ?? `${data.assessment.title} (${data.suggestion.name})`}
        maxLength={200}
      />
      {hasCycles ? (
        <fieldset className="space-y-3">
          <legend className="mb-1 text-lg font-bold">Which cycle is it for?</legend>
          <RevealRadio
            value="existing"
            label="A cycle that already exists"
            checked={choice === "existing"}
            onChoose={setChoice}
          >
            {existingCycleField}
          </RevealRadio>
          <RevealRadio
            value="new"
            label="A new cycle"
            checked={choice === "new"}
            onChoose={setChoice}
          >
            {newCycleFields}
          </RevealRadio>
        </fieldset>
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

/** A GOV.UK radio whose fields are shown beneath it only while it is chosen. */
function RevealRadio({
  value,
  label,
  checked,
  onChoose,
  children,
}: {
  value: Choice;
  label: string;
  checked: boolean;
  onChoose: (value: Choice) => void;
  children: ReactNode;
}) {
  const id = value === "existing" ? "cycleChoice" : `cycleChoice-${value}`;
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="radio"
          name="cycleChoice"
          value={value}
          checked={checked}
          onChange={() => onChoose(value)}
          aria-controls={`${id}-reveal`}
          className="mt-0.5 h-7 w-7 shrink-0 accent-ink"
        />
        <label htmlFor={id} className="text-lg">
          {label}
        </label>
      </div>
      <div
        id={`${id}-reveal`}
        hidden={!checked}
        className="mt-3 ml-3.5 border-l-4 border-[#b1b4b6] pl-6"
      >
        {checked ? children : null}
      </div>
    </div>
  );
}
