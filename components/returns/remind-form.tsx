"use client";

import Link from "next/link";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { sendReturnReminders } from "@/lib/actions/returns/send-return-reminders";
import type { RemindView } from "@/lib/data/return-reminders";
import { describeLastReminder, longDate } from "@/lib/domain/return-reminders";
import { RETURN_STATE_LABELS } from "@/lib/domain/returns";

type Organisation = RemindView["organisations"][number];

function hint(organisation: Organisation) {
  const parts = [
    RETURN_STATE_LABELS[organisation.state],
    organisation.dueOn ? `deadline ${longDate(organisation.dueOn)}` : "no deadline set",
    `last reminder: ${describeLastReminder(organisation.lastReminder)}`,
  ];
  if (!organisation.canWrite) parts.push("no respondent to write to");
  return parts.join(" · ");
}

/**
 * The business manager ticks the organisations to remind (returned ones are not offered) and sends
 * one reminder to each now. "Select all overdue" is a link, so it works without JavaScript.
 */
export function RemindForm({
  partnershipId,
  assessmentId,
  organisations,
  preselect,
}: {
  partnershipId: string;
  assessmentId: string;
  organisations: Organisation[];
  preselect: "overdue" | "none";
}) {
  const form = useFormAction(sendReturnReminders);
  const open = organisations.filter((o) => o.state !== "SIGNED_OFF");
  const overdue = open.filter((o) => o.state === "OVERDUE").map((o) => o.id);
  const base = `/partnerships/${partnershipId}/assessments/${assessmentId}/returns/remind`;
  const selected = form.failure
    ? form.values("participantIds")
    : preselect === "overdue"
      ? overdue
      : [];
  if (open.length === 0)
    return <p>Every organisation has returned its self-assessment: there is nobody to remind.</p>;
  return (
    <form
      key={`${preselect}-${form.attempt}`}
      action={form.formAction}
      noValidate
      className="space-y-6"
    >
      <ErrorSummary message={form.failure?.message} fieldErrors={form.failure?.fieldErrors} />
      {form.success ? (
        <p role="status" className="border-l-4 border-[#00703c] pl-4 font-bold text-[#00703c]">
          {form.success.message}
        </p>
      ) : null}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`${base}?select=overdue`} className="text-brand underline" scroll={false}>
          Select all overdue ({overdue.length})
        </Link>
        <Link href={base} className="text-brand underline" scroll={false}>
          Clear the selection
        </Link>
      </p>
      <Choices
        type="checkbox"
        name="participantIds"
        legend="Which organisations should be reminded?"
        hint="Each organisation's respondents get an email now with the deadline, what is still missing and a link. Returned organisations are not listed."
        errors={form.failure?.fieldErrors?.participantIds}
        defaultValue={selected}
        choices={open.map((o) => ({ value: o.id, label: o.name, hint: hint(o) }))}
      />
      <SubmitButton pendingText="Sending reminders…">Send reminders</SubmitButton>
    </form>
  );
}
