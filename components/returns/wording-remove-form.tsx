"use client";

import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { removeQuestionWording } from "@/lib/actions/wording/remove-question-wording";

/** Removes a question's wording for relevant agencies: they read the original again. */
export function WordingRemoveForm({
  partnershipId,
  code,
  lineageKey,
  version,
}: {
  partnershipId: string;
  code: string;
  lineageKey: string;
  version: number;
}) {
  const form = useFormAction(removeQuestionWording);
  return (
    <form action={form.formAction} className="space-y-2">
      {form.failure ? (
        <p role="alert" className="font-bold text-rag-red">
          {form.failure.message}
        </p>
      ) : null}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="lineageKey" value={lineageKey} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton variant="warning" pendingText="Removing…">
        Remove<span className="sr-only"> the wording of question {code} for relevant agencies</span>
      </SubmitButton>
    </form>
  );
}
