"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { FormProblems } from "@/components/agreement/form-problems";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { startYearlySection } from "@/lib/actions/yearly-report/start-section";

/** The business manager's button that starts the cycle's section (an empty draft). */
export function StartSectionForm({
  partnershipId,
  cycleId,
}: {
  partnershipId: string;
  cycleId: string;
}) {
  const router = useRouter();
  const form = useFormAction(startYearlySection);
  const started = Boolean(form.success);
  useEffect(() => {
    if (started) router.refresh();
  }, [started, router]);
  return (
    <form action={form.formAction} noValidate className="space-y-4">
      <FormProblems idPrefix="start" message={form.failure?.message} problems={[]} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="cycleId" value={cycleId} />
      <SubmitButton pendingText="Starting…">Start the scrutiny section</SubmitButton>
    </form>
  );
}
