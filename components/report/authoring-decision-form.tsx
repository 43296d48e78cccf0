"use client";

import { FormProblems } from "@/components/agreement/form-problems";
import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { decideAccuracyComment } from "@/lib/actions/report/decide-accuracy-comment";
import type { StoredDecision } from "@/lib/actions/report/support";
import type { AccuracyComment } from "@/lib/data/report-authoring-partners";
import {
  ACCURACY_DECISION_LABELS,
  ACCURACY_DECISIONS,
  DECISION_NOTE_MAX,
  REPORT_MESSAGES,
} from "@/lib/domain/report-authoring";
import { ConflictButtons, ConflictPanel, SavedText } from "./authoring-conflict";
import { AuthoringRadios, AuthoringTextArea, limitHint } from "./authoring-fields";
import { problemsOf, useVersionedForm } from "./authoring-use-versioned-form";

const CHOICES = ACCURACY_DECISIONS.map((value) => ({
  value,
  label: ACCURACY_DECISION_LABELS[value],
}));

/**
 * A scrutineer decides what a factual-accuracy comment changes in the report. The form names the
 * decision it showed (its time), so a decision someone else recorded since is a conflict.
 */
export function DecisionForm({
  partnershipId,
  assessmentId,
  number,
  comment,
}: {
  partnershipId: string;
  assessmentId: string;
  /** "Comment 3": the comment's place in the list, for ids and screen-reader names. */
  number: number;
  comment: AccuracyComment;
}) {
  const form = useVersionedForm<{ decidedAt: string; changed: boolean }, StoredDecision>(
    decideAccuracyComment,
    REPORT_MESSAGES.decisionConflict,
  );
  const { conflict, saved, failure } = form;
  const id = `comment-${number}`;
  const ids = { decision: `${id}-decision`, note: `${id}-note` };
  const summary = problemsOf(conflict ? null : failure, ids);
  const stored = saved?.stored ?? null;
  const decision = saved
    ? (stored?.decision ?? undefined)
    : failure
      ? form.value("decision")
      : comment.decision?.value;
  const note = saved
    ? (stored?.note ?? "")
    : failure
      ? (form.value("note") ?? "")
      : (comment.decision?.note ?? "");
  const decidedAt = saved
    ? (stored?.decidedAt ?? "")
    : conflict
      ? (conflict.stored?.decidedAt ?? "")
      : (comment.decision?.decided?.at ?? "");
  const errors = conflict ? {} : (failure?.fieldErrors ?? {});
  const context = <span className="sr-only"> on comment {number}</span>;

  return (
    <form key={form.key} action={form.formAction} noValidate className="space-y-5">
      {form.success ? (
        <Notice title={`Decision on comment ${number} saved`} tone="success" />
      ) : null}
      {conflict ? (
        <ConflictPanel
          idPrefix={id}
          message={conflict.message}
          storedTitle="The decision saved now"
        >
          {conflict.stored?.decision ? (
            <p className="font-bold">{ACCURACY_DECISION_LABELS[conflict.stored.decision]}</p>
          ) : null}
          <SavedText text={conflict.stored?.note ?? null} empty="No note." />
          {conflict.stored?.decidedAt ? (
            <p className="text-muted">
              {conflict.stored.decidedByName ? `By ${conflict.stored.decidedByName} on ` : "On "}
              <time dateTime={conflict.stored.decidedAt}>{conflict.stored.decidedAtLabel}</time>
            </p>
          ) : null}
        </ConflictPanel>
      ) : (
        <FormProblems idPrefix={id} message={summary.message} problems={summary.problems} />
      )}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="commentId" value={comment.id} />
      <input type="hidden" name="decidedAt" value={decidedAt} />
      <AuthoringRadios
        id={ids.decision}
        name="decision"
        legend={<>Was the report changed?{context}</>}
        choices={CHOICES}
        defaultValue={decision}
        errors={errors.decision}
      />
      <AuthoringTextArea
        id={ids.note}
        name="note"
        label={<>What changed in the report, or why not{context}</>}
        hint={limitHint(DECISION_NOTE_MAX)}
        rows={3}
        maxLength={DECISION_NOTE_MAX}
        defaultValue={note}
        errors={errors.note}
      />
      {conflict ? (
        <ConflictButtons onUseSaved={form.takeSaved} context={`on comment ${number}`} />
      ) : (
        <SubmitButton pendingText="Saving…">Save decision{context}</SubmitButton>
      )}
    </form>
  );
}
