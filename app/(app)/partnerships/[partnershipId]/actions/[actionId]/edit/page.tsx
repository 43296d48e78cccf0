import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditActionForm } from "@/components/actions/edit-action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getActionForEdit } from "@/lib/data/actions";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Change an action" };

export default async function EditActionPage({
  params,
}: {
  params: Promise<{ partnershipId: string; actionId: string }>;
}) {
  const { partnershipId, actionId } = await params;
  if (!isUuid(actionId)) notFound();
  await requirePageAccess(partnershipId, "action.edit");
  const { action, organisations, members, linkGroups } = await getActionForEdit(
    partnershipId,
    actionId,
  );
  const detailUrl = `/partnerships/${partnershipId}/actions/${action.id}`;
  return (
    <>
      <Link href={detailUrl} className="mb-6 inline-block text-brand underline">
        Back to the action
      </Link>
      <PageHeading caption="Actions">Change an action</PageHeading>
      <p className="mb-8 max-w-3xl">
        Where the action comes from cannot be changed. To record what has been done, add a progress
        update on the action’s page instead.
      </p>
      <EditActionForm
        partnershipId={partnershipId}
        action={action}
        organisations={organisations}
        members={members}
        linkGroups={linkGroups}
      />
    </>
  );
}
