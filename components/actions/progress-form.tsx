"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { formatEvidenceDate } from "@/components/evidence/format";
import { addProgress } from "@/lib/actions/actions/add-progress";
import type { ActionEvidenceDto, EvidenceChoice } from "@/lib/data/actions";
import { ACTION_FIELD_LABELS as LABELS } from "@/lib/domain/action-input";
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  type ActionStatusValue,
} from "@/lib/domain/actions";

/**
 * A progress update: a note, the status after it and the evidence of completion, saved together.
 * After a refusal it shows what was entered; after a save it starts afresh from the stored action.
 */
export function ProgressForm({
  partnershipId,
  actionId,
  version,
  status,
  attached,
  library,
}: {
  partnershipId: string;
  actionId: string;
  version: number;
  status: ActionStatusValue;
  attached: ActionEvidenceDto[];
  library: EvidenceChoice[];
}) {
  const router = useRouter();
  const form = useFormAction(addProgress);
  const errors = form.failure?.fieldErrors ?? {};
  const failed = Boolean(form.failure);

  useEffect(() => {
    // The page shows the new update and the new version to save against.
    if (form.success) router.refresh();
  }, [form.success, router]);

  // Attached items stay listed (ticked) even if their file was removed from the library since.
  const inLibrary = new Set(library.map((item) => item.id));
  const choices = [
    ...library.map((item) => ({
      value: item.id,
      label: item.title,
      hint: `Dated ${formatEvidenceDate(item.evidenceDate)}`,
    })),
    ...attached
      .filter((item) => !inLibrary.has(item.id))
      .map((item) => ({
        value: item.id,
        label: item.title,
        hint: item.removed ? "Removed from the evidence library" : undefined,
      })),
  ];

  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-3xl space-y-8">
      {form.success ? (
        <Notice title="Progress update saved" tone="success">
          <p>It is shown first under Progress updates.</p>
        </Notice>
      ) : null}
      <ErrorSummary message={form.failure?.message} fieldErrors={form.failure?.fieldErrors} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="version" value={version} />
      <TextArea
        name="note"
        label={LABELS.note}
        hint="What has been done since the last update, and what happens next."
        rows={4}
        defaultValue={failed ? form.value("note") : undefined}
        errors={errors.note}
      />
      <Choices
        type="radio"
        name="status"
        legend="Status after this update"
        hint="Overdue is worked out from the due date."
        defaultValue={failed ? form.value("status") : status}
        errors={errors.status}
        choices={ACTION_STATUSES.map((value) => ({
          value,
          label: ACTION_STATUS_LABELS[value],
          hint:
            value === "COMPLETE"
              ? "Needs at least one piece of evidence of completion."
              : undefined,
        }))}
      />
      {choices.length > 0 ? (
        <Choices
          type="checkbox"
          name="evidenceIds"
          legend={LABELS.evidenceIds}
          hint={
            <>
              What shows the action is done. To choose something new,{" "}
              <Link
                href={`/partnerships/${partnershipId}/evidence`}
                className="text-brand underline"
              >
                add it to the evidence library
              </Link>{" "}
              first.
            </>
          }
          defaultValue={failed ? (form.values("evidenceIds") ?? []) : attached.map((e) => e.id)}
          errors={errors.evidenceIds}
          choices={choices}
        />
      ) : (
        <div id="evidenceIds" tabIndex={-1} className="space-y-1">
          <h3 className="text-lg font-bold">{LABELS.evidenceIds}</h3>
          {errors.evidenceIds ? (
            <p className="font-bold text-rag-red">
              <span className="sr-only">Error: </span>
              {errors.evidenceIds.join(". ")}
            </p>
          ) : null}
          <p>
            The evidence library is empty. To mark the action complete,{" "}
            <Link href={`/partnerships/${partnershipId}/evidence`} className="text-brand underline">
              add evidence to the library
            </Link>{" "}
            first.
          </p>
        </div>
      )}
      <SubmitButton pendingText="Saving…">Save progress update</SubmitButton>
    </form>
  );
}
