"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/field";
import { createCaseReview } from "@/lib/actions/case-reviews/create-case-review";
import { updateCaseReview } from "@/lib/actions/case-reviews/update-case-review";
import type { CaseReviewDto, CaseReviewEditDto } from "@/lib/data/case-reviews";
import {
  CASE_REVIEW_FIELD_LABELS,
  CASE_REVIEW_MESSAGES,
  CASE_REVIEW_STATUS_LABELS,
  CASE_REVIEW_STATUSES,
  CASE_REVIEW_TYPE_HINTS,
  CASE_REVIEW_TYPE_LABELS,
  CASE_REVIEW_TYPES,
  IDENTIFIER_HINT,
  IDENTIFIER_MAX,
  IDENTIFYING_DETAILS_WARNING,
  LONG_TEXT_MAX,
  SUMMARY_HINT,
  type CaseReviewDateField,
} from "@/lib/domain/case-reviews";
import { DateInput } from "@/components/ui/date-input";
import { dateParts } from "./format";
import { WarningText } from "./warning-text";

const DATE_HINTS: Record<CaseReviewDateField, string> = {
  referredOn: "When the serious incident notification was made. For example, 27 3 2026",
  decidedOn:
    "When the partnership decided whether to carry out a local child safeguarding practice review.",
  completedOn: "Leave blank until the review is complete.",
  publishedOn: "Needed when the status is Published.",
};

/**
 * Adds a review to the register, or (given `review`) changes one. After saving it goes to the
 * review's page, which confirms what happened.
 */
export function CaseReviewForm({
  partnershipId,
  review,
}: {
  partnershipId: string;
  review?: CaseReviewEditDto;
}) {
  const router = useRouter();
  const form = useFormAction(review ? updateCaseReview : createCaseReview);
  const base = `/partnerships/${partnershipId}/case-reviews`;
  const errors = form.failure?.fieldErrors ?? {};

  useEffect(() => {
    if (!form.success) return;
    router.push(`${base}/${form.success.data.id}?saved=${review ? "updated" : "created"}`);
  }, [form.success, base, review, router]);

  // After a failure, show what was sent; otherwise what is saved.
  const value = (name: keyof CaseReviewDto): string | undefined =>
    form.failure ? form.value(name) : ((review?.[name] as string | null | undefined) ?? undefined);
  const date = (name: CaseReviewDateField) =>
    form.failure
      ? {
          day: form.value(`${name}-day`),
          month: form.value(`${name}-month`),
          year: form.value(`${name}-year`),
        }
      : dateParts(review?.[name]);

  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-8">
      <ErrorSummary message={form.failure?.message} fieldErrors={form.failure?.fieldErrors} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      {review ? (
        <>
          <input type="hidden" name="caseReviewId" value={review.id} />
          {/* Not the submitted value after a failure: a conflict needs a reload to move on. */}
          <input type="hidden" name="updatedAt" value={review.updatedAt} />
        </>
      ) : null}
      {review && form.failure?.message === CASE_REVIEW_MESSAGES.conflict ? (
        <p>
          <a
            href={`${base}/${review.id}`}
            target="_blank"
            rel="noopener"
            className="text-brand underline"
          >
            See the review as it is now (opens in a new tab)
          </a>
          . What you entered is still below.
        </p>
      ) : null}
      <WarningText>{IDENTIFYING_DETAILS_WARNING}</WarningText>
      <Choices
        type="radio"
        name="type"
        legend={CASE_REVIEW_FIELD_LABELS.type}
        errors={errors.type}
        defaultValue={value("type")}
        choices={CASE_REVIEW_TYPES.map((type) => ({
          value: type,
          label: CASE_REVIEW_TYPE_LABELS[type],
          hint: CASE_REVIEW_TYPE_HINTS[type],
        }))}
      />
      <TextField
        name="identifier"
        label={CASE_REVIEW_FIELD_LABELS.identifier}
        hint={IDENTIFIER_HINT}
        autoComplete="off"
        spellCheck={false}
        maxLength={IDENTIFIER_MAX}
        className="max-w-md"
        defaultValue={value("identifier")}
        errors={errors.identifier}
      />
      <Choices
        type="radio"
        name="status"
        legend={CASE_REVIEW_FIELD_LABELS.status}
        errors={errors.status}
        defaultValue={value("status") ?? (review ? undefined : "OPEN")}
        choices={CASE_REVIEW_STATUSES.map((status) => ({
          value: status,
          label: CASE_REVIEW_STATUS_LABELS[status],
        }))}
      />
      <section aria-labelledby="key-dates-heading" className="space-y-6">
        <h2 id="key-dates-heading" className="text-2xl font-bold">
          Key dates
        </h2>
        <p className="text-muted">Leave a date blank if it is not known yet.</p>
        {(["referredOn", "decidedOn", "completedOn", "publishedOn"] as const).map((name) => (
          <DateInput
            key={name}
            name={name}
            legend={`${CASE_REVIEW_FIELD_LABELS[name]} (optional)`}
            hint={DATE_HINTS[name]}
            errors={errors[name]}
            defaults={date(name)}
          />
        ))}
      </section>
      <TextField
        name="publicationUrl"
        label={`${CASE_REVIEW_FIELD_LABELS.publicationUrl} (optional)`}
        hint="Only when the status is Published. The full address, starting with https://"
        type="url"
        autoComplete="off"
        spellCheck={false}
        defaultValue={value("publicationUrl")}
        errors={errors.publicationUrl}
      />
      <TextArea
        name="summary"
        label={`${CASE_REVIEW_FIELD_LABELS.summary} (optional)`}
        hint={SUMMARY_HINT}
        maxLength={LONG_TEXT_MAX}
        defaultValue={value("summary")}
        errors={errors.summary}
      />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Saving…">
          {review ? "Save changes" : "Add case review"}
        </SubmitButton>
        <Link href={review ? `${base}/${review.id}` : base} className="text-brand underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
