"use client";

import { FormProblems } from "@/components/agreement/form-problems";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { shareWithScrutineer } from "@/lib/actions/yearly-report/share-with-scrutineer";

/**
 * "Share with the scrutineer": records the date and lets the independent scrutineer read the
 * section. Refused while a part is empty; the error summary links to each empty part's Change link.
 */
export function ShareForm({ partnershipId, cycleId }: { partnershipId: string; cycleId: string }) {
  const form = useFormAction(shareWithScrutineer);
  const problems = Object.entries(form.failure?.fieldErrors ?? {}).flatMap(([key, messages]) =>
    messages.map((text) => ({ href: `#change-${key}`, text })),
  );
  return (
    <form action={form.formAction} noValidate className="space-y-4">
      {form.success ? (
        <Notice title="Shared with the independent scrutineer" tone="success">
          <p>The independent scrutineer can now read the section. The date is recorded.</p>
        </Notice>
      ) : null}
      <FormProblems idPrefix="share" message={form.failure?.message} problems={problems} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="cycleId" value={cycleId} />
      <SubmitButton pendingText="Sharing…">Share with the scrutineer</SubmitButton>
    </form>
  );
}
