import type { Metadata } from "next";
import Link from "next/link";
import { ProfileForm } from "@/components/arrangements/profile-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getProfileForEdit } from "@/lib/data/arrangements";

export const metadata: Metadata = { title: "Change the partnership profile" };

export default async function EditProfilePage({
  params,
}: {
  params: Promise<{ partnershipId: string }>;
}) {
  const { partnershipId } = await params;
  const { membership } = await requirePageAccess(partnershipId, "profile.edit");
  const profile = await getProfileForEdit(partnershipId);
  return (
    <>
      <Link
        href={`/partnerships/${partnershipId}/profile`}
        className="mb-6 inline-block text-brand underline"
      >
        Back to the partnership profile
      </Link>
      <PageHeading caption={membership.partnershipName}>Change the partnership profile</PageHeading>
      <p className="mb-8 max-w-3xl">
        The statutory safeguarding partners’ leads come from the members’ governance designations:
        change them on the{" "}
        <Link href={`/partnerships/${partnershipId}/members`} className="text-brand underline">
          members page
        </Link>
        .
      </p>
      <ProfileForm partnershipId={partnershipId} profile={profile} />
    </>
  );
}
