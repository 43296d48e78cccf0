"use client";

import { FormProblems } from "@/components/agreement/form-problems";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { removeDevelopmentArea } from "@/lib/actions/report/remove-development-area";
import type { StoredArea } from "@/lib/actions/report/support";
import { updateDevelopmentArea } from "@/lib/actions/report/update-development-area";
import type { SummaryArea } from "@/lib/data/report-authoring";
import { AREA_TEXT_MAX, REPORT_MESSAGES } from "@/lib/domain/report-authoring";
import { ConflictButtons, ConflictPanel, SavedText } from "./authoring-conflict";
import { AuthoringTextArea, limitHint } from "./authoring-fields";
import { problemsOf, useVersionedForm } from "./authoring-use-versioned-form";

type Props = { partnershipId: string; assessmentId: string; area: SummaryArea };

/** One area for development: its wording, saved against its version, and removing it. */
export function AreaForm(props: Props & { onRemoved: (text: string) => void }) {
  return (
    <div className="space-y-4">
      <RewordForm {...props} />
      <RemoveForm {...props} />
    </div>
  );
}

function RewordForm({ partnershipId, assessmentId, area }: Props) {
  const form = useVersionedForm<{ version: number; changed: boolean }, StoredArea>(
    updateDevelopmentArea,
    REPORT_MESSAGES.areaConflict,
  );
  const { conflict, saved, failure } = form;
  const id = `area-${area.number}`;
  const name = `area for development ${area.number}`;
  const summary = problemsOf(conflict ? null : failure, { text: id });
  const text = saved
    ? (saved.stored?.text ?? "")
    : failure
      ? (form.value("text") ?? "")
      : area.text;
  const version = saved?.stored?.version ?? conflict?.stored?.version ?? area.version;
  return (
    <form key={form.key} action={form.formAction} noValidate className="space-y-4">
      {form.success ? (
        <Notice title={`Area for development ${area.number} saved`} tone="success" />
      ) : null}
      {conflict ? (
        <ConflictPanel idPrefix={id} message={conflict.message} storedTitle="The wording saved now">
          <SavedText text={conflict.stored?.text ?? null} empty="This area has no wording." />
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
        name="text"
        label={`Area for development ${area.number}`}
        hint={limitHint(AREA_TEXT_MAX)}
        rows={3}
        maxLength={AREA_TEXT_MAX}
        defaultValue={text}
        errors={conflict ? undefined : failure?.fieldErrors?.text}
      />
      {conflict ? (
        <ConflictButtons onUseSaved={form.takeSaved} context={`for ${name}`} />
      ) : (
        <SubmitButton pendingText="Saving…">
          Save changes<span className="sr-only"> to {name}</span>
        </SubmitButton>
      )}
    </form>
  );
}

function RemoveForm({
  partnershipId,
  assessmentId,
  area,
  onRemoved,
}: Props & { onRemoved: (text: string) => void }) {
  // Told before the page refreshes without this area, so the list can say it was removed.
  const form = useFormAction(async (previous: unknown, data: FormData) => {
    const result = await removeDevelopmentArea(previous, data);
    if (result.ok) onRemoved(area.text);
    return result;
  });
  const id = `remove-area-${area.number}`;
  const conflict = form.failure?.conflict as StoredArea | undefined;
  if (area.removalBlocker && !form.failure)
    return <p className="text-muted">{area.removalBlocker}</p>;
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="space-y-3">
      <FormProblems idPrefix={id} message={form.failure?.message} problems={[]} />
      {conflict ? (
        <div className="border-l-8 border-[#b1b4b6] bg-[#f3f2f1] p-4">
          <p className="font-bold">The wording saved now</p>
          <SavedText text={conflict.text} empty="This area has no wording." />
        </div>
      ) : null}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="areaId" value={area.id} />
      <input type="hidden" name="version" value={conflict?.version ?? area.version} />
      {area.removalBlocker ? null : (
        <SubmitButton variant="warning" pendingText="Removing…">
          Remove<span className="sr-only"> area for development {area.number}</span>
        </SubmitButton>
      )}
    </form>
  );
}
