import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { StatusTag } from "@/components/ui/status-tag";
import { SubmitAnswers } from "@/components/responses/submit-answers";
import { getAssessmentTaskList } from "@/lib/data/assessment-work";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Assessment" };

export default async function AssessmentPage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
}) {
  const { partnershipId, assessmentId } = await params;
  if (!isUuid(assessmentId)) notFound();
  const { assessment, steps, participant } = await getAssessmentTaskList(
    partnershipId,
    assessmentId,
  );
  const base = `/partnerships/${partnershipId}/assessments/${assessmentId}`;
  const answered = steps.reduce((sum, step) => sum + step.answered, 0);
  const total = steps.reduce((sum, step) => sum + step.total, 0);
  return (
    <>
      <PageHeading caption={`${assessment.cycle.name} · ${assessment.frameworkVersion.label}`}>
        {assessment.title}
      </PageHeading>
      {participant ? (
        <p className="mb-6 text-lg">
          You have answered {answered} of {total} questions.
        </p>
      ) : (
        <p className="mb-6 text-lg">
          You are not a participant in this assessment, so you can read it but not answer it.
        </p>
      )}
      <ol
        className="max-w-3xl divide-y divide-[#b1b4b6] border-y border-[#b1b4b6]"
        aria-label="Steps"
      >
        {steps.map((step) => (
          <li key={step.id} className="flex flex-wrap items-center justify-between gap-3 py-4">
            <div>
              <Link
                href={`${base}/steps/${step.number}`}
                className="text-lg font-bold text-brand underline"
                aria-describedby={`step-${step.number}-status`}
              >
                Step {step.number}: {step.title}
              </Link>
              <p className="text-muted">
                {step.answered} of {step.total} questions answered
              </p>
            </div>
            <span id={`step-${step.number}-status`}>
              <StatusTag status={step.status} />
            </span>
          </li>
        ))}
      </ol>
      {participant && assessment.status === "IN_PROGRESS" ? (
        <section aria-labelledby="submit-heading" className="mt-8 max-w-3xl space-y-3">
          <h2 id="submit-heading" className="text-2xl font-bold">
            Submit your answers
          </h2>
          {participant.status === "SUBMITTED" || participant.status === "SIGNED_OFF" ? (
            <p>You have submitted your answers.</p>
          ) : (
            <>
              <p>
                When every question is answered with its evidence, submit your answers. You will be
                told exactly what is missing.
              </p>
              <SubmitAnswers
                partnershipId={partnershipId}
                assessmentId={assessmentId}
                base={base}
              />
            </>
          )}
        </section>
      ) : null}
      <p className="mt-6 text-sm text-muted">
        {assessment.frameworkVersion.isAdapted
          ? assessment.frameworkVersion.citation
          : `Source: ${assessment.frameworkVersion.citation}`}
      </p>
    </>
  );
}
