import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { PageHeading } from "@/components/ui/page-heading";
import { ROLE_LABELS } from "@/lib/authz/permissions";
import { getInvitationByToken } from "@/lib/data/invitations";
import { CLOSED_INVITATION_MESSAGES, UNKNOWN_INVITATION_MESSAGE } from "@/lib/domain/invitations";

export const metadata: Metadata = { title: "Your invitation", referrer: "no-referrer" };

const CLOSED_HEADINGS = {
  unknown: "This invitation link is not valid",
  expired: "This invitation has expired",
  revoked: "This invitation has been withdrawn",
  accepted: "This invitation has already been used",
} as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitationByToken(token);
  if (invitation.state !== "open") {
    return (
      <div className="max-w-2xl space-y-4">
        <PageHeading>{CLOSED_HEADINGS[invitation.state]}</PageHeading>
        <p>
          {invitation.state === "unknown"
            ? UNKNOWN_INVITATION_MESSAGE
            : CLOSED_INVITATION_MESSAGES[invitation.state]}
        </p>
        <p>
          <Link href="/sign-in" className="text-brand underline">
            Go to sign in
          </Link>
        </p>
      </div>
    );
  }
  const role = ROLE_LABELS[invitation.role].toLowerCase();
  return (
    <>
      <PageHeading caption="Six Steps">Join {invitation.partnershipName}</PageHeading>
      <p className="mb-6 max-w-2xl text-lg">
        You have been invited to join {invitation.partnershipName} as{" "}
        {/^[aeiou]/.test(role) ? "an" : "a"} <strong>{role}</strong>
        {invitation.organisationName ? ` for ${invitation.organisationName}` : ""}.
      </p>
      <AcceptInvitationForm
        token={token}
        email={invitation.email}
        suggestedName={invitation.name}
        hasAccount={invitation.hasAccount}
      />
    </>
  );
}
