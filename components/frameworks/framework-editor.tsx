"use client";

import Link from "next/link";
import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  type FormEvent,
} from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import type { SavedDraft } from "@/lib/actions/frameworks/save-framework-draft";
import { saveFrameworkDraft } from "@/lib/actions/frameworks/save-framework-draft";
import type { ActionResult } from "@/lib/actions/safe-action";
import {
  addQuestion,
  addStep,
  draftFieldLabel,
  moveQuestion,
  moveQuestionToStep,
  moveStep,
  removeQuestion,
  removeStep,
  retitleStep,
  rewordQuestion,
  setLabel,
  toDraftPayload,
  toEditorDraft,
  type EditorDraft,
} from "@/lib/domain/framework-editor";
import { questionCode, type VersionContent } from "@/lib/domain/framework-versions";
import { FrameworkPreview } from "./framework-preview";

type Saved = {
  result: ActionResult<SavedDraft>;
  /** The fingerprint of the stored draft the next save is made over. */
  baseline: string;
  attempt: number;
};

const UNREACHABLE: ActionResult<SavedDraft> = {
  ok: false,
  message:
    "The draft could not be saved: the service could not be reached. Your changes are still on this page; check your connection and try again.",
};

const control = (invalid: boolean) =>
  `block w-full border-2 ${invalid ? "border-[#d4351c]" : "border-ink"} bg-white px-2 py-1.5 text-lg`;

function ErrorText({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="font-bold text-rag-red">
      <span className="sr-only">Error: </span>
      {errors.join(". ")}
    </p>
  );
}

const small = "px-3 py-1 text-base";

/**
 * The draft editor: the whole draft lives here while it is edited (label, steps and questions
 * added, removed, reordered and reworded) with a live preview of the framework as it will read,
 * codes renumbered as things move. "Save draft" sends everything at once; on a problem the error
 * summary names each place and nothing typed is lost.
 */
