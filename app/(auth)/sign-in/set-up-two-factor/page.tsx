import type { Metadata } from "next";
import Link from "next/link";
import QRCode from "qrcode";
import { TwoFactorSetupForm } from "@/components/auth/two-factor-setup-form";
import { PageHeading } from "@/components/ui/page-heading";
import { beginTwoFactorSetup } from "@/lib/auth/sign-in";
import { safeCallbackUrl, ticketCookie } from "@/lib/auth/request";

export const metadata: Metadata = { title: "Set up two-factor authentication" };

export default async function SetUpTwoFactorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const setup = await beginTwoFactorSetup(await ticketCookie());
  if (!setup.ok) {
    return (
      <>
        <PageHeading>Set up two-factor authentication</PageHeading>
        <p className="mb-4">{setup.message}</p>
        <Link href="/sign-in" className="text-brand underline">
          Sign in again
        </Link>
      </>
    );
  }
  const qr = await QRCode.toString(setup.uri, { type: "svg", margin: 1, width: 200 });
  return (
    <>
      <PageHeading caption="Sign in">Set up two-factor authentication</PageHeading>
      <div className="mb-8 max-w-xl space-y-4">
        <p>
          Your role needs a second step at sign-in. Use an authenticator app on your phone, such as
          Microsoft Authenticator or Google Authenticator.
        </p>
        <ol className="list-decimal space-y-2 pl-6">
          <li>In the app, add an account and scan this QR code.</li>
          <li>Enter the 6-digit code the app then shows.</li>
        </ol>
        <div
          role="img"
          aria-label="QR code for your authenticator app"
          className="w-[200px] bg-white"
          dangerouslySetInnerHTML={{ __html: qr }}
        />
        <p>
          Cannot scan it? Enter this key in the app instead:{" "}
          <code className="break-all bg-white px-1 font-mono text-lg" data-testid="totp-secret">
            {setup.secret}
          </code>
        </p>
      </div>
      <TwoFactorSetupForm callbackUrl={callbackUrl} />
    </>
  );
}
