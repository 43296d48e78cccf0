"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { createAction } from "@/lib/actions/actions/create-action";
import type { ActionFormOptions } from "@/lib/data/actions";
import { ACTION_FIELD_LABELS as LABELS, CHOSEN_SOURCES } from "@/lib/domain/action-input";
import { ACTION_SOURCE_LABELS } from "@/lib/domain/actions";
import { CHALLENGE_OUTCOME_LABELS } from "@/lib/domain/challenges";
import { ActionFields } from "./action-fields";
import { QuestionLinks } from "./question-links";

const SOURCE_HINTS: Record<(typeof CHOSEN_SOURCES)[number], string> = {
  AUDIT_FINDING: "For example, a multi-agency case audit.",
  INSPECTION_FINDING:
    "For example, a joint targeted area inspection (JTAI) or an Ofsted inspection.",
  OTHER: "For example, a decision of the partnership board.",
};

/** A read-only summary row, for where the action comes from when it is prefilled. */
function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-[#b1b4b6] py-3 sm:grid-cols-[14rem_1fr]">
      <dt className="font-bold">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

/**
 * Raising an action. From a question (and its answer), a case-review recommendation, a scrutiny
 * challenge or an area for development of a scrutiny report, the source is shown read-only and
 * sent as hidden fields; otherwise the person says where it comes from.
 * After saving it goes to `returnTo` (already checked by the page) or the action's own page.
 */
export function RaiseActionForm({
  partnershipId,
  options,
  returnTo,
  cancelHref,
}: {
  partnershipId: string;
  options: ActionFormOptions;
  returnTo: string | null;
  cancelHref: string;
}) {
  const router = useRouter();
  const form = useFormAction(createAction);
  const errors = form.failure?.fieldErrors ?? {};
  const failed = Boolean(form.failure);
  const value = (name: string) => (failed ? form.value(name) : undefined);
  const { question, response, recommendation, challenge, developmentArea } = options;
  const fixedSource = response
    ? "RESPONSE"
    : recommendation
      ? "CASE_REVIEW_RECOMMENDATION"
      : challenge
        ? "CHALLENGE"
        : developmentArea
          ? "MANAGEMENT_RESPONSE"
          : null;
  const selectedLinks = failed ? (form.values("links") ?? []) : [];

  useEffect(() => {
    if (!form.success) return;
    const actionId = form.success.data.actionId;
    router.push(returnTo ?? `/partnerships/${partnershipId}/actions/${actionId}?raised=1`);
  }, [form.success, partnershipId, returnTo, router]);

  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-3xl space-y-8">
      <ErrorSummary message={form.failure?.message} fieldErrors={form.failure?.fieldErrors} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      {question ? (
        <>
          <input type="hidden" name="assessmentId" value={question.assessmentId} />
          <input type="hidden" name="questionId" value={question.questionId} />
        </>
      ) : null}
      {response ? <input type="hidden" name="sourceResponseId" value={response.id} /> : null}
      {recommendation ? (
        <input type="hidden" name="sourceRecommendationId" value={recommendation.id} />
      ) : null}
      {challenge ? <input type="hidden" name="sourceChallengeId" value={challenge.id} /> : null}
      {developmentArea ? (
        <input type="hidden" name="sourceDevelopmentAreaId" value={developmentArea.id} />
      ) : null}
      {fixedSource ? <input type="hidden" name="sourceType" value={fixedSource} /> : null}

      {question || recommendation || challenge || developmentArea ? (
        <dl className="border-t border-[#b1b4b6]">
          {question ? (
            <SummaryRow label="Question">
              <Link href={question.href} className="text-brand underline">
                <span className="mr-2 font-bold tabular-nums">{question.code}</span>
                {question.text}
              </Link>
              <span className="block text-muted">
                {question.assessmentTitle} ({question.cycleName})
              </span>
            </SummaryRow>
          ) : null}
          {response ? (
            <SummaryRow label={LABELS.sourceType}>
              {ACTION_SOURCE_LABELS.RESPONSE}: {response.answeredBy}’s answer
            </SummaryRow>
          ) : null}
          {recommendation ? (
            <SummaryRow label={LABELS.sourceType}>
              <Link
                href={`/partnerships/${partnershipId}/case-reviews/${recommendation.caseReviewId}`}
                className="text-brand underline"
              >
                Recommendation {recommendation.number} of {recommendation.caseReviewIdentifier}
              </Link>
              <span className="block whitespace-pre-line">{recommendation.text}</span>
            </SummaryRow>
          ) : null}
          {challenge ? (
            <>
              <SummaryRow label={LABELS.sourceType}>
                <Link href={challenge.href} className="text-brand underline">
                  {ACTION_SOURCE_LABELS.CHALLENGE}: {challenge.about}
                </Link>
                <span className="block text-muted">{challenge.assessmentTitle}</span>
                <span className="block whitespace-pre-line">{challenge.text}</span>
              </SummaryRow>
              {challenge.outcome ? (
                <SummaryRow label="Outcome">
                  {CHALLENGE_OUTCOME_LABELS[challenge.outcome]}
                  {challenge.outcomeNote ? (
                    <span className="block whitespace-pre-line">{challenge.outcomeNote}</span>
                  ) : null}
                </SummaryRow>
              ) : null}
              {challenge.question ? (
                <SummaryRow label="Question">
                  <Link href={challenge.question.href} className="text-brand underline">
                    <span className="mr-2 font-bold tabular-nums">{challenge.question.code}</span>
                    {challenge.question.text}
                  </Link>
                  <span className="block text-muted">
                    The action will be linked to this question.
                  </span>
                </SummaryRow>
              ) : null}
            </>
          ) : null}
          {developmentArea ? (
            <SummaryRow label={LABELS.sourceType}>
              <Link href={developmentArea.href} className="text-brand underline">
                An area for development in the report on {developmentArea.assessmentTitle}
              </Link>
              <span className="block whitespace-pre-line">{developmentArea.text}</span>
              {developmentArea.managementResponse ? (
                <span className="block whitespace-pre-line">
                  <span className="font-bold">Management response: </span>
                  {developmentArea.managementResponse}
                </span>
              ) : null}
            </SummaryRow>
          ) : null}
        </dl>
      ) : null}
      {errors.sourceType && fixedSource ? (
        <p id="sourceType" className="font-bold text-rag-red">
          <span className="sr-only">Error: </span>
          {errors.sourceType.join(". ")}
        </p>
      ) : null}

      <ActionFields
        organisations={options.organisations}
        members={options.members}
        errors={errors}
        values={{
          description: value("description"),
          ownerOrganisationId: value("ownerOrganisationId") ?? options.defaultOrganisationId,
          ownerKind: value("ownerKind"),
          ownerUserId: value("ownerUserId"),
          ownerName: value("ownerName"),
          ownerEmail: value("ownerEmail"),
          dueDay: value("dueOn-day"),
          dueMonth: value("dueOn-month"),
          dueYear: value("dueOn-year"),
          priority: value("priority"),
        }}
      />

      {fixedSource ? null : (
        <>
          <Choices
            type="radio"
            name="sourceType"
            legend={LABELS.sourceType}
            defaultValue={value("sourceType")}
            errors={errors.sourceType}
            choices={CHOSEN_SOURCES.map((source) => ({
              value: source,
              label: ACTION_SOURCE_LABELS[source],
              hint: SOURCE_HINTS[source],
            }))}
          />
          <TextArea
            name="sourceNote"
            label={LABELS.sourceNote}
            hint="The finding the action responds to, or why it is needed. Do not include anything that identifies a child or family."
            rows={3}
            defaultValue={value("sourceNote")}
            errors={errors.sourceNote}
          />
        </>
      )}

      {question && options.otherQuestions && options.otherQuestions.steps.length > 0 ? (
        <details open={selectedLinks.length > 0 || Boolean(errors.links)} className="space-y-4">
          <summary className="cursor-pointer text-lg text-brand underline">
            Also link this action to other questions in {question.assessmentTitle}
          </summary>
          <div className="mt-4">
            <QuestionLinks
              groups={[options.otherQuestions]}
              selected={selectedLinks}
              legend="Other questions this action answers"
              hint={`It is already linked to question ${question.code}.`}
              errors={errors.links}
            />
          </div>
        </details>
      ) : errors.links ? (
        <p id="links" className="font-bold text-rag-red">
          <span className="sr-only">Error: </span>
          {errors.links.join(". ")}
        </p>
      ) : null}

      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Raising the action…">Raise action</SubmitButton>
        <Link href={cancelHref} className="text-brand underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
