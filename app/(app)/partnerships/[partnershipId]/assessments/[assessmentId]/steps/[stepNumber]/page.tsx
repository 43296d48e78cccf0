import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionResponse } from "@/components/responses/question-response";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { getStepForResponding } from "@/lib/data/assessment-work";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Answer a step" };

export default async function StepPage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string; stepNumber: string }>;
}) {
  const { partnershipId, assessmentId, stepNumber } = await params;
  const number = Number(stepNumber);
  if (!isUuid(assessmentId) || !Number.isInteger(number) || number < 1 || number > 50) notFound();
  const data = await getStepForResponding(partnershipId, assessmentId, number);
  const back = `/partnerships/${partnershipId}/assessments/${assessmentId}`;
  return (
    <>
      <p className="mb-4">
        <Link href={back} className="text-brand underline">
          Back to the steps of {data.assessment.title}
        </Link>
      </p>
      <PageHeading caption={`Step ${data.step.number}`}>{data.step.title}</PageHeading>
      {data.canEdit ? (
        <p className="mb-8 max-w-3xl">
          Your answers are saved as you go. Every answer, Green included, needs an action plan.
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
              question={{ ...question, response: question.response }}
              rag={data.rag}
              evidence={data.evidence}
            />
          ) : (
            <section
              key={question.id}
              aria-labelledby={`q-${question.id}`}
              className="border-t-4 border-brand pt-4"
            >
              <h2 id={`q-${question.id}`} className="text-xl font-bold">
                <span className="mr-2">{question.code}</span>
                {question.text}
              </h2>
            </section>
          ),
        )}
      </div>
    </>
  );
}
