"use client";

import { FormProblems } from "@/components/agreement/form-problems";
import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { saveReportSummary } from "@/lib/actions/report/save-report-summary";
import type { StoredSummary } from "@/lib/actions/report/support";
import { REPORT_MESSAGES, STRENGTHS_MAX } from "@/lib/domain/report-authoring";
import { ConflictButtons, ConflictPanel, SavedText } from "./authoring-conflict";
import { AuthoringTextArea, limitHint } from "./authoring-fields";
import { problemsOf, useVersionedForm } from "./authoring-use-versioned-form";

const ID = "strengths";

/** The strengths in the report's overall summary, saved against the version the form was given. */
export function SummaryForm({
  partnershipId,
  assessmentId,
  strengths,
  version,
}: {
  partnershipId: string;
  assessmentId: string;
  strengths: string;
  version: number;
}) {
  const form = useVersionedForm<{ version: number; changed: boolean }, StoredSummary>(
    saveReportSummary,
    REPORT_MESSAGES.summaryConflict,
  );
  const { conflict, saved, failure } = form;
  const summary = problemsOf(conflict ? null : failure, { strengths: ID });
  const text = saved
    ? (saved.stored?.strengths ?? "")
    : failure
      ? (form.value("strengths") ?? "")
      : strengths;
  const sentVersion = saved?.stored?.version ?? conflict?.stored?.version ?? version;

  return (
    <form key={form.key} action={form.formAction} noValidate className="space-y-6">
      {form.success ? (
        <Notice title="Strengths saved" tone="success">
          <p>
            {form.success.data.changed
              ? "The strengths in the overall summary are saved."
              : "Nothing had changed, so there was nothing to save."}
          </p>
        </Notice>
      ) : null}
      {conflict ? (
        <ConflictPanel
          idPrefix={ID}
          message={conflict.message}
          storedTitle="The strengths saved now"
        >
          <SavedText text={conflict.stored?.strengths ?? null} empty="No strengths are saved." />
        </ConflictPanel>
      ) : (
        <FormProblems idPrefix={ID} message={summary.message} problems={summary.problems} />
      )}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="version" value={sentVersion} />
      <AuthoringTextArea
        id={ID}
        name="strengths"
        label={conflict ? "Your strengths" : "Strengths"}
        hint={`What the partnership does well, as the scrutiny found it. ${limitHint(STRENGTHS_MAX)}`}
        rows={10}
        maxLength={STRENGTHS_MAX}
        defaultValue={text}
        errors={conflict ? undefined : failure?.fieldErrors?.strengths}
      />
      {conflict ? (
        <ConflictButtons onUseSaved={form.takeSaved} />
      ) : (
        <SubmitButton pendingText="Saving…">Save strengths</SubmitButton>
      )}
    </form>
  );
}
