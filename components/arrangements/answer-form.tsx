"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { saveArrangementAnswer } from "@/lib/actions/arrangements/save-arrangement-answer";
import type { StoredAnswer } from "@/lib/actions/arrangements/support";
import type { ArrangementAnswerDto } from "@/lib/data/arrangements";
import { ANSWER_MAX } from "@/lib/domain/arrangements";

/**
 * Answers one scrutiny arrangements question, or changes its answer. When someone else saved first
 * the form keeps what this person typed, shows what is stored now, and takes the stored version, so
 * saving again is a deliberate choice to replace it.
 */
export function AnswerForm({
  partnershipId,
  question,
}: {
  partnershipId: string;
  question: ArrangementAnswerDto;
}) {
  const router = useRouter();
  const form = useFormAction(saveArrangementAnswer);
  const base = `/partnerships/${partnershipId}/arrangements`;
  const conflict = form.failure?.conflict as StoredAnswer | null | undefined;

  useEffect(() => {
    if (form.success) router.push(`${base}?saved=${question.number}`);
  }, [form.success, base, question.number, router]);

  const version = conflict ? conflict.version : question.version;
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-3xl space-y-6">
      <ErrorSummary message={form.failure?.message} fieldErrors={form.failure?.fieldErrors} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="questionNumber" value={question.number} />
      <input type="hidden" name="version" value={version} />
      {conflict ? (
        <section
          aria-labelledby="their-answer-title"
          className="border-l-8 border-[#b1b4b6] bg-[#f3f2f1] p-4"
        >
          <h2 id="their-answer-title" className="text-xl font-bold">
            The answer saved now
          </h2>
          <p className="mb-2 text-muted">
            {conflict.updatedByName ? `Saved by ${conflict.updatedByName} on ` : "Saved on "}
            <time dateTime={conflict.updatedAt}>{conflict.updatedAtLabel}</time>
          </p>
          <p className="whitespace-pre-line">{conflict.answer}</p>
        </section>
      ) : null}
      <TextArea
        name="answer"
        label={conflict ? "Your answer" : "Answer"}
        hint={`You can enter up to ${ANSWER_MAX.toLocaleString("en-GB")} characters.`}
        rows={10}
        maxLength={ANSWER_MAX}
        defaultValue={form.failure ? form.value("answer") : (question.answer ?? "")}
        errors={form.failure?.fieldErrors?.answer}
      />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Saving…">
          {conflict ? "Save my answer instead" : "Save answer"}
        </SubmitButton>
        <Link href={`${base}#question-${question.number}`} className="text-brand underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
