import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";

type Common = { name: string; label: ReactNode; hint?: ReactNode; errors?: string[] };

function describedBy(name: string, hint: unknown, errors?: string[]) {
  return (
    [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined
  );
}

function Wrapper({ name, label, hint, errors, children }: Common & { children: ReactNode }) {
  const invalid = Boolean(errors?.length);
  return (
    <div className={`space-y-1 ${invalid ? "border-l-4 border-[#d4351c] pl-4" : ""}`}>
      <label htmlFor={name} className="block text-lg font-bold">
        {label}
      </label>
      {hint ? (
        <div id={`${name}-hint`} className="text-muted">
          {hint}
        </div>
      ) : null}
      {invalid ? (
        <p id={`${name}-error`} className="font-bold text-rag-red">
          <span className="sr-only">Error: </span>
          {errors?.join(". ")}
        </p>
      ) : null}
      {children}
    </div>
  );
}

const control = (invalid: boolean) =>
  `block w-full border-2 ${invalid ? "border-[#d4351c]" : "border-ink"} bg-white px-2 py-1.5 text-lg`;

/** The one labelled input: label, hint, error and aria wiring in one place (GOV.UK pattern). */
export function TextField({
  name,
  label,
  hint,
  errors,
  className = "",
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Wrapper name={name} label={label} hint={hint} errors={errors}>
      <input
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={`${control(Boolean(errors?.length))} ${className}`}
        {...input}
      />
    </Wrapper>
  );
}

export function TextArea({
  name,
  label,
  hint,
  errors,
  ...input
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Wrapper name={name} label={label} hint={hint} errors={errors}>
      <textarea
        id={name}
        name={name}
        rows={5}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={control(Boolean(errors?.length))}
        {...input}
      />
    </Wrapper>
  );
}

export function Select({
  name,
  label,
  hint,
  errors,
  options,
  ...select
}: Common &
  SelectHTMLAttributes<HTMLSelectElement> & { options: Array<{ value: string; label: string }> }) {
  return (
    <Wrapper name={name} label={label} hint={hint} errors={errors}>
      <select
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={`${control(Boolean(errors?.length))} max-w-xl`}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}
