"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { respondToChallenge } from "@/lib/actions/challenges/respond-to-challenge";
import type { ChallengeNow } from "@/lib/actions/challenges/support";
import { CHALLENGE_FIELD_LABELS, CHALLENGE_TEXT_MAX } from "@/lib/domain/challenges";
import { StoredNow } from "./stored-now";

export type ChallengeFormTarget = {
  partnershipId: string;
  assessmentId: string;
  challengeId: string;
  /** The challenge's page, where the form goes back to after saving. */
  href: string;
  version: number;
};

/**
 * The responsible organisation's response (or the business manager's for it); it can be changed
 * until the outcome is recorded. When someone else saved first, what they saved is shown beside
 * what this person typed, and saving again replaces it.
 */
export function RespondForm({
  target,
  response,
}: {
  target: ChallengeFormTarget;
  response: string | null;
}) {
  const router = useRouter();
  const form = useFormAction(respondToChallenge);
  const conflict = form.failure?.conflict as ChallengeNow | undefined;
  const errors = form.failure?.fieldErrors ?? {};

  useEffect(() => {
    if (form.success) router.push(`${target.href}?saved=response`);
  }, [form.success, target.href, router]);

  // The newest version this page knows of: after a conflict, the one saved now.
  const version = Math.max(target.version, conflict?.version ?? 0, form.success?.data.version ?? 0);
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
      <TextArea
        name="response"
        label={conflict ? "Your response" : CHALLENGE_FIELD_LABELS.response}
        hint="What the organisation says about the challenge: what it accepts, what it disagrees with and the evidence."
        rows={8}
        maxLength={CHALLENGE_TEXT_MAX}
        defaultValue={form.attempt > 0 ? form.value("response") : (response ?? undefined)}
        errors={errors.response}
      />
      <SubmitButton pendingText="Saving…">
        {conflict ? "Save my response instead" : "Save response"}
      </SubmitButton>
    </form>
  );
}
