import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChangeRoleForm } from "@/components/members/change-role-form";
import { MemberStatusForm } from "@/components/members/member-status-form";
import { MemberSummary } from "@/components/members/member-summary";
import { RemoveMemberForm } from "@/components/members/remove-member-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { getMember, getOrganisationChoices } from "@/lib/data/members";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Member" };

export default async function MemberPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string; membershipId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { partnershipId, membershipId } = await params;
  if (!isUuid(membershipId)) notFound();
  const { membership: own } = await requirePageAccess(partnershipId, "members.view");
  const [member, organisations] = await Promise.all([
    getMember(partnershipId, membershipId),
    getOrganisationChoices(partnershipId),
  ]);
  const base = `/partnerships/${partnershipId}/members`;
  const canManage = can(own.role, "members.manage");

  if (canManage && (await searchParams).confirm === "remove" && !member.isLastBusinessManager) {
    return (
      <>
        <PageHeading caption="Members">Remove {member.name}</PageHeading>
        <RemoveMemberForm
          partnershipId={partnershipId}
          member={{ id: member.id, name: member.name }}
        />
      </>
    );
  }
  return (
    <div className="space-y-10">
      <div>
        <Link href={base} className="mb-6 inline-block text-brand underline">
          Back to members
        </Link>
        <PageHeading caption={member.isYou ? "Members (this is you)" : "Members"}>
          {member.name}
        </PageHeading>
        <MemberSummary member={member} />
      </div>
      {member.isLastBusinessManager ? (
        <Notice title="The only business manager">
          <p>
            {member.isYou ? "You are" : `${member.name} is`} the only business manager of this
            partnership. Make someone else a business manager before changing this role,
            deactivating or removing {member.isYou ? "yourself" : "them"}.
          </p>
        </Notice>
      ) : null}
      {canManage ? (
        <>
          <section aria-labelledby="role-heading" className="space-y-4">
            <h2 id="role-heading" className="text-2xl font-bold">
              Change role
            </h2>
            <ChangeRoleForm
              partnershipId={partnershipId}
              member={{
                id: member.id,
                role: member.role,
                organisationId: member.organisationId,
                designations: member.designations,
              }}
              organisations={organisations}
            />
          </section>
          {member.isLastBusinessManager ? null : (
            <section aria-labelledby="access-heading" className="space-y-4">
              <h2 id="access-heading" className="text-2xl font-bold">
                Access
              </h2>
              <p className="max-w-2xl">
                {member.deactivatedAt
                  ? "Reactivating gives them back their access with the role shown above."
                  : "Deactivate someone who has left. They lose access on their next page and their name stays on their past work."}
              </p>
              <MemberStatusForm
                partnershipId={partnershipId}
                membershipId={member.id}
                deactivated={Boolean(member.deactivatedAt)}
              />
              <h2 className="pt-6 text-2xl font-bold">Remove from the partnership</h2>
              <p className="max-w-2xl">
                Removing deletes the membership, for example one made by mistake.
              </p>
              <Link
                href={`${base}/${member.id}?confirm=remove`}
                className="inline-block bg-[#d4351c] px-4 py-2 text-lg font-bold text-white shadow-[0_2px_0_#55150b] hover:bg-[#aa2a16]"
              >
                Remove {member.name}
              </Link>
            </section>
          )}
        </>
      ) : null}
    </div>
  );
}