export function FrameworkEditor({
  partnershipId,
  versionId,
  frameworkTitle,
  attribution,
  initial,
  baseline,
}: {
  partnershipId: string;
  versionId: string;
  frameworkTitle: string;
  attribution: string;
  initial: VersionContent;
  baseline: string;
}) {
  const [draft, setDraft] = useState<EditorDraft>(() => toEditorDraft(initial));
  const [savedSnapshot, setSavedSnapshot] = useState(() =>
    JSON.stringify(toDraftPayload(toEditorDraft(initial))),
  );
  const [confirming, setConfirming] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [showErrors, setShowErrors] = useState(true);
  const counter = useRef(0);
  const focusNext = useRef<string | null>(null);
  const newId = () => `new-${(counter.current += 1)}`;

  const [state, formAction, pending] = useActionState(
    async (previous: Saved | null, form: FormData): Promise<Saved> => {
      const attempt = (previous?.attempt ?? 0) + 1;
      const conflict = previous?.result.ok === false ? previous.result.conflict : undefined;
      // "Save my version over theirs": the save is made over the draft stored now.
      if (form.get("overwrite") === "1" && conflict && typeof conflict === "object")
        form.set("baseline", String((conflict as { baseline?: unknown }).baseline ?? ""));
      const sent = String(form.get("content") ?? "");
      const result = await saveFrameworkDraft(null, form).catch(() => UNREACHABLE);
      if (!result.ok) return { result, baseline: previous?.baseline ?? baseline, attempt };
      const saved = toEditorDraft(result.data.content);
      const savedPayload = JSON.stringify(toDraftPayload(saved));
      // New steps and questions now have their identities: take them, unless the person has
      // carried on editing while the save was on its way.
      setDraft((current) => (JSON.stringify(toDraftPayload(current)) === sent ? saved : current));
      setSavedSnapshot(savedPayload);
      setShowErrors(true);
      return { result, baseline: result.data.baseline, attempt };
    },
    null,
  );

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const payload = JSON.stringify(toDraftPayload(draft));
  const unsaved = payload !== savedSnapshot;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const failure = state && !state.result.ok ? state.result : null;
  const success = state?.result.ok && !unsaved ? state.result : null;
  const conflict = Boolean(failure?.conflict);
  const errors = showErrors ? (failure?.fieldErrors ?? {}) : {};
  const labels = Object.fromEntries(
    Object.keys(errors).flatMap((id) => {
      const label = draftFieldLabel(id);
      return label ? [[id, label]] : [];
    }),
  );

  /** A change that moves things: errors name positions, so they no longer apply. */
  function restructure(next: EditorDraft, message: string, focus?: string) {
    setDraft(next);
    setAnnouncement(message);
    setShowErrors(false);
    setConfirming(null);
    if (focus) focusNext.current = focus;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }

  const base = `/partnerships/${partnershipId}/frameworks/${versionId}`;

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <form onSubmit={submit} noValidate className="space-y-8" aria-label="Edit the draft">
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>
        {success ? (
          <Notice title="Draft saved" tone="success">
            <p>
              Your changes are saved.{" "}
              <Link href={base} className="text-brand underline">
                Check the draft and publish it
              </Link>{" "}
              when it is ready.
            </p>
          </Notice>
        ) : null}
        {failure && (showErrors || !failure.fieldErrors) ? (
          <ErrorSummary
            message={failure.message}
            fieldErrors={failure.fieldErrors}
            labels={labels}
          />
        ) : null}
        {conflict ? (
          <div className="space-y-3 border-l-4 border-[#d4351c] pl-4">
            <p>Saving over their changes replaces them with yours.</p>
            <div className="flex flex-wrap gap-4">
              <Button type="submit" name="overwrite" value="1" variant="warning" disabled={pending}>
                Save my version over theirs
              </Button>
              {/* A full reload, so the page shows the draft as it is stored now. */}
              <a href={`${base}/edit`} className="self-center text-lg text-brand underline">
                Discard my changes and load theirs
              </a>
            </div>
          </div>
        ) : null}
        <input type="hidden" name="partnershipId" value={partnershipId} />
        <input type="hidden" name="versionId" value={versionId} />
        <input type="hidden" name="baseline" value={state?.baseline ?? baseline} />
        <input type="hidden" name="content" value={payload} />

        <div
          className={`space-y-1 ${errors["draft-label"]?.length ? "border-l-4 border-[#d4351c] pl-4" : ""}`}
        >
          <label htmlFor="draft-label" className="block text-lg font-bold">
            Version label
          </label>
          <div id="draft-label-hint" className="text-muted">
            For example, “2027 adaptation”. It is shown with the framework’s title.
          </div>
          <ErrorText id="draft-label-error" errors={errors["draft-label"]} />
          <input
            id="draft-label"
            value={draft.label}
            maxLength={200}
            autoComplete="off"
            onChange={(event) => setDraft(setLabel(draft, event.target.value))}
            aria-invalid={errors["draft-label"]?.length ? true : undefined}
            aria-describedby={
              errors["draft-label"]?.length
                ? "draft-label-hint draft-label-error"
                : "draft-label-hint"
            }
            className={`${control(Boolean(errors["draft-label"]?.length))} max-w-xl`}
          />
        </div>

        <ol className="space-y-8">
          {draft.steps.map((step, s) => {
            const n = s + 1;
            const titleId = `step-${n}-title`;
            const addId = `step-${n}-add-question`;
            const titleErrors = errors[titleId];
            const stepErrors = errors[addId];
            return (
              <li key={step.id}>
                <fieldset
                  className={`space-y-4 border-2 border-[#b1b4b6] bg-white p-4 ${stepErrors?.length ? "border-l-8 border-l-[#d4351c]" : ""}`}
                >
                  <legend className="px-1 text-2xl font-bold">Step {n}</legend>
                  <div
                    className={`space-y-1 ${titleErrors?.length ? "border-l-4 border-[#d4351c] pl-4" : ""}`}
                  >
                    <label htmlFor={titleId} className="block text-lg font-bold">
                      Step {n} title
                    </label>
                    <ErrorText id={`${titleId}-error`} errors={titleErrors} />
                    <input
                      id={titleId}
                      value={step.title}
                      maxLength={300}
                      autoComplete="off"
                      onChange={(event) => setDraft(retitleStep(draft, s, event.target.value))}
                      aria-invalid={titleErrors?.length ? true : undefined}
                      aria-describedby={titleErrors?.length ? `${titleId}-error` : undefined}
                      className={control(Boolean(titleErrors?.length))}
                    />
                  </div>
                  <div className="flex flex-wrap gap-3">
                    <Button
                      id={`${step.id}-up`}
                      variant="secondary"
                      className={small}
                      disabled={s === 0}
                      onClick={() =>
                        restructure(
                          moveStep(draft, s, -1),
                          `Step ${n} moved up: it is now step ${n - 1}.`,
                          s - 1 === 0 ? `${step.id}-down` : `${step.id}-up`,
                        )
                      }
                    >
                      Move step {n} up
                    </Button>
                    <Button
                      id={`${step.id}-down`}
                      variant="secondary"
                      className={small}
                      disabled={s === draft.steps.length - 1}
                      onClick={() =>
                        restructure(
                          moveStep(draft, s, 1),
                          `Step ${n} moved down: it is now step ${n + 1}.`,
                          s + 1 === draft.steps.length - 1 ? `${step.id}-up` : `${step.id}-down`,
                        )
                      }
                    >
                      Move step {n} down
                    </Button>
                    <Button
                      variant="warning"
                      className={small}
                      onClick={() => {
                        if (step.questions.length === 0) {
                          restructure(removeStep(draft, s), `Step ${n} removed.`, "add-step");
                        } else {
                          setConfirming(step.id);
                          focusNext.current = `confirm-${step.id}`;
                        }
                      }}
                    >
                      Remove step {n}
                    </Button>
                  </div>
                  {confirming === step.id ? (
                    <div
                      id={`confirm-${step.id}`}
                      tabIndex={-1}
                      role="group"
                      aria-labelledby={`confirm-${step.id}-text`}
                      className="space-y-3 border-4 border-[#d4351c] p-4"
                    >
                      <p id={`confirm-${step.id}-text`} className="font-bold">
                        Remove step {n} and its {step.questions.length}{" "}
                        {step.questions.length === 1 ? "question" : "questions"}? Trends for them
                        stop at the version before this one.
                      </p>
                      <div className="flex flex-wrap gap-3">
                        <Button
                          variant="warning"
                          className={small}
                          onClick={() =>
                            restructure(removeStep(draft, s), `Step ${n} removed.`, "add-step")
                          }
                        >
                          Yes, remove step {n}
                        </Button>
                        <Button
                          variant="secondary"
                          className={small}
                          onClick={() => {
                            setConfirming(null);
                            focusNext.current = titleId;
                          }}
                        >
                          Keep step {n}
                        </Button>
                      </div>
                    </div>
                  ) : null}
                  <ErrorText id={`${addId}-error`} errors={stepErrors} />
                  <ol className="space-y-4">
                    {step.questions.map((question, q) => {
                      const code = questionCode(s, q);
                      const textId = `step-${n}-question-${q + 1}-text`;
                      const textErrors = errors[textId];
                      const moveId = `${textId}-move`;
                      return (
                        <li
                          key={question.id}
                          className={`space-y-2 border-l-4 ${textErrors?.length ? "border-[#d4351c]" : "border-brand"} pl-4`}
                        >
                          <label htmlFor={textId} className="block text-lg font-bold">
                            Question {code}
                            {question.key ? null : (
                              <span className="ml-2 font-normal text-muted">(new)</span>
                            )}
                          </label>
                          <ErrorText id={`${textId}-error`} errors={textErrors} />
                          <textarea
                            id={textId}
                            value={question.text}
                            rows={2}
                            maxLength={1000}
                            onChange={(event) =>
                              setDraft(rewordQuestion(draft, s, q, event.target.value))
                            }
                            aria-invalid={textErrors?.length ? true : undefined}
                            aria-describedby={textErrors?.length ? `${textId}-error` : undefined}
                            className={control(Boolean(textErrors?.length))}
                          />
                          <div className="flex flex-wrap gap-3">
                            <Button
                              id={`${question.id}-up`}
                              variant="secondary"
                              className={small}
                              disabled={q === 0}
                              onClick={() =>
                                restructure(
                                  moveQuestion(draft, s, q, -1),
                                  `Question ${code} moved up: it is now ${questionCode(s, q - 1)}.`,
                                  q - 1 === 0 ? `${question.id}-down` : `${question.id}-up`,
                                )
                              }
                            >
                              Move question {code} up
                            </Button>
                            <Button
                              id={`${question.id}-down`}
                              variant="secondary"
                              className={small}
                              disabled={q === step.questions.length - 1}
                              onClick={() =>
                                restructure(
                                  moveQuestion(draft, s, q, 1),
                                  `Question ${code} moved down: it is now ${questionCode(s, q + 1)}.`,
                                  q + 1 === step.questions.length - 1
                                    ? `${question.id}-up`
                                    : `${question.id}-down`,
                                )
                              }
                            >
                              Move question {code} down
                            </Button>
                            <Button
                              variant="warning"
                              className={small}
                              onClick={() =>
                                restructure(
                                  removeQuestion(draft, s, q),
                                  `Question ${code} removed.`,
                                  addId,
                                )
                              }
                            >
                              Remove question {code}
                            </Button>
                          </div>
                          {draft.steps.length > 1 ? (
                            <details>
                              <summary className="cursor-pointer text-brand underline">
                                Move question {code} to another step
                              </summary>
                              <MoveToStep
                                id={moveId}
                                code={code}
                                steps={draft.steps.length}
                                from={s}
                                onMove={(target) =>
                                  restructure(
                                    moveQuestionToStep(draft, s, q, target),
                                    `Question ${code} moved to step ${target + 1}: it is now ${questionCode(target, draft.steps[target]!.questions.length)}.`,
                                    `step-${target + 1}-add-question`,
                                  )
                                }
                              />
                            </details>
                          ) : null}
                        </li>
                      );
                    })}
                  </ol>
                  <Button
                    id={addId}
                    variant="secondary"
                    onClick={() => {
                      const next = addQuestion(draft, s, newId());
                      restructure(
                        next,
                        `Question ${questionCode(s, step.questions.length)} added.`,
                        `step-${n}-question-${step.questions.length + 1}-text`,
                      );
                    }}
                  >
                    Add a question to step {n}
                  </Button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div className={errors["add-step"]?.length ? "border-l-4 border-[#d4351c] pl-4" : ""}>
          <ErrorText id="add-step-error" errors={errors["add-step"]} />
          <Button
            id="add-step"
            variant="secondary"
            onClick={() =>
              restructure(
                addStep(draft, { step: newId(), question: newId() }),
                `Step ${draft.steps.length + 1} added, with one empty question.`,
                `step-${draft.steps.length + 1}-title`,
              )
            }
          >
            Add a step
          </Button>
        </div>
        <div className="flex flex-wrap items-center gap-6 border-t border-[#b1b4b6] pt-6">
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {pending ? "Saving…" : "Save draft"}
          </Button>
          <p role="status" className="text-muted">
            {unsaved ? "You have changes that are not saved." : "All changes are saved."}
          </p>
          <Link href={base} className="text-lg text-brand underline">
            Back to the draft
          </Link>
        </div>
      </form>
      <section
        aria-labelledby="preview-heading"
        tabIndex={0}
        className="space-y-4 self-start border-2 border-[#b1b4b6] bg-[#f3f2f1] p-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
      >
        <h2 id="preview-heading" className="text-2xl font-bold">
          Preview
        </h2>
        <FrameworkPreview
          title={frameworkTitle}
          label={draft.label}
          attribution={attribution}
          steps={draft.steps}
        />
      </section>
    </div>
  );
}

function MoveToStep({
  id,
  code,
  steps,
  from,
  onMove,
}: {
  id: string;
  code: string;
  steps: number;
  from: number;
  onMove: (target: number) => void;
}) {
  const options = Array.from({ length: steps }, (_, i) => i).filter((i) => i !== from);
  const [target, setTarget] = useState(String(options[0] ?? 0));
  const chosen = options.includes(Number(target)) ? Number(target) : (options[0] ?? 0);
  return (
    <div className="mt-2 flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor={id} className="block font-bold">
          Step to move question {code} to
        </label>
        <select
          id={id}
          value={String(chosen)}
          onChange={(event) => setTarget(event.target.value)}
          className="border-2 border-ink bg-white px-2 py-1.5 text-lg"
        >
          {options.map((i) => (
            <option key={i} value={i}>
              Step {i + 1}
            </option>
          ))}
        </select>
      </div>
      <Button variant="secondary" className={small} onClick={() => onMove(chosen)}>
        Move question {code}
      </Button>
    </div>
  );
}
