"use client";

import Link from "next/link";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { acceptInvitation } from "@/lib/actions/auth/accept-invitation";
import { useFormAction } from "./use-form-action";

const LABELS = { name: "Full name", password: "Password", confirmPassword: "Confirm password" };

/** Joins the partnership; creates the account first when there is none for the invited email. */
export function AcceptInvitationForm({
  token,
  email,
  suggestedName,
  hasAccount,
}: {
  token: string;
  email: string;
  suggestedName: string | null;
  hasAccount: boolean;
}) {
  const form = useFormAction(acceptInvitation);
  if (form.success) {
    return (
      <Notice title={`You have joined ${form.success.data.partnershipName}`} tone="success">
        <p>
          {form.success.data.newAccount
            ? "Your account is ready. Sign in with your email address and the password you chose."
            : "Sign in as usual to see the partnership."}
        </p>
        <p>
          <Link href="/sign-in" className="font-bold text-brand underline">
            Sign in to Six Steps
          </Link>
        </p>
      </Notice>
    );
  }
  const errors = form.failure?.fieldErrors;
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-xl space-y-6">
      <ErrorSummary message={form.failure?.message} fieldErrors={errors} labels={LABELS} />
      <input type="hidden" name="token" value={token} />
      {hasAccount ? (
        <p>
          You already have a Six Steps account as <strong>{email}</strong>. Accepting adds this
          partnership to it; you then sign in as usual.
        </p>
      ) : (
        <>
          <p>
            Create your account for <strong>{email}</strong>.
          </p>
          <TextField
            name="name"
            label={LABELS.name}
            autoComplete="name"
            defaultValue={form.value("name") ?? suggestedName ?? ""}
            errors={errors?.name}
          />
          <TextField
            name="password"
            label={LABELS.password}
            hint="At least 12 characters. Three or four unrelated words make a strong password that is easy to remember."
            type="password"
            autoComplete="new-password"
            errors={errors?.password}
          />
          <TextField
            name="confirmPassword"
            label={LABELS.confirmPassword}
            type="password"
            autoComplete="new-password"
            errors={errors?.confirmPassword}
          />
        </>
      )}
      <SubmitButton pendingText="Accepting…">
        {hasAccount ? "Accept invitation" : "Create account and accept"}
      </SubmitButton>
    </form>
  );
}
