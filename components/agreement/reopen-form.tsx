"use client";

import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/members/use-form-action";
import { reopenAssessment } from "@/lib/actions/assessments/reopen-assessment";

/** Reopening a finalised assessment, with the reason recorded in the audit trail. */
export function ReopenForm({
  partnershipId,
  assessmentId,
}: {
  partnershipId: string;
  assessmentId: string;
}) {
  const form = useFormAction(reopenAssessment);
  if (form.success) {
    return (
      <Notice title="Assessment reopened" tone="success">
        <p>Its answers, ratings and evidence can be changed again. Your reason is recorded.</p>
      </Notice>
    );
  }
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-5">
      <ErrorSummary
        message={form.failure?.message}
        fieldErrors={form.failure?.fieldErrors}
        labels={{ reason: "Reason for reopening" }}
      />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <TextArea
        name="reason"
        label="Reason for reopening"
        hint="Say what needs to change. The reason is kept in the audit trail with your name."
        errors={form.failure?.fieldErrors?.reason}
        defaultValue={form.value("reason")}
        maxLength={1000}
        rows={3}
      />
      <SubmitButton variant="warning" pendingText="Reopening…">
        Reopen the assessment
      </SubmitButton>
    </form>
  );
}
