"use client";

import { useActionState, useEffect, useState } from "react";
import { verifyTwoFactor } from "@/lib/actions/auth/sign-in";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { completeSignIn } from "./complete-sign-in";

export function TwoFactorForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(verifyTwoFactor, null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (state?.ok) void completeSignIn(callbackUrl).then(setError);
  }, [state, callbackUrl]);
  const failure = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl space-y-6">
      <ErrorSummary
        message={error ?? failure?.message}
        fieldErrors={failure?.fieldErrors}
        labels={{ code: "Code" }}
      />
      <TextField
        name="code"
        label="Code from your authenticator app"
        hint="The 6-digit code, or one of your recovery codes (like k7pq-4mzx)."
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
        className="max-w-xs"
        errors={failure?.fieldErrors?.code}
      />
      <SubmitButton pendingText="Checking…">Continue</SubmitButton>
    </form>
  );
}
