import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerForm } from "@/components/arrangements/answer-form";
import { LastChanged } from "@/components/arrangements/last-changed";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getArrangementAnswer } from "@/lib/data/arrangements";
import { parseQuestionNumber } from "@/lib/domain/arrangements";

export const metadata: Metadata = { title: "Answer a scrutiny arrangements question" };

export default async function ArrangementAnswerPage({
  params,
}: {
  params: Promise<{ partnershipId: string; questionNumber: string }>;
}) {
  const { partnershipId, questionNumber: raw } = await params;
  const questionNumber = parseQuestionNumber(raw);
  if (questionNumber === null) notFound();
  await requirePageAccess(partnershipId, "arrangements.edit");
  const question = await getArrangementAnswer(partnershipId, questionNumber);
  const base = `/partnerships/${partnershipId}/arrangements`;
  return (
    <>
      <Link
        href={`${base}#question-${questionNumber}`}
        className="mb-6 inline-block text-brand underline"
      >
        Back to scrutiny arrangements
      </Link>
      <PageHeading caption={`Scrutiny arrangements · Question ${questionNumber}`}>
        {question.text}
      </PageHeading>
      {question.answer !== null ? (
        <p className="mb-6 text-muted">
          Last changed: <LastChanged answer={question} />.{" "}
          <Link href={`${base}/${questionNumber}/history`} className="text-brand underline">
            History<span className="sr-only"> of question {questionNumber}</span>
          </Link>
        </p>
      ) : null}
      <AnswerForm partnershipId={partnershipId} question={question} />
    </>
  );
}
