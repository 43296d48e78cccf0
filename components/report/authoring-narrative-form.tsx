"use client";

import { FormProblems } from "@/components/agreement/form-problems";
import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { saveStepNarrative } from "@/lib/actions/report/save-step-narrative";
import type { StoredNarrative } from "@/lib/actions/report/support";
import { NARRATIVE_MAX, REPORT_MESSAGES } from "@/lib/domain/report-authoring";
import { ConflictButtons, ConflictPanel, SavedText } from "./authoring-conflict";
import { AuthoringTextArea, limitHint } from "./authoring-fields";
import { problemsOf, useVersionedForm } from "./authoring-use-versioned-form";

const ID = "narrative";

/** The scrutineers' narrative for one step of the report; version 0 when none is saved yet. */
export function NarrativeForm({
  partnershipId,
  assessmentId,
  stepNumber,
  narrative,
}: {
  partnershipId: string;
  assessmentId: string;
  stepNumber: number;
  narrative: { text: string; version: number } | null;
}) {
  const form = useVersionedForm<{ version: number }, NonNullable<StoredNarrative>>(
    saveStepNarrative,
    REPORT_MESSAGES.narrativeConflict,
  );
  const { conflict, saved, failure } = form;
  const summary = problemsOf(conflict ? null : failure, { text: ID });
  const text = saved
    ? (saved.stored?.text ?? "")
    : failure
      ? (form.value("text") ?? "")
      : (narrative?.text ?? "");
  // After a conflict the stored version (0 when nothing is stored), so saving again is deliberate.
  const version = saved
    ? (saved.stored?.version ?? 0)
    : conflict
      ? (conflict.stored?.version ?? 0)
      : (narrative?.version ?? 0);

  return (
    <form key={form.key} action={form.formAction} noValidate className="space-y-6">
      {form.success ? (
        <Notice title="Narrative saved" tone="success">
          <p>The narrative for step {stepNumber} is saved.</p>
        </Notice>
      ) : null}
      {conflict ? (
        <ConflictPanel
          idPrefix={ID}
          message={conflict.message}
          storedTitle="The narrative saved now"
        >
          {conflict.stored ? (
            <p className="text-muted">
              {conflict.stored.updatedByName
                ? `Saved by ${conflict.stored.updatedByName} on `
                : "Saved on "}
              <time dateTime={conflict.stored.updatedAt}>{conflict.stored.updatedAtLabel}</time>
            </p>
          ) : null}
          <SavedText text={conflict.stored?.text ?? null} empty="No narrative is saved now." />
        </ConflictPanel>
      ) : (
        <FormProblems idPrefix={ID} message={summary.message} problems={summary.problems} />
      )}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="stepNumber" value={stepNumber} />
      <input type="hidden" name="version" value={version} />
      <AuthoringTextArea
        id={ID}
        name="text"
        label={conflict ? "Your narrative" : `Narrative for step ${stepNumber}`}
        hint={`What the scrutiny found for this step and why it was rated as it was. ${limitHint(NARRATIVE_MAX)}`}
        rows={12}
        maxLength={NARRATIVE_MAX}
        defaultValue={text}
        errors={conflict ? undefined : failure?.fieldErrors?.text}
      />
      {conflict ? (
        <ConflictButtons onUseSaved={form.takeSaved} />
      ) : (
        <SubmitButton pendingText="Saving…">Save narrative</SubmitButton>
      )}
    </form>
  );
}
