import type { Metadata } from "next";
import Link from "next/link";
import { ProfileSummary } from "@/components/arrangements/profile-summary";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getProfile } from "@/lib/data/arrangements";

export const metadata: Metadata = { title: "Partnership profile" };

export default async function ProfilePage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { partnershipId } = await params;
  await requirePageAccess(partnershipId, "arrangements.view");
  const { profile, canEdit, canManageMembers } = await getProfile(partnershipId);
  const { saved } = await searchParams;
  return (
    <div className="space-y-8">
      {saved === "1" ? (
        <Notice title="Profile saved" tone="success">
          <p>Your changes to the partnership profile were saved.</p>
        </Notice>
      ) : null}
      <div>
        <PageHeading caption={profile.name}>Partnership profile</PageHeading>
        <p className="max-w-3xl">
          What the published safeguarding arrangements must say about the partnership: who the
          safeguarding partners are, the area the arrangements cover, and the relevant agencies the
          partners work with and why they were chosen.
        </p>
        {canEdit ? (
          <Link
            href={`/partnerships/${partnershipId}/profile/edit`}
            className="mt-4 inline-block bg-[#f3f2f1] px-4 py-2 text-lg font-bold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]"
          >
            Change the profile
          </Link>
        ) : null}
      </div>
      <ProfileSummary
        partnershipId={partnershipId}
        profile={profile}
        canEdit={canEdit}
        canManageMembers={canManageMembers}
      />
    </div>
  );
}
