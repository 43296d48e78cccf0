"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { removeMember } from "@/lib/actions/members/remove-member";
import type { ActionResult } from "@/lib/actions/safe-action";

/** The confirmation step of removing a member (GOV.UK warning text + warning button). */
export function RemoveMemberForm({
  partnershipId,
  member,
}: {
  partnershipId: string;
  member: { id: string; name: string };
}) {
  const router = useRouter();
  const membersUrl = `/partnerships/${partnershipId}/members`;
  // Navigate from inside the action, not from an effect: the refreshed page for a removed member
  // is a 404, which unmounts this form before any effect could run.
  const [state, formAction] = useActionState(
    async (_previous: ActionResult<{ name: string }> | null, form: FormData) => {
      const result = await removeMember(null, form);
      if (result.ok) router.push(`${membersUrl}?removed=1`);
      return result;
    },
    null,
  );
  const failure = state && !state.ok ? state : null;

  return (
    <form action={formAction} className="max-w-2xl space-y-6">
      <ErrorSummary message={failure?.message} />
      <h2 className="text-2xl font-bold">Are you sure you want to remove {member.name}?</h2>
      <div className="flex items-start gap-4">
        <span
          aria-hidden="true"
          className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-ink text-2xl font-bold text-white"
        >
          !
        </span>
        <p className="text-lg font-bold">
          <span className="sr-only">Warning: </span>
          This deletes their membership of this partnership straight away. Their account and the
          work they have done stay. To stop a leaver&apos;s access but keep their place in the list,
          deactivate them instead.
        </p>
      </div>
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="membershipId" value={member.id} />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton variant="warning" pendingText="Removing…">
          Yes, remove {member.name}
        </SubmitButton>
        <Link href={`${membersUrl}/${member.id}`} className="text-brand underline">
          No, keep them
        </Link>
      </div>
    </form>
  );
}
