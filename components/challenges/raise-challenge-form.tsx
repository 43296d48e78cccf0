"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Select, TextArea } from "@/components/ui/field";
import { raiseChallenge } from "@/lib/actions/challenges/raise-challenge";
import type { ChallengeFormOptions } from "@/lib/data/challenges";
import { CHALLENGE_FIELD_LABELS, CHALLENGE_TEXT_MAX } from "@/lib/domain/challenges";
import { SubjectSelect } from "./subject-select";

/**
 * A scrutineer raises a challenge: on a step or a question, naming the organisation that is to
 * respond. After saving it opens the challenge's page, which confirms it.
 */
export function RaiseChallengeForm({
  partnershipId,
  options,
  about,
}: {
  partnershipId: string;
  options: ChallengeFormOptions;
  /** A step or question chosen beforehand (from a link on the question). */
  about?: string;
}) {
  const router = useRouter();
  const form = useFormAction(raiseChallenge);
  const { logHref } = options.assessment;
  const errors = form.failure?.fieldErrors ?? {};

  useEffect(() => {
    if (form.success) router.push(`${logHref}/${form.success.data.challengeId}?saved=raised`);
  }, [form.success, logHref, router]);

  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-3xl space-y-8">
      <ErrorSummary message={form.failure?.message} fieldErrors={form.failure?.fieldErrors} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={options.assessment.id} />
      <SubjectSelect
        name="about"
        label={CHALLENGE_FIELD_LABELS.about}
        hint="A whole step, or one of its questions."
        groups={options.groups}
        defaultValue={form.failure ? form.value("about") : about}
        errors={errors.about}
      />
      <Select
        name="responsibleOrganisationId"
        label={CHALLENGE_FIELD_LABELS.responsibleOrganisationId}
        hint="The organisation that is to respond to the challenge. Its agency respondents and the business manager can respond."
        options={[
          { value: "", label: "Select an organisation" },
          ...options.organisations.map((o) => ({ value: o.id, label: o.name })),
        ]}
        defaultValue={form.value("responsibleOrganisationId") ?? ""}
        errors={errors.responsibleOrganisationId}
      />
      <TextArea
        name="text"
        label={CHALLENGE_FIELD_LABELS.text}
        hint="What you are challenging and why: what the evidence shows, and what you would expect to see."
        rows={8}
        maxLength={CHALLENGE_TEXT_MAX}
        defaultValue={form.value("text")}
        errors={errors.text}
      />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Saving…">Raise challenge</SubmitButton>
        <Link href={logHref} className="text-brand underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
