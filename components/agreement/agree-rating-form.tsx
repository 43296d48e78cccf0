"use client";

import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { RagTag } from "@/components/ui/rag-tag";
import { useFormAction } from "@/components/members/use-form-action";
import { agreeRating, type AgreedRatingNow } from "@/lib/actions/assessments/agree-rating";
import { AGREE_FIELD_LABELS } from "@/lib/domain/agreement";
import { RATING_LABELS, RATINGS, type RatingValue } from "@/lib/domain/rating";
import { FormProblems } from "./form-problems";

const area = "block w-full border-2 bg-white px-2 py-1.5 text-lg";

/**
 * The lead's agreed rating for one question: the rating words as radios, a reason, and "Save agreed
 * rating". One form per question, so ids are prefixed with the question's anchor.
 */
export function AgreeRatingForm({
  partnershipId,
  assessmentId,
  question,
  agreed,
  suggested,
  reasonNeededByDefault,
}: {
  partnershipId: string;
  assessmentId: string;
  question: { id: string; code: string; label: string; anchor: string };
  agreed: { rating: RatingValue; reason: string; version: number } | null;
  suggested: RatingValue | null;
  /** The scrutineers' ratings differ, so a reason will be needed whatever is agreed. */
  reasonNeededByDefault: boolean;
}) {
  const form = useFormAction(agreeRating);
  const id = (suffix: string) => `${question.anchor}-${suffix}`;
  const failure = form.failure;
  const conflict = (failure?.conflict ?? undefined) as AgreedRatingNow | undefined;
  // After a conflict the next save deliberately replaces what is stored now.
  const version = conflict ? conflict.version : (agreed?.version ?? 0);
  // Nothing is preselected: the lead chooses; the suggestion is only marked.
  const chosen = failure ? form.value("rating") : agreed?.rating;
  const reason = failure ? (form.value("reason") ?? "") : (agreed?.reason ?? "");
  const errors = failure?.fieldErrors ?? {};
  const problems = Object.entries(errors).flatMap(([field, messages]) =>
    messages.map((text) => {
      const label = (AGREE_FIELD_LABELS as Record<string, string | undefined>)[field];
      return { href: `#${id(field)}`, text: label ? `${label}: ${text}` : text };
    }),
  );
  const ratingError = errors.rating?.join(". ");
  const reasonError = errors.reason?.join(". ");

  return (
    <form
      key={form.attempt}
      action={form.formAction}
      noValidate
      className="space-y-5"
      aria-label={`Agreed rating for ${question.label}`}
    >
      {form.success ? (
        <Notice title="Agreed rating saved" tone="success">
          <p>The agreed rating for {question.label} is saved.</p>
        </Notice>
      ) : null}
      {conflict !== undefined ? (
        <Notice title="Someone else saved an agreed rating first">
          <p>{failure?.message}</p>
          {conflict ? (
            <p>
              Stored now: <RagTag rating={conflict.rating} />
              {conflict.reason ? ` — ${conflict.reason}` : ""}
            </p>
          ) : null}
          <p>Your choice is still below. Save it again to replace the stored rating.</p>
        </Notice>
      ) : (
        <FormProblems
          idPrefix={question.anchor}
          message={problems.length === 0 ? failure?.message : undefined}
          problems={problems}
        />
      )}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="questionId" value={question.id} />
      <input type="hidden" name="version" value={version} />
      <div className={ratingError ? "border-l-4 border-[#d4351c] pl-4" : undefined}>
        <fieldset
          className="space-y-2"
          aria-describedby={
            [
              suggested && !agreed ? id("rating-hint") : null,
              ratingError ? id("rating-error") : null,
            ]
              .filter(Boolean)
              .join(" ") || undefined
          }
        >
          <legend className="mb-1 text-lg font-bold">
            Agreed rating for {question.label.toLowerCase()}
          </legend>
          {suggested && !agreed ? (
            <p id={id("rating-hint")} className="text-muted">
              The suggestion is the rating most scrutineers gave or, on a tie, the more cautious
              one.
            </p>
          ) : null}
          {ratingError ? (
            <p id={id("rating-error")} className="font-bold text-[#d4351c]">
              <span className="sr-only">Error: </span>
              {ratingError}
            </p>
          ) : null}
          {RATINGS.map((rating, index) => {
            const inputId = index === 0 ? id("rating") : id(`rating-${rating}`);
            return (
              <div key={rating} className="flex items-center gap-3">
                <input
                  type="radio"
                  id={inputId}
                  name="rating"
                  value={rating}
                  defaultChecked={chosen === rating}
                  className="h-7 w-7 shrink-0 accent-ink"
                />
                <label htmlFor={inputId} className="text-lg">
                  {RATING_LABELS[rating].word}
                  {rating === suggested && !agreed ? (
                    <span className="text-muted"> (suggested)</span>
                  ) : null}
                </label>
              </div>
            );
          })}
        </fieldset>
      </div>
      <div className={`space-y-1 ${reasonError ? "border-l-4 border-[#d4351c] pl-4" : ""}`}>
        <label htmlFor={id("reason")} className="block text-lg font-bold">
          Reason for the agreed rating
        </label>
        <div id={id("reason-hint")} className="text-muted">
          {reasonNeededByDefault
            ? "The scrutineers' ratings differ, so explain why you agreed this rating."
            : "Needed if you agree a rating different from the scrutineers'."}
        </div>
        {reasonError ? (
          <p id={id("reason-error")} className="font-bold text-rag-red">
            <span className="sr-only">Error: </span>
            {reasonError}
          </p>
        ) : null}
        <textarea
          id={id("reason")}
          name="reason"
          rows={4}
          maxLength={5000}
          defaultValue={reason}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={[id("reason-hint"), reasonError ? id("reason-error") : null]
            .filter(Boolean)
            .join(" ")}
          className={`${area} ${reasonError ? "border-[#d4351c]" : "border-ink"}`}
        />
      </div>
      <SubmitButton pendingText="Saving…">Save agreed rating</SubmitButton>
    </form>
  );
}
