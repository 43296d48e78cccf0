"use client";

import { SubmitButton } from "@/components/ui/button";
import { revokeInvitation } from "@/lib/actions/members/revoke-invitation";
import { useFormAction } from "./use-form-action";

/** One row's revoke button; the list re-renders without the row once it has worked. */
export function RevokeInvitationButton({
  partnershipId,
  invitation,
}: {
  partnershipId: string;
  invitation: { id: string; email: string };
}) {
  const form = useFormAction(revokeInvitation);
  return (
    <form action={form.formAction}>
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="invitationId" value={invitation.id} />
      <SubmitButton variant="secondary" pendingText="Revoking…" className="text-base">
        Revoke<span className="sr-only"> the invitation to {invitation.email}</span>
      </SubmitButton>
      {form.failure ? (
        <p role="alert" className="mt-1 font-bold text-[#d4351c]">
          {form.failure.message}
        </p>
      ) : null}
    </form>
  );
}
