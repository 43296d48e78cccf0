import type { Metadata } from "next";
import { TwoFactorForm } from "@/components/auth/two-factor-form";
import { PageHeading } from "@/components/ui/page-heading";
import { safeCallbackUrl } from "@/lib/auth/request";

export const metadata: Metadata = { title: "Enter your security code" };

export default async function TwoFactorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  return (
    <>
      <PageHeading caption="Sign in">Enter your security code</PageHeading>
      <p className="mb-6 max-w-xl">
        Open the authenticator app on your phone and enter the code it shows for Six Steps.
      </p>
      <TwoFactorForm callbackUrl={callbackUrl} />
    </>
  );
}
