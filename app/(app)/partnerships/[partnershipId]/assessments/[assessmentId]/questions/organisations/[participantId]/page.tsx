import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ParticipantQuestionsForm } from "@/components/assessments/participant-questions-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getParticipantQuestions } from "@/lib/data/participant-questions";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Choose an organisation's questions" };

export default async function ParticipantQuestionsPage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string; participantId: string }>;
}) {
  const { partnershipId, assessmentId, participantId } = await params;
  if (!isUuid(assessmentId) || !isUuid(participantId)) notFound();
  await requirePageAccess(partnershipId, "assessment.manage");
  const data = await getParticipantQuestions(partnershipId, assessmentId, participantId);
  if (data.assessment.kind === "INDEPENDENT_SCRUTINY") notFound();
  const back = `/partnerships/${partnershipId}/assessments/${assessmentId}/questions`;
  const submitted =
    data.organisation.status === "SUBMITTED" || data.organisation.status === "SIGNED_OFF";
  return (
    <>
      <p className="mb-4">
        <Link href={back} className="text-brand underline">
          Back to which questions each organisation answers
        </Link>
      </p>
      <PageHeading caption={data.assessment.title}>
        Questions {data.organisation.name} answers
      </PageHeading>
      {data.canChange ? (
        <>
          <p className="mb-6 max-w-3xl">
            Tick the questions {data.organisation.name} answers. It answers {data.assignedCount}{" "}
            now. Questions you add get an empty answer ready to fill in.
          </p>
          <ParticipantQuestionsForm partnershipId={partnershipId} data={data} />
        </>
      ) : (
        <>
          <Notice title="Read only">
            <p>
              {data.assessment.status === "FINALISED"
                ? "This assessment is finalised, so its questions cannot be changed."
                : submitted
                  ? `${data.organisation.name} has submitted its answers, so its questions cannot be changed.`
                  : "These questions cannot be changed."}
            </p>
          </Notice>
          <div className="max-w-3xl space-y-6">
            {data.steps.map((step) => (
              <section key={step.number} aria-labelledby={`step-${step.number}`}>
                <h2 id={`step-${step.number}`} className="text-xl font-bold">
                  Step {step.number}: {step.title}
                </h2>
                <ul className="mt-2 list-disc space-y-1 pl-6">
                  {step.questions.map((question) => (
                    <li key={question.id}>
                      <span className="mr-2 font-bold tabular-nums">{question.code}</span>
                      {question.text}{" "}
                      <span className="text-muted">
                        ({question.assigned ? "answers this question" : "does not answer this"})
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
    </>
  );
}
