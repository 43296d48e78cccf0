import Link from "next/link";

/**
 * "History" for one question: every recorded change to its answers and agreed rating. The link's
 * accessible name names the question, so a list of them reads well to a screen reader.
 */
export function HistoryLink({
  partnershipId,
  assessmentId,
  questionId,
  code,
}: {
  partnershipId: string;
  assessmentId: string;
  questionId: string;
  code: string;
}) {
  return (
    <Link
      href={`/partnerships/${partnershipId}/assessments/${assessmentId}/questions/${questionId}/history`}
      className="text-brand underline"
    >
      History<span className="sr-only"> of question {code}</span>
    </Link>
  );
}
