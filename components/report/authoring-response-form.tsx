"use client";

import { FormProblems } from "@/components/agreement/form-problems";
import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { saveManagementResponse } from "@/lib/actions/report/save-management-response";
import type { StoredArea } from "@/lib/actions/report/support";
import { MANAGEMENT_RESPONSE_MAX, REPORT_MESSAGES } from "@/lib/domain/report-authoring";
import { ConflictButtons, ConflictPanel, SavedText } from "./authoring-conflict";
import { AuthoringTextArea, limitHint } from "./authoring-fields";
import { problemsOf, useVersionedForm } from "./authoring-use-versioned-form";

/**
 * The statutory partners' management response to one area for development, saved against the
 * area's version (shared with its wording, so a reworded area is a conflict too).
 */
export function ResponseForm({
  partnershipId,
  assessmentId,
  area,
}: {
  partnershipId: string;
  assessmentId: string;
  area: { id: string; number: number; version: number; managementResponse: string | null };
}) {
  const form = useVersionedForm<{ version: number; changed: boolean }, StoredArea>(
    saveManagementResponse,
    REPORT_MESSAGES.responseConflict,
  );
  const { conflict, saved, failure } = form;
  const id = `response-${area.number}`;
  const summary = problemsOf(conflict ? null : failure, { response: id });
  const text = saved
    ? (saved.stored?.managementResponse ?? "")
    : failure
      ? (form.value("response") ?? "")
      : (area.managementResponse ?? "");
  const version = saved?.stored?.version ?? conflict?.stored?.version ?? area.version;
  const context = <span className="sr-only"> to area for development {area.number}</span>;

  return (
    <form key={form.key} action={form.formAction} noValidate className="space-y-4">
      {form.success ? (
        <Notice
          title={`Management response to area for development ${area.number} saved`}
          tone="success"
        />
      ) : null}
      {conflict ? (
        <ConflictPanel idPrefix={id} message={conflict.message} storedTitle="Saved now">
          <p className="font-bold">Area for development</p>
          <SavedText text={conflict.stored?.text ?? null} empty="No wording." />
          <p className="font-bold">Management response</p>
          <SavedText
            text={conflict.stored?.managementResponse ?? null}
            empty="No management response is saved."
          />
          {conflict.stored?.respondedAt ? (
            <p className="text-muted">
              {conflict.stored.respondedByName
                ? `Recorded by ${conflict.stored.respondedByName} on `
                : "Recorded on "}
              <time dateTime={conflict.stored.respondedAt}>{conflict.stored.respondedAtLabel}</time>
            </p>
          ) : null}
        </ConflictPanel>
      ) : (
        <FormProblems idPrefix={id} message={summary.message} problems={summary.problems} />
      )}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="areaId" value={area.id} />
      <input type="hidden" name="version" value={version} />
      <AuthoringTextArea
        id={id}
        name="response"
        label={
          <>
            {conflict ? "Your management response" : "Management response"}
            {context}
          </>
        }
        hint={`What the statutory partners will do about this area, and who leads it. ${limitHint(MANAGEMENT_RESPONSE_MAX)}`}
        rows={6}
        maxLength={MANAGEMENT_RESPONSE_MAX}
        defaultValue={text}
        errors={conflict ? undefined : failure?.fieldErrors?.response}
      />
      {conflict ? (
        <ConflictButtons
          onUseSaved={form.takeSaved}
          context={`for area for development ${area.number}`}
        />
      ) : (
        <SubmitButton pendingText="Saving…">Save management response{context}</SubmitButton>
      )}
    </form>
  );
}
