"use client";

import { FormProblems } from "@/components/agreement/form-problems";
import { ConflictButtons, ConflictPanel, SavedText } from "@/components/report/authoring-conflict";
import { AuthoringTextArea, limitHint } from "@/components/report/authoring-fields";
import { problemsOf, useVersionedForm } from "@/components/report/authoring-use-versioned-form";
import { SubmitButton } from "@/components/ui/button";
import { saveQuestionWording } from "@/lib/actions/wording/save-question-wording";
import type { StoredWording } from "@/lib/actions/wording/support";
import { WORDING_MAX, WORDING_MESSAGES } from "@/lib/domain/question-wording";

/**
 * Gives or changes one question's wording for relevant agencies. Version 0 when none is saved yet;
 * when someone else saved first, their version is shown and this person's stays in the form.
 */
export function WordingForm({
  partnershipId,
  code,
  lineageKey,
  wording,
}: {
  partnershipId: string;
  code: string;
  lineageKey: string;
  wording: { text: string; version: number } | null;
}) {
  const id = `wording-${code.replace(/\W/g, "-")}`;
  const form = useVersionedForm<{ version: number }, NonNullable<StoredWording>>(
    saveQuestionWording,
    WORDING_MESSAGES.conflict,
  );
  const { conflict, saved, failure } = form;
  const summary = problemsOf(conflict ? null : failure, { text: id });
  const text = saved
    ? (saved.stored?.text ?? "")
    : failure
      ? (form.value("text") ?? "")
      : (wording?.text ?? "");
  const version = saved
    ? (saved.stored?.version ?? 0)
    : conflict
      ? (conflict.stored?.version ?? 0)
      : (wording?.version ?? 0);
  return (
    <form key={form.key} action={form.formAction} noValidate className="space-y-4">
      {form.success ? (
        <p role="status" className="border-l-4 border-[#00703c] pl-4 font-bold text-[#00703c]">
          Wording for question {code} saved.
        </p>
      ) : null}
      {conflict ? (
        <ConflictPanel idPrefix={id} message={conflict.message} storedTitle="The wording saved now">
          <SavedText
            text={conflict.stored?.text ?? null}
            empty="No wording is saved now: relevant agencies read the original."
          />
        </ConflictPanel>
      ) : (
        <FormProblems idPrefix={id} message={summary.message} problems={summary.problems} />
      )}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="lineageKey" value={lineageKey} />
      <input type="hidden" name="version" value={version} />
      <AuthoringTextArea
        id={id}
        name="text"
        label={`Wording of question ${code} for relevant agencies`}
        hint={`Say the same thing in words a school, housing provider or charity would use. ${limitHint(WORDING_MAX)}`}
        rows={4}
        maxLength={WORDING_MAX}
        defaultValue={text}
        errors={conflict ? undefined : failure?.fieldErrors?.text}
      />
      {conflict ? (
        <ConflictButtons onUseSaved={form.takeSaved} context={`for question ${code}`} />
      ) : (
        <SubmitButton pendingText="Saving…">
          Save wording<span className="sr-only"> for question {code}</span>
        </SubmitButton>
      )}
    </form>
  );
}
