import Link from "next/link";
import type { ArrangementAnswerDto } from "@/lib/data/arrangements";
import { SummaryCard, SummaryList } from "./summary-card";
import { LastChanged } from "./last-changed";

/**
 * The 18 scrutiny arrangements questions as summary cards: the question verbatim, the answer, who
 * last changed it and when, with "Answer" or "Edit answer" for those who may edit and "History".
 */
export function ArrangementList({
  partnershipId,
  questions,
  canEdit,
}: {
  partnershipId: string;
  questions: ArrangementAnswerDto[];
  canEdit: boolean;
}) {
  const base = `/partnerships/${partnershipId}/arrangements`;
  return (
    <ol className="max-w-4xl space-y-6" aria-label="Questions about the scrutiny arrangements">
      {questions.map((question) => {
        const answered = question.answer !== null;
        const actions = [
          ...(canEdit
            ? [
                <Link
                  key="edit"
                  href={`${base}/${question.number}`}
                  className="text-brand underline"
                >
                  {answered ? "Edit answer" : "Answer"}
                  <span className="sr-only"> to question {question.number}</span>
                </Link>,
              ]
            : []),
          ...(answered
            ? [
                <Link
                  key="history"
                  href={`${base}/${question.number}/history`}
                  className="text-brand underline"
                >
                  History<span className="sr-only"> of question {question.number}</span>
                </Link>,
              ]
            : []),
        ];
        return (
          <li key={question.number}>
            <SummaryCard
              id={`question-${question.number}`}
              title={`Question ${question.number}`}
              actions={actions}
            >
              <SummaryList
                rows={[
                  { key: "Question", value: question.text },
                  {
                    key: "Answer",
                    value: answered ? (
                      <span className="whitespace-pre-line">{question.answer}</span>
                    ) : (
                      <span className="text-muted">Not answered yet</span>
                    ),
                  },
                  {
                    key: "Last changed",
                    value: <LastChanged answer={question} />,
                  },
                ]}
              />
            </SummaryCard>
          </li>
        );
      })}
    </ol>
  );
}
