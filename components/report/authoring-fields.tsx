import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/**
 * The labelled textarea and radios of components/ui/{field,choices}.tsx for pages with several
 * forms: the ids are given (prefixed per form) rather than taken from the field's name, so two
 * forms never share an id and each error summary links to its own field.
 */

/** "You can enter up to 10,000 characters." */
export function limitHint(max: number): string {
  return `You can enter up to ${max.toLocaleString("en-GB")} characters.`;
}

const describedBy = (id: string, hint: unknown, invalid: boolean) =>
  [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") ||
  undefined;

function ErrorLine({ id, errors }: { id: string; errors: string[] }) {
  return (
    <p id={`${id}-error`} className="font-bold text-rag-red">
      <span className="sr-only">Error: </span>
      {errors.join(". ")}
    </p>
  );
}

export function AuthoringTextArea({
  id,
  name,
  label,
  hint,
  errors,
  ...textarea
}: {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">) {
  const invalid = Boolean(errors?.length);
  return (
    <div className={`space-y-1 ${invalid ? "border-l-4 border-[#d4351c] pl-4" : ""}`}>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="text-muted">
          {hint}
        </div>
      ) : null}
      {invalid ? <ErrorLine id={id} errors={errors!} /> : null}
      <textarea
        id={id}
        name={name}
        rows={6}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(id, hint, invalid)}
        className={`block w-full border-2 ${invalid ? "border-[#d4351c]" : "border-ink"} bg-white px-2 py-1.5 text-lg`}
        {...textarea}
      />
    </div>
  );
}

/** GOV.UK radios: a fieldset whose legend asks the question; the first radio's id is `id`. */
export function AuthoringRadios({
  id,
  name,
  legend,
  hint,
  errors,
  choices,
  defaultValue,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  choices: Array<{ value: string; label: string }>;
  defaultValue?: string;
}) {
  const invalid = Boolean(errors?.length);
  return (
    <div className={invalid ? "border-l-4 border-[#d4351c] pl-4" : undefined}>
      <fieldset aria-describedby={describedBy(id, hint, invalid)} className="space-y-2">
        <legend className="mb-1 text-lg font-bold">{legend}</legend>
        {hint ? (
          <div id={`${id}-hint`} className="text-muted">
            {hint}
          </div>
        ) : null}
        {invalid ? <ErrorLine id={id} errors={errors!} /> : null}
        {choices.map((choice, index) => {
          const inputId = index === 0 ? id : `${id}-${choice.value}`;
          return (
            <div key={choice.value} className="flex items-center gap-3">
              <input
                id={inputId}
                type="radio"
                name={name}
                value={choice.value}
                defaultChecked={defaultValue === choice.value}
                className="h-7 w-7 shrink-0 accent-ink"
              />
              <label htmlFor={inputId} className="text-lg">
                {choice.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

export function AuthoringSelect({
  id,
  name,
  label,
  hint,
  errors,
  options,
  ...select
}: {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  options: Array<{ value: string; label: string }>;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name">) {
  const invalid = Boolean(errors?.length);
  return (
    <div className={`space-y-1 ${invalid ? "border-l-4 border-[#d4351c] pl-4" : ""}`}>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="text-muted">
          {hint}
        </div>
      ) : null}
      {invalid ? <ErrorLine id={id} errors={errors!} /> : null}
      <select
        id={id}
        name={name}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(id, hint, invalid)}
        className={`block w-full max-w-xl border-2 ${invalid ? "border-[#d4351c]" : "border-ink"} bg-white px-2 py-1.5 text-lg`}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
