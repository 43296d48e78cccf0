import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionTimeline } from "@/components/history/question-timeline";
import { PageHeading } from "@/components/ui/page-heading";
import { getQuestionHistory } from "@/lib/data/question-history";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "History of a question" };

export default async function QuestionHistoryPage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string; questionId: string }>;
}) {
  const { partnershipId, assessmentId, questionId } = await params;
  if (!isUuid(assessmentId) || !isUuid(questionId)) notFound();
  const { assessment, question, entries } = await getQuestionHistory(
    partnershipId,
    assessmentId,
    questionId,
  );
  const base = `/partnerships/${partnershipId}/assessments/${assessmentId}`;
  return (
    <>
      <p className="mb-4">
        <Link href={`${base}/steps/${question.stepNumber}`} className="text-brand underline">
          Back to step {question.stepNumber}: {question.stepTitle}
        </Link>
      </p>
      <PageHeading caption={`${assessment.title} · History of question ${question.code}`}>
        <span className="mr-2 tabular-nums">{question.code}</span>
        {question.text}
      </PageHeading>
      <p className="mb-6 max-w-3xl">
        Every change to the answers and the agreed rating for this question, newest first. The
        history cannot be edited or deleted.
      </p>
      <QuestionTimeline entries={entries} />
    </>
  );
}
