/**
 * The GOV.UK date input: day, month and year boxes in a fieldset whose legend asks the question.
 * The fields are named `<name>-day`, `-month`, `-year`; the day box's id is the name, so the error
 * summary's link lands on it.
 */
export function DateInput({
  name,
  legend,
  hint,
  errors,
  defaults,
}: {
  name: string;
  legend: string;
  hint?: string;
  errors?: string[];
  defaults: { day?: string; month?: string; year?: string };
}) {
  const invalid = Boolean(errors?.length);
  const describedBy =
    [hint ? `${name}-hint` : null, invalid ? `${name}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  const parts = [
    ["day", "Day", "w-16", 2],
    ["month", "Month", "w-16", 2],
    ["year", "Year", "w-24", 4],
  ] as const;
  return (
    <div className={invalid ? "border-l-4 border-[#d4351c] pl-4" : undefined}>
      <fieldset role="group" aria-describedby={describedBy}>
        <legend className="mb-1 text-lg font-bold">{legend}</legend>
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
        <div className="mt-2 flex flex-wrap gap-4">
          {parts.map(([part, label, width, length]) => {
            const id = part === "day" ? name : `${name}-${part}`;
            return (
              <div key={part}>
                <label htmlFor={id} className="block">
                  {label}
                </label>
                <input
                  id={id}
                  name={`${name}-${part}`}
                  inputMode="numeric"
                  maxLength={length}
                  autoComplete="off"
                  defaultValue={defaults[part]}
                  aria-invalid={invalid || undefined}
                  className={`block border-2 ${invalid ? "border-[#d4351c]" : "border-ink"} bg-white px-2 py-1.5 text-lg ${width}`}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
