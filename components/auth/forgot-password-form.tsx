"use client";

import Link from "next/link";
import { useActionState } from "react";
import { requestPasswordReset } from "@/lib/actions/auth/password-reset";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(requestPasswordReset, null);
  if (state?.ok) {
    return (
      <div className="max-w-xl space-y-6">
        <Notice title="Check your email" tone="success">
          <p>{state.message}</p>
        </Notice>
        <p>No email after a few minutes? Check your junk folder. The email comes from Six Steps.</p>
        <p>
          <Link href="/sign-in" className="text-brand underline">
            Back to sign in
          </Link>
        </p>
      </div>
    );
  }
  const failure = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl space-y-6">
      <ErrorSummary
        message={failure?.message}
        fieldErrors={failure?.fieldErrors}
        labels={{ email: "Email address" }}
      />
      <TextField
        name="email"
        label="Email address"
        hint="The email address you sign in with."
        type="email"
        autoComplete="username"
        spellCheck={false}
        errors={failure?.fieldErrors?.email}
      />
      <SubmitButton pendingText="Sending…">Send me a link</SubmitButton>
      <p>
        <Link href="/sign-in" className="text-brand underline">
          Back to sign in
        </Link>
      </p>
    </form>
  );
}
