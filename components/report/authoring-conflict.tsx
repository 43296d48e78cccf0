"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { Button, SubmitButton } from "@/components/ui/button";

/**
 * Someone else saved first: why the save was refused and what is stored now, focused when it
 * appears so a screen reader hears it. What this person typed stays in the form below it.
 */
export function ConflictPanel({
  idPrefix,
  message,
  storedTitle,
  children,
}: {
  idPrefix: string;
  message: string;
  storedTitle: string;
  /** What is stored now. */
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${idPrefix}-conflict-title`}
      className="space-y-3 border-4 border-[#d4351c] p-4"
    >
      <p id={`${idPrefix}-conflict-title`} className="text-xl font-bold">
        Someone else saved a change first
      </p>
      <p>{message}</p>
      <div className="border-l-8 border-[#b1b4b6] bg-[#f3f2f1] p-4">
        <p className="font-bold">{storedTitle}</p>
        {children}
      </div>
      <p>
        Your version is still in the form below. Keep your version to save it over the one saved
        now, or use the saved version instead.
      </p>
    </div>
  );
}

/** The two ways on after a conflict, in place of the form's usual save button. */
export function ConflictButtons({
  onUseSaved,
  context,
}: {
  onUseSaved: () => void;
  context?: string;
}) {
  const suffix = context ? <span className="sr-only"> {context}</span> : null;
  return (
    <div className="flex flex-wrap items-center gap-4">
      <SubmitButton pendingText="Saving…">Keep my version{suffix}</SubmitButton>
      <Button variant="secondary" onClick={onUseSaved}>
        Use the saved version{suffix}
      </Button>
    </div>
  );
}

/** Saved text as it was written: line breaks kept. */
export function SavedText({ text, empty }: { text: string | null; empty: string }) {
  return text ? (
    <p className="whitespace-pre-line">{text}</p>
  ) : (
    <p className="text-muted">{empty}</p>
  );
}
