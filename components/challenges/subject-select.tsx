import type { SubjectGroup } from "@/lib/data/challenges";

/**
 * "What the challenge is about": one select with a group per step, each offering the whole step
 * and then its questions. Wired like the shared Field (label, hint, error, aria), which has no
 * option groups.
 */
export function SubjectSelect({
  name,
  label,
  hint,
  errors,
  groups,
  defaultValue,
}: {
  name: string;
  label: string;
  hint: string;
  errors?: string[];
  groups: SubjectGroup[];
  defaultValue?: string;
}) {
  const invalid = Boolean(errors?.length);
  const describedBy = [`${name}-hint`, invalid ? `${name}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`space-y-1 ${invalid ? "border-l-4 border-[#d4351c] pl-4" : ""}`}>
      <label htmlFor={name} className="block text-lg font-bold">
        {label}
      </label>
      <div id={`${name}-hint`} className="text-muted">
        {hint}
      </div>
      {invalid ? (
        <p id={`${name}-error`} className="font-bold text-rag-red">
          <span className="sr-only">Error: </span>
          {errors?.join(". ")}
        </p>
      ) : null}
      <select
        id={name}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={`block w-full max-w-2xl border-2 ${invalid ? "border-[#d4351c]" : "border-ink"} bg-white px-2 py-1.5 text-lg`}
      >
        <option value="">Select a step or question</option>
        {groups.map((group) => (
          <optgroup key={group.step.value} label={group.label}>
            <option value={group.step.value}>{group.step.label}</option>
            {group.questions.map((q) => (
              <option key={q.value} value={q.value}>
                {q.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
