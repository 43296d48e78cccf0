"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { addEvidence, type AddedEvidence } from "@/lib/actions/evidence/add-evidence";
import type { ActionResult } from "@/lib/actions/safe-action";
import { NATURE_LABELS } from "@/lib/domain/evidence-kinds";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/domain/uploads";

export const CHILD_DATA_REMINDER =
  "Do not upload anything that identifies a child (names, dates of birth, addresses or case numbers). Use anonymised or aggregate evidence.";

const ACCEPT = ".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.csv,.txt";

type Submitted = { result: ActionResult<AddedEvidence>; values: FormData; attempt: number };

const invalidBox = (invalid: boolean) => (invalid ? "border-l-4 border-[#d4351c] pl-4" : "");
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

const describedBy = (...ids: Array<string | false | 0 | undefined>) =>
  ids.filter(Boolean).join(" ") || undefined;

function Radios({
  id,
  name,
  legend,
  hint,
  errors,
  options,
  value,
  onChange,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  options: Array<{ value: string; label: string; hint?: string }>;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const invalid = Boolean(errors?.length);
  return (
    <div className={invalidBox(invalid)}>
      <fieldset
        className="space-y-2"
        aria-describedby={describedBy(hint ? `${id}-hint` : false, invalid && `${id}-error`)}
      >
        <legend className="mb-1 text-lg font-bold">{legend}</legend>
        {hint ? (
          <div id={`${id}-hint`} className="text-muted">
            {hint}
          </div>
        ) : null}
        <ErrorText id={`${id}-error`} errors={errors} />
        <div className="space-y-3">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div key={option.value} className="flex items-start gap-3">
                <input
                  id={optionId}
                  type="radio"
                  name={name}
                  value={option.value}
                  {...(onChange
                    ? { checked: value === option.value, onChange: () => onChange(option.value) }
                    : { defaultChecked: value === option.value })}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                  className="mt-0.5 h-7 w-7 shrink-0 accent-ink"
                />
                <div>
                  <label htmlFor={optionId} className="text-lg">
                    {option.label}
                  </label>
                  {option.hint ? (
                    <div id={`${optionId}-item-hint`} className="text-muted">
                      {option.hint}
                    </div>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * Adds a link or a file to the partnership's evidence library. Reusable: on the library page and,
 * on a step page, inside a question's "Add new evidence" disclosure (`onAdded` then cites the new
 * item). `idPrefix` keeps the ids of several forms on one page apart. It is a <form> of its own,
 * so it must not be placed inside another form.
 */
export function AddEvidenceForm({
  partnershipId,
  idPrefix = "add-evidence",
  onAdded,
  addedNote = "",
}: {
  partnershipId: string;
  idPrefix?: string;
  onAdded?: (item: AddedEvidence) => void;
  /** Appended to the success message, e.g. " It is cited for this question." */
  addedNote?: string;
}) {
  const added = useRef(onAdded);
  useEffect(() => {
    added.current = onAdded;
  }, [onAdded]);

  const [state, formAction] = useActionState(
    async (previous: Submitted | null, form: FormData): Promise<Submitted> => {
      const attempt = (previous?.attempt ?? 0) + 1;
      const file = form.get("file");
      // Checked here too so a large file is not sent at all; the server checks again.
      if (form.get("kind") === "DOCUMENT" && file instanceof File && file.size > MAX_UPLOAD_BYTES)
        return {
          result: {
            ok: false,
            message: "The file was not added.",
            fieldErrors: { file: [UPLOAD_MESSAGES.tooLarge] },
          },
          values: form,
          attempt,
        };
      const result: ActionResult<AddedEvidence> = await addEvidence(null, form).catch(() => ({
        ok: false as const,
        message:
          "The evidence could not be added: the service could not be reached. Check your connection and try again.",
      }));
      if (result.ok) added.current?.(result.data);
      return { result, values: form, attempt };
    },
    null,
  );
  const failure = state && !state.result.ok ? state.result : null;
  const success = state?.result.ok ? state.result.data : null;
  const errors = failure?.fieldErrors ?? {};
  const value = (name: string) => {
    const v = failure ? state?.values.get(name) : undefined;
    return typeof v === "string" ? v : undefined;
  };
  const [kind, setKind] = useState("");
  const id = (name: string) => `${idPrefix}-${name}`;
  const summaryErrors = failure?.fieldErrors
    ? Object.fromEntries(Object.entries(failure.fieldErrors).map(([k, v]) => [id(k), v]))
    : undefined;
  const dateInvalid = Boolean(errors.evidenceDate?.length);

  return (
    <div className="space-y-4">
      {success ? (
        <p role="status" className="border-l-4 border-[#00703c] bg-white py-2 pl-3 font-bold">
          ‘{success.title}’ was added to the evidence library.{addedNote}
        </p>
      ) : null}
      <form key={state?.attempt ?? 0} action={formAction} noValidate className="space-y-6">
        <ErrorSummary message={failure?.message} fieldErrors={summaryErrors} />
        <div className="flex items-start gap-4">
          <span
            aria-hidden="true"
            className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-ink text-2xl font-bold text-white"
          >
            !
          </span>
          <p className="text-lg font-bold">
            <span className="sr-only">Warning: </span>
            {CHILD_DATA_REMINDER}
          </p>
        </div>
        <input type="hidden" name="partnershipId" value={partnershipId} />
        <Radios
          id={id("kind")}
          name="kind"
          legend="What are you adding?"
          errors={errors.kind}
          value={kind}
          onChange={setKind}
          options={[
            { value: "LINK", label: "A link to a web page or online document" },
            { value: "DOCUMENT", label: "A file from your computer" },
          ]}
        />
        {kind === "LINK" ? (
          <div className={`space-y-1 ${invalidBox(Boolean(errors.url?.length))}`}>
            <label htmlFor={id("url")} className="block text-lg font-bold">
              Link
            </label>
            <div id={id("url-hint")} className="text-muted">
              The full address, starting with https://
            </div>
            <ErrorText id={id("url-error")} errors={errors.url} />
            <input
              id={id("url")}
              name="url"
              type="url"
              spellCheck={false}
              autoComplete="off"
              defaultValue={value("url")}
              aria-invalid={errors.url?.length ? true : undefined}
              aria-describedby={describedBy(id("url-hint"), errors.url?.length && id("url-error"))}
              className={control(Boolean(errors.url?.length))}
            />
          </div>
        ) : null}
        {kind === "DOCUMENT" ? (
          <div className={`space-y-1 ${invalidBox(Boolean(errors.file?.length))}`}>
            <label htmlFor={id("file")} className="block text-lg font-bold">
              File
            </label>
            <div id={id("file-hint")} className="text-muted">
              A PDF, Word, Excel, PowerPoint, PNG, JPEG, CSV or text file, smaller than 10 MB.
              {failure && errors.file ? " Select the file again." : ""}
            </div>
            <ErrorText id={id("file-error")} errors={errors.file} />
            <input
              id={id("file")}
              name="file"
              type="file"
              accept={ACCEPT}
              aria-invalid={errors.file?.length ? true : undefined}
              aria-describedby={describedBy(
                id("file-hint"),
                errors.file?.length && id("file-error"),
              )}
              className="block text-lg file:mr-4 file:border-2 file:border-ink file:bg-white file:px-3 file:py-1"
            />
          </div>
        ) : null}
        <div className={`space-y-1 ${invalidBox(Boolean(errors.title?.length))}`}>
          <label htmlFor={id("title")} className="block text-lg font-bold">
            Title
          </label>
          <ErrorText id={id("title-error")} errors={errors.title} />
          <input
            id={id("title")}
            name="title"
            maxLength={200}
            defaultValue={value("title")}
            aria-invalid={errors.title?.length ? true : undefined}
            aria-describedby={errors.title?.length ? id("title-error") : undefined}
            className={control(Boolean(errors.title?.length))}
          />
        </div>
        <Radios
          id={id("nature")}
          name="nature"
          legend="What does it show?"
          errors={errors.nature}
          value={value("nature")}
          options={[
            {
              value: "OUTCOME",
              label: NATURE_LABELS.OUTCOME,
              hint: "What changed for children and families, such as audit findings or what children said.",
            },
            {
              value: "PROCESS",
              label: NATURE_LABELS.PROCESS,
              hint: "That a process is in place, such as a policy, terms of reference or minutes.",
            },
          ]}
        />
        <div className={invalidBox(dateInvalid)}>
          <fieldset
            role="group"
            aria-describedby={describedBy(id("date-hint"), dateInvalid && id("evidenceDate-error"))}
          >
            <legend className="mb-1 text-lg font-bold">Date of the evidence</legend>
            <div id={id("date-hint")} className="text-muted">
              When the report was published, the meeting held or the data collected. For example, 27
              3 2026
            </div>
            <ErrorText id={id("evidenceDate-error")} errors={errors.evidenceDate} />
            <div className="mt-2 flex flex-wrap gap-4">
              {(
                [
                  ["day", "Day", "w-16", 2],
                  ["month", "Month", "w-16", 2],
                  ["year", "Year", "w-24", 4],
                ] as const
              ).map(([part, label, width, length]) => {
                const inputId = part === "day" ? id("evidenceDate") : id(`evidenceDate-${part}`);
                return (
                  <div key={part}>
                    <label htmlFor={inputId} className="block">
                      {label}
                    </label>
                    <input
                      id={inputId}
                      name={`evidenceDate-${part}`}
                      inputMode="numeric"
                      maxLength={length}
                      autoComplete="off"
                      defaultValue={value(`evidenceDate-${part}`)}
                      aria-invalid={dateInvalid || undefined}
                      className={`${control(dateInvalid)} ${width}`}
                    />
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        <div className={`space-y-1 ${invalidBox(Boolean(errors.description?.length))}`}>
          <label htmlFor={id("description")} className="block text-lg font-bold">
            Description (optional)
          </label>
          <div id={id("description-hint")} className="text-muted">
            What it shows and where it comes from.
          </div>
          <ErrorText id={id("description-error")} errors={errors.description} />
          <textarea
            id={id("description")}
            name="description"
            rows={3}
            defaultValue={value("description")}
            aria-invalid={errors.description?.length ? true : undefined}
            aria-describedby={describedBy(
              id("description-hint"),
              errors.description?.length && id("description-error"),
            )}
            className={control(Boolean(errors.description?.length))}
          />
        </div>
        <SubmitButton pendingText="Adding evidence…">Add evidence</SubmitButton>
      </form>
    </div>
  );
}
