"use client";

import { useActionState, useState } from "react";
import { confirmTwoFactor } from "@/lib/actions/auth/sign-in";
import { Button, SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { completeSignIn } from "./complete-sign-in";

export function TwoFactorSetupForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(confirmTwoFactor, null);
  const [error, setError] = useState<string | null>(null);
  if (state?.ok) {
    return (
      <div className="max-w-xl space-y-6">
        <Notice title="Two-factor authentication is on" tone="success">
          <p>
            Keep these recovery codes somewhere safe. Each one signs you in once if you lose your
            phone. They are shown only now.
          </p>
        </Notice>
        <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-2 font-mono text-lg">
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        {error ? <ErrorSummary message={error} /> : null}
        <Button onClick={() => void completeSignIn(callbackUrl).then(setError)}>
          I have saved my recovery codes
        </Button>
      </div>
    );
  }
  const failure = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl space-y-6">
      <ErrorSummary
        message={failure?.message}
        fieldErrors={failure?.fieldErrors}
        labels={{ code: "Code" }}
      />
      <TextField
        name="code"
        label="Code from your authenticator app"
        hint="After adding Six Steps to the app, enter the 6-digit code it shows."
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
        className="max-w-xs"
        errors={failure?.fieldErrors?.code}
      />
      <SubmitButton pendingText="Checking…">Turn on two-factor authentication</SubmitButton>
    </form>
  );
}
