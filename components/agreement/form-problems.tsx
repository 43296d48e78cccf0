"use client";

import { useEffect, useRef } from "react";

/**
 * A GOV.UK error summary for one of several forms on a page: its ids are prefixed so two summaries
 * never clash, it is focused when it appears, and each problem links to where it is fixed.
 */
export function FormProblems({
  idPrefix,
  message,
  problems,
}: {
  idPrefix: string;
  message?: string;
  problems: Array<{ href: string; text: string }>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = Boolean(message) || problems.length > 0;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, message, problems.length]);
  if (!visible) return null;
  const title = `${idPrefix}-problem-title`;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={title}
      className="mb-6 border-4 border-[#d4351c] p-4"
    >
      <h2 id={title} className="text-xl font-bold">
        There is a problem
      </h2>
      {message ? <p className="font-bold">{message}</p> : null}
      {problems.length > 0 ? (
        <ul className="mt-2 space-y-1">
          {problems.map((problem) => (
            <li key={`${problem.href}${problem.text}`}>
              <a href={problem.href} className="font-bold text-rag-red underline">
                {problem.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
