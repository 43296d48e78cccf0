"use client";

import { useCallback, useEffect, useRef, type ReactNode } from "react";
import { BaselinePanel } from "@/components/cycles/baseline-panel";
import { AddEvidenceForm } from "@/components/evidence/add-evidence-form";
import { describeRemoval, formatEvidenceDate } from "@/components/evidence/format";
import { HistoryLink } from "@/components/history/history-link";
import { WordingQuestionHeading } from "@/components/returns/wording-question-heading";
import { Button } from "@/components/ui/button";
import { RATING_LABELS, RATINGS } from "@/lib/domain/rating";
import { greenOnProcessOnly, responseProblems } from "@/lib/domain/responses";
import type { StepForResponding } from "@/lib/data/assessment-work";
import { SaveStatus } from "./save-status";
import { useStepEvidence, type EvidenceOption } from "./step-evidence-provider";
import { useAutosave, type Draft } from "./use-autosave";

type Question = StepForResponding["questions"][number];
type Props = {
  partnershipId: string;
  assessmentId: string;
  question: Question & { response: NonNullable<Question["response"]> };
  rag: StepForResponding["rag"];
  evidence: StepForResponding["evidence"];
  /** The question's action plan, rendered on the server. */
  actionPlan?: ReactNode;
};

const area = "block w-full border-2 border-ink bg-white px-2 py-1.5 text-lg";

