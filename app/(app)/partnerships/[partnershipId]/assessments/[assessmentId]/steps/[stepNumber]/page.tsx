import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FrameworkSource } from "@/components/framework/framework-source";
import { QuestionResponse } from "@/components/responses/question-response";
import { ReadOnlyResponse } from "@/components/responses/read-only-response";
import { StepEvidenceProvider } from "@/components/responses/step-evidence-provider";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { QuestionActions } from "@/components/responses/question-actions";
import { requirePageAccess } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { getActionsForQuestions } from "@/lib/data/actions";
import { getStepForResponding } from "@/lib/data/assessment-work";
import { getCitedRemovedEvidence } from "@/lib/data/evidence";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Answer a step" };

export default async function StepPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string; stepNumber: string }>;
  searchParams: Promise<{ for?: string | string[] }>;
}) {
  const { partnershipId, assessmentId, stepNumber } = await params;
  const onBehalfOf = (await searchParams).for;
  const number = Number(stepNumber);
  if (!isUuid(assessmentId) || !Number.isInteger(number) || number < 1 || number > 50) notFound();
  if (onBehalfOf !== undefined && (typeof onBehalfOf !== "string" || !isUuid(onBehalfOf)))
    notFound();
  const { membership } = await requirePageAccess(partnershipId, "assessment.view");
  const [data, actions] = await Promise.all([
    getStepForResponding(partnershipId, assessmentId, number, onBehalfOf),
    getActionsForQuestions(partnershipId, assessmentId),
  ]);
  // Removed files the answers already cite: shown with their tombstone, not offered to cite.
  const removedEvidence = await getCitedRemovedEvidence(
    partnershipId,
    data.questions.flatMap((question) => question.response?.evidenceIds ?? []),
  );
  const forQuery = data.answeringFor?.onBehalf ? `?for=${data.answeringFor.id}` : "";
  const base = `/partnerships/${partnershipId}/assessments/${assessmentId}`;
  const canRaise = can(membership.role, "action.create");
  const stepUrl = `${base}/steps/${number}${forQuery}`;
  const actionPlan = (question: (typeof data.questions)[number]) => {
    const anchor = `q${question.code.replace(".", "-")}`;
    const query = new URLSearchParams({
      assessment: assessmentId,
      question: question.id,
      ...(question.response ? { response: question.response.id } : {}),
      returnTo: `${stepUrl}#${anchor}-title`,
    });
    return (
      <QuestionActions
        partnershipId={partnershipId}
        code={question.code}
        idPrefix={anchor}
        actions={actions[question.id] ?? []}
        addHref={canRaise ? `/partnerships/${partnershipId}/actions/new?${query}` : null}
      />
    );
  };
  const evidenceTitles = new Map(
    [...data.evidence, ...removedEvidence].map((item) => [item.id, item.title]),
  );
  return (
    <StepEvidenceProvider evidence={data.evidence} removed={removedEvidence}>
      <p className="mb-4">
        <Link href={`${base}${forQuery}`} className="text-brand underline">
          Back to the steps of {data.assessment.title}
        </Link>
      </p>
      <PageHeading caption={`Step ${data.step.number} of ${data.stepCount}`}>
        {data.step.title}
      </PageHeading>
      {data.answeringFor?.onBehalf ? (
        <Notice title={`Answering for ${data.answeringFor.name}`}>
          <p>
            You are entering {data.answeringFor.name}&apos;s answers on its behalf; each change is
            recorded as made by you for {data.answeringFor.name}.
          </p>
        </Notice>
      ) : null}
      {data.canEdit ? (
        <p className="mb-8 max-w-3xl">
          Answers are saved as you go. Every answer, Green included, needs an action plan.
        </p>
      ) : (
        <Notice title="Read only">
          <p>
            {data.assessment.status === "FINALISED"
              ? "This assessment is finalised."
              : "You are not a participant in this assessment."}
          </p>
        </Notice>
      )}
      <div className="max-w-3xl space-y-12">
        {data.questions.map((question) =>
          data.canEdit && question.response ? (
            <QuestionResponse
              key={question.id}
              partnershipId={partnershipId}
              assessmentId={assessmentId}
              question={{ ...question, response: question.response }}
              rag={data.rag}
              evidence={data.evidence}
              actionPlan={actionPlan(question)}
            />
          ) : (
            <ReadOnlyResponse
              key={question.id}
              partnershipId={partnershipId}
              assessmentId={assessmentId}
              question={question}
              evidenceTitles={evidenceTitles}
              actionPlan={actionPlan(question)}
            />
          ),
        )}
      </div>
      <nav
        aria-label="Previous and next step"
        className="mt-12 flex max-w-3xl flex-wrap justify-between gap-4"
      >
        {number > 1 ? (
          <Link href={`${base}/steps/${number - 1}${forQuery}`} className="text-brand underline">
            Previous: step {number - 1}
          </Link>
        ) : (
          <span />
        )}
        {number < data.stepCount ? (
          <Link
            href={`${base}/steps/${number + 1}${forQuery}`}
            className="font-bold text-brand underline"
          >
            Next: step {number + 1}
          </Link>
        ) : (
          <Link href={`${base}${forQuery}`} className="font-bold text-brand underline">
            Back to the steps to submit
          </Link>
        )}
      </nav>
      <FrameworkSource framework={data.framework} />
    </StepEvidenceProvider>
  );
}
