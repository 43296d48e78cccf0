"use client";

import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { removeRecipient } from "@/lib/actions/yearly-report/remove-recipient";
import { updateRecipient } from "@/lib/actions/yearly-report/update-recipient";
import type { RecipientRow as Row } from "@/lib/data/yearly-report-publication";
import { NAME_MAX } from "@/lib/domain/yearly-report-publication-input";

/**
 * One recipient: rename it (the field is named after it, so ids stay unique on the page) or,
 * when the report was never recorded as sent to it, remove it.
 */
export function RecipientRow({
  partnershipId,
  recipient,
}: {
  partnershipId: string;
  recipient: Row;
}) {
  const rename = useFormAction(updateRecipient);
  const remove = useFormAction(removeRecipient);
  const field = `name-${recipient.id}`;
  const fieldErrors = Object.fromEntries(
    Object.entries(rename.failure?.fieldErrors ?? {}).map(([key, messages]) => [
      key === "name" ? field : key,
      messages,
    ]),
  );
  return (
    <li className="space-y-4 border-t border-[#b1b4b6] pt-4">
      <h3 className="text-xl font-bold">{recipient.name}</h3>
      <p className="text-muted">
        {recipient.sentCount === 0
          ? "The yearly report has not been recorded as sent to it yet."
          : `The yearly report was recorded as sent to it ${recipient.sentCount} ${recipient.sentCount === 1 ? "time" : "times"}.`}
      </p>
      <form
        key={rename.attempt}
        action={rename.formAction}
        noValidate
        className="max-w-xl space-y-3"
      >
        <ErrorSummary message={rename.failure?.message} fieldErrors={fieldErrors} />
        <input type="hidden" name="partnershipId" value={partnershipId} />
        <input type="hidden" name="recipientId" value={recipient.id} />
        <TextField
          name={field}
          label={`New name for ${recipient.name}`}
          autoComplete="off"
          maxLength={NAME_MAX}
          defaultValue={rename.failure ? rename.value(field) : recipient.name}
          errors={fieldErrors[field]}
        />
        {rename.success ? (
          <p role="status" className="font-bold text-[#00703c]">
            Renamed.
          </p>
        ) : null}
        <SubmitButton variant="secondary" pendingText="Saving…">
          Rename<span className="sr-only"> {recipient.name}</span>
        </SubmitButton>
      </form>
      {recipient.sentCount === 0 ? (
        <form action={remove.formAction}>
          <input type="hidden" name="partnershipId" value={partnershipId} />
          <input type="hidden" name="recipientId" value={recipient.id} />
          <SubmitButton variant="warning" pendingText="Removing…">
            Remove<span className="sr-only"> {recipient.name}</span>
          </SubmitButton>
          {remove.failure ? (
            <p role="alert" className="mt-1 font-bold text-[#d4351c]">
              {remove.failure.message}
            </p>
          ) : null}
        </form>
      ) : (
        <p>It cannot be removed, because the report was recorded as sent to it.</p>
      )}
    </li>
  );
}
