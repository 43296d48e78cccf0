import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerTimeline } from "@/components/arrangements/answer-timeline";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getArrangementHistory } from "@/lib/data/arrangements";
import { parseQuestionNumber } from "@/lib/domain/arrangements";

export const metadata: Metadata = { title: "History of a scrutiny arrangements answer" };

export default async function ArrangementHistoryPage({
  params,
}: {
  params: Promise<{ partnershipId: string; questionNumber: string }>;
}) {
  const { partnershipId, questionNumber: raw } = await params;
  const questionNumber = parseQuestionNumber(raw);
  if (questionNumber === null) notFound();
  await requirePageAccess(partnershipId, "arrangements.view");
  const { question, entries } = await getArrangementHistory(partnershipId, questionNumber);
  return (
    <>
      <Link
        href={`/partnerships/${partnershipId}/arrangements#question-${questionNumber}`}
        className="mb-6 inline-block text-brand underline"
      >
        Back to scrutiny arrangements
      </Link>
      <PageHeading caption={`Scrutiny arrangements · History of question ${question.number}`}>
        {question.text}
      </PageHeading>
      <p className="mb-6 max-w-3xl">
        Every change to the answer to this question, newest first. The history cannot be edited or
        deleted.
      </p>
      <AnswerTimeline entries={entries} />
    </>
  );
}
