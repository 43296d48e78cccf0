"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { signInWithPassword } from "@/lib/actions/auth/sign-in";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { completeSignIn } from "./complete-sign-in";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [state, action] = useActionState(signInWithPassword, null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!state?.ok) return;
    const query = `?callbackUrl=${encodeURIComponent(callbackUrl)}`;
    if (state.data.next === "two-factor") router.push(`/sign-in/two-factor${query}`);
    else if (state.data.next === "set-up-two-factor")
      router.push(`/sign-in/set-up-two-factor${query}`);
    else void completeSignIn(callbackUrl).then(setError);
  }, [state, callbackUrl, router]);

  const failure = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="max-w-xl space-y-6">
      <ErrorSummary
        message={error ?? failure?.message}
        fieldErrors={failure?.fieldErrors}
        labels={{ email: "Email address", password: "Password" }}
      />
      <TextField
        name="email"
        label="Email address"
        type="email"
        autoComplete="username"
        spellCheck={false}
        errors={failure?.fieldErrors?.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        errors={failure?.fieldErrors?.password}
      />
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      <p>
        <Link href="/forgot-password" className="text-brand underline">
          I have forgotten my password
        </Link>
      </p>
    </form>
  );
}
