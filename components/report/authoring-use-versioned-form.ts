"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import type { ActionResult } from "@/lib/actions/safe-action";

/**
 * useFormAction for a versioned save (lib/actions/report). When someone else saved first the
 * action answers with what is stored now: the form keeps what this person typed and offers two
 * ways on — save theirs over it ("Keep my version", which sends the stored version) or "Use the
 * saved version" (`takeSaved`), which puts the stored text back in the form.
 *
 * `conflictMessage` recognises a conflict whose stored value is empty (no narrative saved yet),
 * which the action wrapper sends without a `conflict` field.
 */
export function useVersionedForm<T, Stored>(
  action: (previous: unknown, form: FormData) => Promise<ActionResult<T>>,
  conflictMessage: string,
) {
  const router = useRouter();
  const form = useFormAction(action);
  const [taken, setTaken] = useState<{ attempt: number; stored: Stored | null } | null>(null);
  const tookSaved = taken !== null && taken.attempt === form.attempt;
  const failure = tookSaved ? null : form.failure;
  const conflict =
    failure && ("conflict" in failure || failure.message === conflictMessage)
      ? { message: failure.message, stored: (failure.conflict ?? null) as Stored | null }
      : null;
  return {
    ...form,
    failure,
    /** After a conflict: what is stored now (null when nothing is). */
    conflict,
    /** "Use the saved version" was chosen: the stored value the form now starts from. */
    saved: tookSaved ? { stored: taken.stored } : null,
    takeSaved: () => {
      if (!conflict) return;
      setTaken({ attempt: form.attempt, stored: conflict.stored });
      router.refresh();
    },
    /** Remounts the form after each attempt and when the saved version is taken. */
    key: `${form.attempt}-${tookSaved ? "saved" : "sent"}`,
  };
}

export type Problem = { href: string; text: string };

/**
 * The error summary's contents for one of several forms: each field error links to its field's
 * id; errors on fields the person cannot fix (a stale version, say) become the summary's message.
 */
export function problemsOf(
  failure: { message: string; fieldErrors?: Record<string, string[]> } | null,
  fieldIds: Record<string, string>,
): { message?: string; problems: Problem[] } {
  if (!failure) return { problems: [] };
  const problems: Problem[] = [];
  const other: string[] = [];
  for (const [field, messages] of Object.entries(failure.fieldErrors ?? {})) {
    const id = fieldIds[field];
    if (id) problems.push(...messages.map((text) => ({ href: `#${id}`, text })));
    else other.push(...messages);
  }
  if (problems.length === 0 && other.length === 0) return { message: failure.message, problems };
  return { message: other.length ? other.join(". ") : undefined, problems };
}
