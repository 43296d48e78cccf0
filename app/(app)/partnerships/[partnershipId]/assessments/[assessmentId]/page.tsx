import { FrameworkSource } from "@/components/framework/framework-source";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProgressTable } from "@/components/agreement/progress-table";
import { ReopenForm } from "@/components/agreement/reopen-form";
import { AssessmentStatusTag } from "@/components/agreement/workflow-tags";
import { formatDate } from "@/components/members/format";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { StatusTag } from "@/components/ui/status-tag";
import { SubmitAnswers } from "@/components/responses/submit-answers";
import { getAssessmentProgress, type ParticipantProgress } from "@/lib/data/agreement";
import { getAssessmentTaskList } from "@/lib/data/assessment-work";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Assessment" };

export default async function AssessmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
  searchParams: Promise<{ for?: string | string[]; started?: string | string[] }>;
}) {
  const { partnershipId, assessmentId } = await params;
  const { for: onBehalfOf, started } = await searchParams;
  if (!isUuid(assessmentId)) notFound();
  if (onBehalfOf !== undefined && (typeof onBehalfOf !== "string" || !isUuid(onBehalfOf)))
    notFound();
  const [{ assessment, steps, participant }, progress] = await Promise.all([
    getAssessmentTaskList(partnershipId, assessmentId, onBehalfOf),
    getAssessmentProgress(partnershipId, assessmentId),
  ]);
  const base = `/partnerships/${partnershipId}/assessments/${assessmentId}`;
  const forQuery = participant?.onBehalf ? `?for=${participant.id}` : "";
  const answered = steps.reduce((sum, step) => sum + step.answered, 0);
  const total = steps.reduce((sum, step) => sum + step.total, 0);
  const { viewer } = progress;
  const finalised = progress.assessment.status === "FINALISED";
  const scrutiny = progress.assessment.kind === "INDEPENDENT_SCRUTINY";
  return (
    <>
      <PageHeading caption={`${assessment.cycle.name} · ${assessment.frameworkVersion.label}`}>
        {assessment.title}
      </PageHeading>
      <p className="mb-6 flex flex-wrap items-center gap-3 text-lg">
        <span>Status:</span>
        <AssessmentStatusTag status={progress.assessment.status} />
        {finalised && progress.assessment.finalisedAt ? (
          <span>
            {scrutiny ? "Signed off" : "Finalised"} on{" "}
            {formatDate(new Date(progress.assessment.finalisedAt))}
            {progress.assessment.finalisedByName
              ? ` by ${progress.assessment.finalisedByName}`
              : ""}
          </span>
        ) : null}
      </p>
      {finalised ? (
        <Notice title="Finalised">
          <p>
            This assessment is finalised and locked: its answers, ratings and evidence cannot be
            changed.
          </p>
        </Notice>
      ) : null}
      {started === "1" && assessment.baseline ? (
        <Notice title="Next cycle started" tone="success">
          <p>
            Every answer starts unrated, with last cycle&apos;s rating and evidence beside it. Open
            actions from ‘{assessment.baseline.title}’ are linked to this assessment.
          </p>
        </Notice>
      ) : null}
      {assessment.baseline ? (
        <p className="mb-6 max-w-3xl">
          Started from{" "}
          <Link
            href={`/partnerships/${partnershipId}/assessments/${assessment.baseline.id}`}
            className="text-brand underline"
          >
            {assessment.baseline.title}
          </Link>{" "}
          ({assessment.baseline.cycle.name}). Last cycle&apos;s rating and evidence are shown beside
          each question.
        </p>
      ) : null}
      {participant?.onBehalf ? (
        <Notice title={`Answering for ${participant.name}`}>
          <p>
            You are entering {participant.name}&apos;s answers on its behalf. They are recorded as
            entered by you for {participant.name}.{" "}
            <Link href={base} className="text-brand underline">
              Stop answering for {participant.name}
            </Link>
          </p>
        </Notice>
      ) : null}
      {participant ? (
        <p className="mb-6 text-lg">
          {participant.onBehalf ? `${participant.name} has` : "You have"} answered {answered} of{" "}
          {total} questions.
        </p>
      ) : (
        <p className="mb-6 text-lg">
          You are not a participant in this assessment, so you can read it but not answer it.
        </p>
      )}
      {viewer.isManager && finalised ? (
        <p className="mb-6 text-lg">
          {assessment.successors[0] ? (
            <>
              Next cycle:{" "}
              <Link
                href={`/partnerships/${partnershipId}/assessments/${assessment.successors[0].id}`}
                className="font-bold text-brand underline"
              >
                {assessment.successors[0].title}
              </Link>
            </>
          ) : (
            <Link href={`${base}/next-cycle`} className="font-bold text-brand underline">
              Start next cycle from this assessment
            </Link>
          )}
        </p>
      ) : null}
      <ul className="mb-8 space-y-2 text-lg" aria-label="About this assessment">
        {scrutiny ? (
          <>
            <li>
              <Link href={`${base}/report`} className="font-bold text-brand underline">
                Scrutiny report
              </Link>
            </li>
            <li>
              <Link href={`${base}/challenges`} className="font-bold text-brand underline">
                Challenge log
              </Link>
            </li>
          </>
        ) : (
          <>
            <li>
              <Link href={`${base}/heatmap`} className="font-bold text-brand underline">
                Ratings by organisation
              </Link>
            </li>
            {viewer.isManager && progress.assessment.kind === "WIDER_PARTNER_SELF_ASSESSMENT" ? (
              <li>
                <Link href={`${base}/returns`} className="font-bold text-brand underline">
                  Returns
                </Link>
              </li>
            ) : null}
          </>
        )}
      </ul>
      {(viewer.showAgreement || viewer.canFinalise || (viewer.isManager && !scrutiny)) && (
        <ul className="mb-8 space-y-2 text-lg">
          {viewer.showAgreement ? (
            <li>
              <Link href={`${base}/agree`} className="font-bold text-brand underline">
                {viewer.isLeadScrutineer && !finalised
                  ? "Agree ratings and sign off"
                  : "Compare the scrutineers' ratings"}
              </Link>
            </li>
          ) : null}
          {viewer.isManager && !scrutiny ? (
            <li>
              <Link href={`${base}/questions`} className="font-bold text-brand underline">
                Choose which questions each organisation answers
              </Link>
            </li>
          ) : null}
          {viewer.canFinalise ? (
            <li>
              <Link href={`${base}/finalise`} className="font-bold text-brand underline">
                Finalise the self-assessment
              </Link>
            </li>
          ) : null}
        </ul>
      )}
      <ol
        className="max-w-3xl divide-y divide-[#b1b4b6] border-y border-[#b1b4b6]"
        aria-label="Steps"
      >
        {steps.map((step) => (
          <li key={step.id} className="flex flex-wrap items-center justify-between gap-3 py-4">
            <div>
              <Link
                href={`${base}/steps/${step.number}${forQuery}`}
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
            {participant.onBehalf ? `Submit ${participant.name}'s answers` : "Submit your answers"}
          </h2>
          {participant.status === "SUBMITTED" || participant.status === "SIGNED_OFF" ? (
            <>
              <p>
                {participant.onBehalf
                  ? `${participant.name}'s answers have been submitted.`
                  : "You have submitted your answers."}
              </p>
              {!participant.onBehalf &&
              participant.status === "SUBMITTED" &&
              progress.assessment.kind === "WIDER_PARTNER_SELF_ASSESSMENT" ? (
                <p>
                  Your return counts as returned only once a senior person of your organisation has
                  signed it off.{" "}
                  <Link
                    href={`${base}/returns/${participant.id}`}
                    className="font-bold text-brand underline"
                  >
                    Record your senior person&apos;s sign-off
                  </Link>
                </p>
              ) : null}
            </>
          ) : (
            <>
              {progress.assessment.kind === "WIDER_PARTNER_SELF_ASSESSMENT" ? (
                <p>
                  Drafting away from Six Steps?{" "}
                  <Link
                    href={`${base}/returns/${participant.id}`}
                    className="font-bold text-brand underline"
                  >
                    Download the questionnaire or upload a completed one
                  </Link>
                </p>
              ) : null}
              <p>
                When every question is answered with its evidence, submit your answers. You will be
                told exactly what is missing.
              </p>
              <SubmitAnswers
                partnershipId={partnershipId}
                assessmentId={assessmentId}
                base={base}
                {...(participant.onBehalf ? { onBehalfOf: participant.id } : {})}
              />
            </>
          )}
        </section>
      ) : null}
      {progress.participants.length > 0 ? (
        <section aria-label="Progress per participant" className="mt-10 max-w-4xl">
          <ProgressTable
            participants={progress.participants}
            {...(viewer.isManager && !scrutiny && !finalised
              ? {
                  extra: {
                    heading: "Answer",
                    render: (row: ParticipantProgress) =>
                      row.isStatutoryPartner ? (
                        <Link
                          href={`${base}?for=${row.participantId}`}
                          className="text-brand underline"
                        >
                          Answer on behalf<span className="sr-only"> of {row.name}</span>
                        </Link>
                      ) : null,
                  },
                }
              : {})}
          />
        </section>
      ) : null}
      {viewer.canReopen ? (
        <section aria-labelledby="reopen-heading" className="mt-10 max-w-3xl space-y-3">
          <h2 id="reopen-heading" className="text-2xl font-bold">
            Reopen the assessment
          </h2>
          <p>
            Reopening unlocks the answers, ratings and evidence so they can be changed. The agreed
            ratings and recorded agreements stay until they are replaced; it must then be{" "}
            {scrutiny ? "signed off" : "finalised"} again.
          </p>
          <ReopenForm partnershipId={partnershipId} assessmentId={assessmentId} />
        </section>
      ) : null}
      <FrameworkSource framework={assessment.frameworkVersion} />
    </>
  );
}
