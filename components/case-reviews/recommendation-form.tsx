"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/field";
import { createRecommendation } from "@/lib/actions/case-reviews/create-recommendation";
import { updateRecommendation } from "@/lib/actions/case-reviews/update-recommendation";
import {
  IDENTIFYING_DETAILS_WARNING,
  RECOMMENDATION_MESSAGES,
  LONG_TEXT_MAX,
  RECOMMENDATION_FIELD_LABELS,
  TIMESCALE_MAX,
} from "@/lib/domain/case-reviews";
import { WarningText } from "./warning-text";

export type RecommendationDefaults = {
  id: string;
  number: number;
  text: string;
  partnershipResponse: string | null;
  timescale: string | null;
  /** The fingerprint of the content the form was loaded with; see updateRecommendation. */
  version: string;
};

/** Adds a recommendation to a review, or (given `recommendation`) changes one. */
export function RecommendationForm({
  partnershipId,
  caseReviewId,
  nextNumber,
  recommendation,
}: {
  partnershipId: string;
  caseReviewId: string;
  nextNumber: number;
  recommendation?: RecommendationDefaults;
}) {
  const router = useRouter();
  const form = useFormAction(recommendation ? updateRecommendation : createRecommendation);
  const reviewUrl = `/partnerships/${partnershipId}/case-reviews/${caseReviewId}`;
  const errors = form.failure?.fieldErrors ?? {};

  useEffect(() => {
    if (!form.success) return;
    const saved = recommendation ? "recommendation-updated" : "recommendation-created";
    router.push(`${reviewUrl}?saved=${saved}&number=${form.success.data.number}`);
  }, [form.success, recommendation, reviewUrl, router]);

  const value = (
    name: Exclude<keyof RecommendationDefaults, "id" | "version">,
  ): string | undefined => {
    if (form.failure) return form.value(name);
    // A new recommendation's number is left blank: the next free one is given when it is saved.
    if (!recommendation) return undefined;
    const saved = recommendation[name];
    return saved === null ? undefined : String(saved);
  };

  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-8">
      <ErrorSummary message={form.failure?.message} fieldErrors={form.failure?.fieldErrors} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="caseReviewId" value={caseReviewId} />
      {recommendation ? (
        <>
          <input type="hidden" name="recommendationId" value={recommendation.id} />
          <input type="hidden" name="version" value={recommendation.version} />
        </>
      ) : null}
      {recommendation && form.failure?.message === RECOMMENDATION_MESSAGES.conflict ? (
        <p>
          <a href={reviewUrl} target="_blank" rel="noopener" className="text-brand underline">
            See the review as it is now (opens in a new tab)
          </a>
          . What you entered is still below.
        </p>
      ) : null}
      <WarningText>{IDENTIFYING_DETAILS_WARNING}</WarningText>
      <TextField
        name="number"
        label={
          recommendation
            ? RECOMMENDATION_FIELD_LABELS.number
            : `${RECOMMENDATION_FIELD_LABELS.number} (optional)`
        }
        hint={
          recommendation
            ? "The number the review gives this recommendation."
            : `The number the review gives this recommendation. Leave it blank to use the next number, ${nextNumber}.`
        }
        inputMode="numeric"
        autoComplete="off"
        className="w-24"
        defaultValue={value("number")}
        errors={errors.number}
      />
      <TextArea
        name="text"
        label={RECOMMENDATION_FIELD_LABELS.text}
        hint="As the review wrote it."
        maxLength={LONG_TEXT_MAX}
        defaultValue={value("text")}
        errors={errors.text}
      />
      <TextArea
        name="partnershipResponse"
        label={`${RECOMMENDATION_FIELD_LABELS.partnershipResponse} (optional)`}
        hint="Whether the partnership accepts the recommendation, and how it will be taken forward."
        maxLength={LONG_TEXT_MAX}
        defaultValue={value("partnershipResponse")}
        errors={errors.partnershipResponse}
      />
      <TextField
        name="timescale"
        label={`${RECOMMENDATION_FIELD_LABELS.timescale} (optional)`}
        hint="For example, By March 2027"
        autoComplete="off"
        maxLength={TIMESCALE_MAX}
        defaultValue={value("timescale")}
        errors={errors.timescale}
      />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Saving…">
          {recommendation ? "Save changes" : "Add recommendation"}
        </SubmitButton>
        <Link href={reviewUrl} className="text-brand underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
