"use client";

import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { deactivateMember } from "@/lib/actions/members/deactivate-member";
import { reactivateMember } from "@/lib/actions/members/reactivate-member";
import { useFormAction } from "./use-form-action";

/** Deactivate a leaver, or give a deactivated member their access back. */
export function MemberStatusForm({
  partnershipId,
  membershipId,
  deactivated,
}: {
  partnershipId: string;
  membershipId: string;
  deactivated: boolean;
}) {
  const form = useFormAction(deactivated ? reactivateMember : deactivateMember);
  // The page re-renders with the new status after a save, so the notice follows what was asked.
  const didDeactivate = form.value("intent") === "deactivate";
  return (
    <form action={form.formAction} className="max-w-2xl space-y-4">
      {form.success ? (
        <Notice title={didDeactivate ? "Member deactivated" : "Member reactivated"} tone="success">
          <p>
            {didDeactivate
              ? `${form.success.data.name} can no longer see or change anything in this partnership.`
              : `${form.success.data.name} can use this partnership again with their role.`}
          </p>
        </Notice>
      ) : null}
      <ErrorSummary message={form.failure?.message} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="intent" value={deactivated ? "reactivate" : "deactivate"} />
      {deactivated ? (
        <SubmitButton variant="secondary" pendingText="Reactivating…">
          Reactivate member
        </SubmitButton>
      ) : (
        <SubmitButton variant="secondary" pendingText="Deactivating…">
          Deactivate member
        </SubmitButton>
      )}
    </form>
  );
}
