"use client";

import Link from "next/link";
import { FormProblems } from "@/components/agreement/form-problems";
import { ConflictButtons, ConflictPanel, SavedText } from "@/components/report/authoring-conflict";
import { AuthoringTextArea, limitHint } from "@/components/report/authoring-fields";
import { problemsOf, useVersionedForm } from "@/components/report/authoring-use-versioned-form";
import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { saveYearlyPart } from "@/lib/actions/yearly-report/save-part";
import type { StoredPart } from "@/lib/actions/yearly-report/support";
import type { YearlyReportPartKey } from "@/lib/domain/yearly-report";
import { PART_TEXT_MAX, YEARLY_MESSAGES } from "@/lib/domain/yearly-report-drafting";
import { SuggestionInset } from "./suggestion-inset";

const ID = "part-text";

/**
 * One part of the section: the app's suggestion (if any) above the box, which "Use this suggested
 * text" copies into it for the business manager to edit; nothing is saved until they save. A save
 * that meets someone else's keeps what was typed and shows what is saved now.
 */
export function PartForm({
  partnershipId,
  cycleId,
  part,
  saved,
  suggestion,
  base,
}: {
  partnershipId: string;
  cycleId: string;
  part: YearlyReportPartKey;
  saved: { text: string | null; version: number };
  suggestion: string | null;
  base: string;
}) {
  const form = useVersionedForm<{ version: number }, StoredPart>(
    saveYearlyPart,
    YEARLY_MESSAGES.conflict,
  );
  const { conflict, failure } = form;
  const summary = problemsOf(conflict ? null : failure, { text: ID });
  const text = form.saved
    ? (form.saved.stored?.text ?? "")
    : failure
      ? (form.value("text") ?? "")
      : (saved.text ?? "");
  // After a conflict the stored version, so saving over it is a deliberate second step.
  const version = form.saved
    ? (form.saved.stored?.version ?? saved.version)
    : conflict
      ? (conflict.stored?.version ?? saved.version)
      : saved.version;

  return (
    <div className="space-y-6">
      {form.success ? (
        <Notice title="Part saved" tone="success">
          <p>Your text for this part is saved.</p>
          <p>
            <Link href={base} className="text-brand underline">
              Back to the section
            </Link>{" "}
            or{" "}
            <Link href={`${base}/check`} className="text-brand underline">
              check the whole section
            </Link>
            .
          </p>
        </Notice>
      ) : null}
      {suggestion ? <SuggestionInset suggestion={suggestion} targetId={ID} /> : null}
      <form key={form.key} action={form.formAction} noValidate className="space-y-6">
        {conflict?.stored ? (
          <ConflictPanel
            idPrefix="part"
            message={conflict.message}
            storedTitle="The text saved now"
          >
            <p className="text-muted">
              {conflict.stored.updatedByName
                ? `Saved by ${conflict.stored.updatedByName} on `
                : "Saved on "}
              <time dateTime={conflict.stored.updatedAt}>{conflict.stored.updatedAtLabel}</time>
            </p>
            <SavedText text={conflict.stored.text} empty="Nothing is saved for this part now." />
          </ConflictPanel>
        ) : (
          <FormProblems idPrefix="part" message={summary.message} problems={summary.problems} />
        )}
        <input type="hidden" name="partnershipId" value={partnershipId} />
        <input type="hidden" name="cycleId" value={cycleId} />
        <input type="hidden" name="part" value={part} />
        <input type="hidden" name="version" value={version} />
        <AuthoringTextArea
          id={ID}
          name="text"
          label={conflict ? "Your text" : "Text for this part"}
          hint={`${limitHint(PART_TEXT_MAX)} Leave it empty to clear this part.`}
          rows={16}
          maxLength={PART_TEXT_MAX}
          defaultValue={text}
          errors={conflict ? undefined : failure?.fieldErrors?.text}
        />
        {conflict ? (
          <ConflictButtons onUseSaved={form.takeSaved} />
        ) : (
          <SubmitButton pendingText="Saving…">Save this part</SubmitButton>
        )}
      </form>
    </div>
  );
}
