"use client";

import { Button } from "@/components/ui/button";
import { RATING_LABELS, RATINGS } from "@/lib/domain/rating";
import { greenOnProcessOnly, responseProblems } from "@/lib/domain/responses";
import type { StepForResponding } from "@/lib/data/assessment-work";
import { SaveStatus } from "./save-status";
import { useAutosave, type Draft } from "./use-autosave";

type Question = StepForResponding["questions"][number];
type Props = {
  partnershipId: string;
  question: Question & { response: NonNullable<Question["response"]> };
  rag: StepForResponding["rag"];
  evidence: StepForResponding["evidence"];
};

const area = "block w-full border-2 border-ink bg-white px-2 py-1.5 text-lg";

export function QuestionResponse({ partnershipId, question, rag, evidence }: Props) {
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
  const natures = evidence
    .filter((item) => draft.evidenceIds.includes(item.id))
    .map((item) => item.nature);
  const facts = {
    rating: (draft.rating || null) as never,
    narrative: draft.narrative,
    remainingWork: draft.remainingWork,
    notInScopeReason: draft.notInScopeReason,
    evidenceNatures: natures,
  };
  const problems = responseProblems(facts);
  const hints: Record<string, string | undefined> = {
    GREEN: rag.GREEN,
    AMBER: rag.AMBER,
    RED: rag.RED,
  };

  return (
    <section aria-labelledby={id("title")} className="space-y-5 border-t-4 border-brand pt-4">
      <h2 id={id("title")} className="text-xl font-bold">
        <span className="mr-2 tabular-nums">{question.code}</span>
        {question.text}
      </h2>
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
        {evidence.length === 0 ? (
          <p className="text-muted">The partnership&apos;s evidence library is empty.</p>
        ) : null}
        {evidence.map((item) => (
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
                {item.evidenceDate})
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      {greenOnProcessOnly(facts) ? (
        <p className="border-l-4 border-rag-amber bg-white pl-3 font-bold">
          Warning: this Green rests only on process evidence. Is there evidence of outcomes for
          children?
        </p>
      ) : null}
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
