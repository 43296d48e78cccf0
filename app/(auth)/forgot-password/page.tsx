import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <PageHeading caption="Sign in">Reset your password</PageHeading>
      <p className="mb-6 max-w-xl">
        Enter the email address you use for Six Steps. We will send you a link to choose a new
        password.
      </p>
      <ForgotPasswordForm />
    </>
  );
}
