import type { ReactNode } from "react";

export type Choice = { value: string; label: ReactNode; hint?: ReactNode };

/**
 * GOV.UK radios and checkboxes: one fieldset whose legend asks the question, a hint and error
 * described by the fieldset, and a hint per item. The first input's id is the field name, so the
 * error summary's link lands on it.
 */
export function Choices({
  type,
  name,
  legend,
  hint,
  errors,
  choices,
  defaultValue,
}: {
  type: "radio" | "checkbox";
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  choices: Choice[];
  defaultValue?: string | string[];
}) {
  const invalid = Boolean(errors?.length);
  const selected = new Set(
    defaultValue === undefined ? [] : Array.isArray(defaultValue) ? defaultValue : [defaultValue],
  );
  const describedBy =
    [hint ? `${name}-hint` : null, invalid ? `${name}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className={invalid ? "border-l-4 border-[#d4351c] pl-4" : undefined}>
      <fieldset aria-describedby={describedBy} className="space-y-2">
        <legend className="mb-1 text-lg font-bold">{legend}</legend>
        {hint ? (
          <div id={`${name}-hint`} className="text-muted">
            {hint}
          </div>
        ) : null}
        {invalid ? (
          <p id={`${name}-error`} className="font-bold text-[#d4351c]">
            <span className="sr-only">Error: </span>
            {errors?.join(". ")}
          </p>
        ) : null}
        <div className="space-y-3">
          {choices.map((choice, index) => {
            const id = index === 0 ? name : `${name}-${choice.value}`;
            return (
              <div key={choice.value} className="flex items-start gap-3">
                <input
                  id={id}
                  type={type}
                  name={name}
                  value={choice.value}
                  defaultChecked={selected.has(choice.value)}
                  aria-describedby={choice.hint ? `${id}-item-hint` : undefined}
                  className="mt-0.5 h-7 w-7 shrink-0 accent-ink"
                />
                <div>
                  <label htmlFor={id} className="text-lg">
                    {choice.label}
                  </label>
                  {choice.hint ? (
                    <div id={`${id}-item-hint`} className="text-muted">
                      {choice.hint}
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
