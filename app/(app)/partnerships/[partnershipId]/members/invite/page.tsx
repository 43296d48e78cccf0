import type { Metadata } from "next";
import Link from "next/link";
import { InviteMemberForm } from "@/components/members/invite-member-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getOrganisationChoices } from "@/lib/data/members";

export const metadata: Metadata = { title: "Invite a member" };

export default async function InviteMemberPage({
  params,
}: {
  params: Promise<{ partnershipId: string }>;
}) {
  const { partnershipId } = await params;
  await requirePageAccess(partnershipId, "members.manage");
  const organisations = await getOrganisationChoices(partnershipId);
  const membersUrl = `/partnerships/${partnershipId}/members`;
  return (
    <>
      <Link href={membersUrl} className="mb-6 inline-block text-brand underline">
        Back to members
      </Link>
      <PageHeading caption="Members">Invite a member</PageHeading>
      <p className="mb-8 max-w-2xl">
        We will email them a link to join. To invite several people at once,{" "}
        <Link href={`${membersUrl}/invite/csv`} className="text-brand underline">
          invite from a CSV file
        </Link>
        .
      </p>
      <InviteMemberForm partnershipId={partnershipId} organisations={organisations} />
    </>
  );
}
