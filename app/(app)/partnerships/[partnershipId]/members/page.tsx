import type { Metadata } from "next";
import Link from "next/link";
import { InvitationsTable } from "@/components/members/invitations-table";
import { MembersTable } from "@/components/members/members-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getMembersPage } from "@/lib/data/members";

export const metadata: Metadata = { title: "Members" };

type Search = Record<string, string | string[] | undefined>;

/** The confirmation after an invite, import or removal; only ever echoes what is really there. */
function confirmation(search: Search, invited: string[]) {
  const unsent = search.unsent === "1";
  if (typeof search.invited === "string" && invited.includes(search.invited))
    return { title: `Invitation sent to ${search.invited}`, unsent };
  const imported = Number(search.imported);
  if (Number.isInteger(imported) && imported > 0 && imported <= 500)
    return { title: `${imported} ${imported === 1 ? "invitation" : "invitations"} sent`, unsent };
  if (search.removed === "1") return { title: "Member removed", unsent: false };
  return null;
}

export default async function MembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string }>;
  searchParams: Promise<Search>;
}) {
  const { partnershipId } = await params;
  await requirePageAccess(partnershipId, "members.view");
  const { active, deactivated, invitations } = await getMembersPage(partnershipId);
  const done = confirmation(
    await searchParams,
    invitations.map((i) => i.email),
  );
  const base = `/partnerships/${partnershipId}/members`;
  return (
    <div className="space-y-10">
      <div>
        {done ? <Notice title={done.title} tone="success" /> : null}
        {done?.unsent ? (
          <Notice title="Some emails were not sent">
            <p>
              The invitations are saved, but at least one email could not be sent. Revoke those
              invitations and send them again in a few minutes.
            </p>
          </Notice>
        ) : null}
        <PageHeading>Members</PageHeading>
        <p className="mb-4 max-w-2xl">
          Invite people by email with a role. The invitation link works once and expires after 7
          days. Deactivate leavers: they lose access straight away and their work stays.
        </p>
        <ul className="flex flex-wrap gap-6">
          <li>
            <Link href={`${base}/invite`} className="text-lg font-bold text-brand underline">
              Invite a member
            </Link>
          </li>
          <li>
            <Link href={`${base}/invite/csv`} className="text-lg font-bold text-brand underline">
              Invite from a CSV file
            </Link>
          </li>
        </ul>
      </div>
      <MembersTable
        partnershipId={partnershipId}
        caption="Active members"
        members={active}
        empty="There are no active members."
      />
      <InvitationsTable partnershipId={partnershipId} invitations={invitations} />
      {deactivated.length > 0 ? (
        <MembersTable
          partnershipId={partnershipId}
          caption="Deactivated members"
          members={deactivated}
          empty=""
        />
      ) : null}
    </div>
  );
}
