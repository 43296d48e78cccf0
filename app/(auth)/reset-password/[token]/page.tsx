import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { PageHeading } from "@/components/ui/page-heading";
import { findLivePasswordToken } from "@/lib/auth/password-tokens";

// The token is in the address: never send it to another site as a referrer.
export const metadata: Metadata = { title: "Choose a password", referrer: "no-referrer" };

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  // Only looked at here: opening the link (or a mail scanner fetching it) does not use it up.
  const live = await findLivePasswordToken(token);
  if (!live) {
    return (
      <div className="max-w-xl space-y-4">
        <PageHeading>This link has expired or has already been used</PageHeading>
        <p>
          Links to reset a password work once, for 1 hour. Links to set your password for a new
          account work once, for 7 days.
        </p>
        <p>
          <Link href="/forgot-password" className="text-brand underline">
            Ask for a new link
          </Link>
        </p>
        <p>
          If your account is new and you have never set a password, ask your site administrator or
          business manager to send you a new invitation.
        </p>
      </div>
    );
  }
  const isNewAccount = live.purpose === "SET_PASSWORD";
  return (
    <>
      <PageHeading caption={live.email}>
        {isNewAccount ? "Set your password" : "Reset your password"}
      </PageHeading>
      <p className="mb-6 max-w-xl">
        {isNewAccount
          ? "Choose a password for your new Six Steps account."
          : "Choose a new password. When you save it, you will be signed out everywhere you are signed in."}
      </p>
      <ResetPasswordForm token={token} email={live.email} />
    </>
  );
}
