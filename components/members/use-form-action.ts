"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";

type Submitted<T> = { result: ActionResult<T>; values: FormData; attempt: number };

/**
 * useActionState that also keeps what was sent. React resets a form after its action runs; forms
 * render `key={attempt}` and take their defaults from `value(name)`, so a person who made a
 * mistake sees what they typed next to the error instead of an empty form.
 */
export function useFormAction<T>(
  action: (previous: unknown, form: FormData) => Promise<ActionResult<T>>,
) {
  const [state, formAction, pending] = useActionState(
    async (previous: Submitted<T> | null, form: FormData): Promise<Submitted<T>> => ({
      result: await action(null, form),
      values: form,
      attempt: (previous?.attempt ?? 0) + 1,
    }),
    null,
  );
  const failure = state && !state.result.ok ? state.result : null;
  const success = state?.result.ok ? state.result : null;
  return {
    formAction,
    pending,
    failure,
    success,
    attempt: state?.attempt ?? 0,
    value: (name: string) => {
      const value = state?.values.get(name);
      return typeof value === "string" ? value : undefined;
    },
    values: (name: string) =>
      state?.values.getAll(name).filter((v): v is string => typeof v === "string"),
  };
}
