"use client";

import Link from "next/link";
import { useActionState } from "react";
import { resetPassword } from "@/lib/actions/auth/password-reset";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

const LABELS = { password: "New password", confirmPassword: "Confirm new password" };

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(resetPassword, null);
  if (state?.ok) {
    return (
      <div className="max-w-xl space-y-6">
        <Notice title="Password saved" tone="success">
          <p>{state.message}</p>
          <p>For your security, anyone signed in to your account elsewhere has been signed out.</p>
        </Notice>
        <p>
          <Link href="/sign-in" className="text-brand underline">
            Sign in
          </Link>
        </p>
      </div>
    );
  }
  const failure = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl space-y-6">
      <ErrorSummary message={failure?.message} fieldErrors={failure?.fieldErrors} labels={LABELS} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers save the new password against the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="password"
        label={LABELS.password}
        hint="At least 12 characters. A few unrelated words together are easy to remember and hard to guess. Do not use your email address."
        type="password"
        autoComplete="new-password"
        errors={failure?.fieldErrors?.password}
      />
      <TextField
        name="confirmPassword"
        label={LABELS.confirmPassword}
        type="password"
        autoComplete="new-password"
        errors={failure?.fieldErrors?.confirmPassword}
      />
      <SubmitButton pendingText="Saving…">Save password</SubmitButton>
      <p>
        Link not working?{" "}
        <Link href="/forgot-password" className="text-brand underline">
          Ask for a new link
        </Link>
      </p>
    </form>
  );
}
