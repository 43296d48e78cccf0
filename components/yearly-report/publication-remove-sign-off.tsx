"use client";

import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { removeSignOff } from "@/lib/actions/yearly-report/remove-sign-off";

/** One row's remove button; the table re-renders without the sign-off once it has worked. */
export function RemoveSignOffButton({
  partnershipId,
  cycleId,
  signOffId,
  organisationName,
}: {
  partnershipId: string;
  cycleId: string;
  signOffId: string;
  organisationName: string;
}) {
  const form = useFormAction(removeSignOff);
  return (
    <form action={form.formAction}>
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="signOffId" value={signOffId} />
      <SubmitButton variant="secondary" pendingText="Removing…" className="text-base">
        Remove<span className="sr-only"> the sign-off by {organisationName}</span>
      </SubmitButton>
      {form.failure ? (
        <p role="alert" className="mt-1 font-bold text-[#d4351c]">
          {form.failure.message}
        </p>
      ) : null}
    </form>
  );
}
