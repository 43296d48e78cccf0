"use client";

import { useEffect, useRef } from "react";

/**
 * GOV.UK error summary: at the top of the form, focused when it appears, each message linking to
 * its field. `fieldErrors` keys are field names (the inputs' ids).
 */
export function ErrorSummary({
  message,
  fieldErrors,
  labels = {},
}: {
  message?: string;
  fieldErrors?: Record<string, string[]>;
  labels?: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fieldErrors ?? {});
  const visible = Boolean(message) || entries.length > 0;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, message, fieldErrors]);
  if (!visible) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-[#d4351c] p-4"
    >
      <h2 id="error-summary-title" className="text-2xl font-bold">
        There is a problem
      </h2>
      <ul className="mt-2 space-y-1">
        {message && entries.length === 0 ? (
          <li className="font-bold text-rag-red">{message}</li>
        ) : null}
        {entries.map(([field, errors]) => (
          <li key={field}>
            <a href={`#${field}`} className="font-bold text-rag-red underline">
              {labels[field] ? `${labels[field]}: ` : ""}
              {errors.join(". ")}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
