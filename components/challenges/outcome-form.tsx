"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { recordChallengeOutcome } from "@/lib/actions/challenges/record-challenge-outcome";
import type { ChallengeNow } from "@/lib/actions/challenges/support";
import {
  CHALLENGE_FIELD_LABELS,
  CHALLENGE_OUTCOME_LABELS,
  CHALLENGE_OUTCOMES,
  CHALLENGE_TEXT_MAX,
  type ChallengeOutcomeValue,
} from "@/lib/domain/challenges";
import type { ChallengeFormTarget } from "./respond-form";
import { StoredNow } from "./stored-now";

const HINTS: Record<ChallengeOutcomeValue, string> = {
  ACCEPTED: "It can become an action on the improvement plan.",
  PARTLY_ACCEPTED: "It can become an action on the improvement plan.",
  NOT_ACCEPTED: "The reason stays on the record with the challenge.",
};

/** A scrutineer of the assessment records the outcome once the organisation has responded. */
export function OutcomeForm({
  target,
  outcome,
}: {
  target: ChallengeFormTarget;
  outcome: { value: ChallengeOutcomeValue; note: string | null } | null;
}) {
  const router = useRouter();
  const form = useFormAction(recordChallengeOutcome);
  const conflict = form.failure?.conflict as ChallengeNow | undefined;
  const errors = form.failure?.fieldErrors ?? {};

  useEffect(() => {
    if (form.success) router.push(`${target.href}?saved=outcome`);
  }, [form.success, target.href, router]);

  const version = Math.max(target.version, conflict?.version ?? 0, form.success?.data.version ?? 0);
  const sent = form.attempt > 0;
  return (
    <form
      key={`${target.version}-${form.attempt}`}
      action={form.formAction}
      noValidate
      className="max-w-3xl space-y-6"
    >
      <ErrorSummary message={form.failure?.message} fieldErrors={form.failure?.fieldErrors} />
      <input type="hidden" name="partnershipId" value={target.partnershipId} />
      <input type="hidden" name="assessmentId" value={target.assessmentId} />
      <input type="hidden" name="challengeId" value={target.challengeId} />
      <input type="hidden" name="version" value={version} />
      {conflict ? <StoredNow now={conflict} /> : null}
      <Choices
        type="radio"
        name="outcome"
        legend={conflict ? "Your outcome" : CHALLENGE_FIELD_LABELS.outcome}
        errors={errors.outcome}
        defaultValue={sent ? form.value("outcome") : outcome?.value}
        choices={CHALLENGE_OUTCOMES.map((value) => ({
          value,
          label: CHALLENGE_OUTCOME_LABELS[value],
          hint: HINTS[value],
        }))}
      />
      <TextArea
        name="outcomeNote"
        label={CHALLENGE_FIELD_LABELS.outcomeNote}
        hint="Why you reached this outcome, having read the response."
        rows={6}
        maxLength={CHALLENGE_TEXT_MAX}
        defaultValue={sent ? form.value("outcomeNote") : (outcome?.note ?? undefined)}
        errors={errors.outcomeNote}
      />
      <SubmitButton pendingText="Saving…">
        {conflict ? "Save my outcome instead" : "Save outcome"}
      </SubmitButton>
    </form>
  );
}