export function QuestionResponse({
  partnershipId,
  assessmentId,
  question,
  rag,
  evidence,
  actionPlan,
}: Props) {
  const { response } = question;
  const initial: Draft = {
    rating: response.rating ?? "",
    narrative: response.narrative,
    remainingWork: response.remainingWork,
    notInScopeReason: response.notInScopeReason,
    evidenceIds: response.evidenceIds,
  };
  const { draft, state, change, keepMine, takeTheirs } = useAutosave(
    partnershipId,
    response.id,
    initial,
    response.version,
  );
  const id = (suffix: string) => `q${question.code.replace(".", "-")}-${suffix}`;
  // The step's library, shared by its questions, so evidence added under one shows in all.
  const library = useStepEvidence(evidence);
  // Removed files this answer cited when the page loaded: still cited, shown with the tombstone,
  // and once unticked they cannot be cited again.
  const removedCited = library.removed.filter((item) => response.evidenceIds.includes(item.id));
  const natures = [...library.evidence, ...removedCited]
    .filter((item) => draft.evidenceIds.includes(item.id))
    .map((item) => item.nature);
  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
  }, [draft]);
  const { add } = library;
  // Evidence added on the spot joins the library and is cited here, saved by the autosave.
  const citeNew = useCallback(
    (item: EvidenceOption) => {
      add(item);
      const ids = latest.current.evidenceIds;
      if (!ids.includes(item.id)) change({ evidenceIds: [...ids, item.id] });
    },
    [add, change],
  );
  const facts = {
    rating: (draft.rating || null) as never,
    narrative: draft.narrative,
    remainingWork: draft.remainingWork,
    notInScopeReason: draft.notInScopeReason,
    evidenceNatures: natures,
    actionCount: question.actionCount,
  };
  const problems = responseProblems(facts);
  const hints: Record<string, string | undefined> = {
    GREEN: rag.GREEN,
    AMBER: rag.AMBER,
    RED: rag.RED,
  };

  return (
    <section aria-labelledby={id("title")} className="space-y-5 border-t-4 border-brand pt-4">
      <WordingQuestionHeading id={id("title")} question={question} />
      <p>
        <HistoryLink
          partnershipId={partnershipId}
          assessmentId={assessmentId}
          questionId={question.id}
          code={question.code}
        />
      </p>
      {question.baseline ? (
        <BaselinePanel
          baseline={question.baseline}
          current={facts.rating}
          idPrefix={id("last-cycle")}
        />
      ) : null}
      <fieldset className="space-y-2">
        <legend className="text-lg font-bold">Rating for question {question.code}</legend>
        {RATINGS.map((rating) => (
          <div key={rating} className="flex gap-3">
            <input
              type="radio"
              id={id(rating)}
              name={id("rating")}
              value={rating}
              checked={draft.rating === rating}
              onChange={() => change({ rating })}
              aria-describedby={hints[rating] ? id(`${rating}-hint`) : undefined}
              className="mt-1 size-6 shrink-0 accent-brand"
            />
            <div>
              <label htmlFor={id(rating)} className="font-bold">
                {RATING_LABELS[rating].word}
              </label>
              {hints[rating] ? (
                <p id={id(`${rating}-hint`)} className="text-muted">
                  {hints[rating]}
                </p>
              ) : null}
            </div>
          </div>
        ))}
      </fieldset>
      {draft.rating === "NOT_IN_SCOPE" ? (
        <div>
          <label htmlFor={id("reason")} className="block font-bold">
            Why is this question not in scope this cycle?
          </label>
          <textarea
            id={id("reason")}
            rows={2}
            className={area}
            value={draft.notInScopeReason}
            onChange={(e) => change({ notInScopeReason: e.target.value })}
          />
        </div>
      ) : null}
      <div>
        <label htmlFor={id("narrative")} className="block font-bold">
          Narrative
        </label>
        <p id={id("narrative-hint")} className="text-muted">
          What you found and why you gave this rating. A Red rating needs one.
        </p>
        <textarea
          id={id("narrative")}
          rows={5}
          aria-describedby={id("narrative-hint")}
          className={area}
          value={draft.narrative}
          onChange={(e) => change({ narrative: e.target.value })}
        />
      </div>
      {draft.rating === "AMBER" ? (
        <div>
          <label htmlFor={id("remaining")} className="block font-bold">
            What work remains for a full positive answer?
          </label>
          <textarea
            id={id("remaining")}
            rows={3}
            className={area}
            value={draft.remainingWork}
            onChange={(e) => change({ remainingWork: e.target.value })}
          />
        </div>
      ) : null}
      <fieldset className="space-y-2">
        <legend className="font-bold">Evidence cited</legend>
        {library.evidence.length === 0 && removedCited.length === 0 ? (
          <p className="text-muted">The partnership&apos;s evidence library is empty.</p>
        ) : null}
        {library.evidence.map((item) => (
          <div key={item.id} className="flex gap-3">
            <input
              type="checkbox"
              id={id(`evidence-${item.id}`)}
              checked={draft.evidenceIds.includes(item.id)}
              onChange={(e) =>
                change({
                  evidenceIds: e.target.checked
                    ? [...draft.evidenceIds, item.id]
                    : draft.evidenceIds.filter((x) => x !== item.id),
                })
              }
              className="mt-1 size-6 shrink-0 accent-brand"
            />
            <label htmlFor={id(`evidence-${item.id}`)}>
              {item.title}{" "}
              <span className="text-muted">
                ({item.nature === "OUTCOME" ? "outcome for children" : "process"},{" "}
                {formatEvidenceDate(item.evidenceDate)})
              </span>
            </label>
          </div>
        ))}
        {removedCited.map((item) => {
          const cited = draft.evidenceIds.includes(item.id);
          return (
            <div key={item.id} className="flex gap-3">
              <input
                type="checkbox"
                id={id(`evidence-${item.id}`)}
                checked={cited}
                disabled={!cited}
                aria-describedby={id(`evidence-${item.id}-removed`)}
                onChange={(e) => {
                  if (!e.target.checked)
                    change({ evidenceIds: draft.evidenceIds.filter((x) => x !== item.id) });
                }}
                className="mt-1 size-6 shrink-0 accent-brand"
              />
              <div>
                <label htmlFor={id(`evidence-${item.id}`)}>
                  {item.title}{" "}
                  <strong className="inline-block bg-[#f3f2f1] px-2 font-bold text-[#383f43]">
                    File removed
                  </strong>
                </label>
                <p id={id(`evidence-${item.id}-removed`)} className="text-muted">
                  {describeRemoval(item.removed)}.{cited ? "" : " It can no longer be cited."}
                </p>
              </div>
            </div>
          );
        })}
      </fieldset>
      {/* A form of its own: this question is not inside a <form>, so nothing is nested. */}
      <details className="border-l-4 border-[#b1b4b6] pl-4">
        <summary className="cursor-pointer font-bold text-brand underline">
          Add new evidence
          <span className="sr-only"> for question {question.code}</span>
        </summary>
        <div className="mt-4">
          <p className="mb-4 text-muted">
            It is added to the partnership&apos;s evidence library and cited for this question.
          </p>
          <AddEvidenceForm
            partnershipId={partnershipId}
            idPrefix={id("new-evidence")}
            onAdded={citeNew}
            addedNote=" It is now cited for this question."
          />
        </div>
      </details>
      {greenOnProcessOnly(facts) ? (
        <p className="border-l-4 border-rag-amber bg-white pl-3 font-bold">
          Warning: this Green rests only on process evidence. Is there evidence of outcomes for
          children?
        </p>
      ) : null}
      {actionPlan}
      {problems.length > 0 ? (
        <div className="text-muted">
          <p className="font-bold">Still needed before you submit:</p>
          <ul className="list-disc pl-6">
            {problems.map((problem) => (
              <li key={problem.field}>{problem.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <SaveStatus state={state} />
      {state.kind === "conflict" ? (
        <ConflictChoice state={state} mine={draft} keepMine={keepMine} takeTheirs={takeTheirs} />
      ) : null}
    </section>
  );
}

function ConflictChoice({
  state,
  mine,
  keepMine,
  takeTheirs,
}: {
  state: Extract<ReturnType<typeof useAutosave>["state"], { kind: "conflict" }>;
  mine: Draft;
  keepMine: () => void;
  takeTheirs: () => void;
}) {
  const describe = (draft: Draft) =>
    `${draft.rating ? RATING_LABELS[draft.rating as keyof typeof RATING_LABELS].word : "Not rated"} — ${draft.narrative || "(no narrative)"}`;
  return (
    <div role="alert" className="space-y-3 border-4 border-rag-red p-4">
      <p className="font-bold">{state.message}</p>
      <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
        <dt className="font-bold">Your version</dt>
        <dd>{describe(mine)}</dd>
        <dt className="font-bold">Saved version</dt>
        <dd>{describe(state.theirs)}</dd>
      </dl>
      <div className="flex flex-wrap gap-4">
        <Button onClick={keepMine}>Keep my version</Button>
        <Button variant="secondary" onClick={takeTheirs}>
          Use the saved version
        </Button>
      </div>
    </div>
  );
}
