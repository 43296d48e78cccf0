import type { ReactNode } from "react";
import { BaselinePanel } from "@/components/cycles/baseline-panel";
import { HistoryLink } from "@/components/history/history-link";
import { WordingQuestionHeading } from "@/components/returns/wording-question-heading";
import { RagTag } from "@/components/ui/rag-tag";
import type { StepForResponding } from "@/lib/data/assessment-work";

type Question = StepForResponding["questions"][number];

/** A question with its answer as it stands, for a finalised assessment or a reader. */
export function ReadOnlyResponse({
  partnershipId,
  assessmentId,
  question,
  evidenceTitles,
  actionPlan,
}: {
  partnershipId: string;
  assessmentId: string;
  question: Question;
  evidenceTitles: Map<string, string>;
  actionPlan?: ReactNode;
}) {
  const titleId = `q${question.code.replace(".", "-")}-title`;
  const { response } = question;
  return (
    <section aria-labelledby={titleId} className="space-y-4 border-t-4 border-brand pt-4">
      <WordingQuestionHeading id={titleId} question={question} />
      <p>
        <HistoryLink
          partnershipId={partnershipId}
          assessmentId={assessmentId}
          questionId={question.id}
          code={question.code}
        />
      </p>
      {question.baseline ? (
        <BaselinePanel
          baseline={question.baseline}
          current={response?.rating ?? null}
          idPrefix={`${titleId}-last-cycle`}
        />
      ) : null}
      {response ? (
        <dl className="divide-y divide-[#b1b4b6] border-y border-[#b1b4b6]">
          <Row term="Rating">
            {response.rating ? <RagTag rating={response.rating} /> : "Not rated"}
          </Row>
          {response.rating === "NOT_IN_SCOPE" ? (
            <Row term="Why not in scope">{response.notInScopeReason || "Not given"}</Row>
          ) : null}
          <Row term="Narrative">
            <span className="whitespace-pre-line">{response.narrative || "None"}</span>
          </Row>
          {response.rating === "AMBER" ? (
            <Row term="Work that remains">
              <span className="whitespace-pre-line">{response.remainingWork || "None"}</span>
            </Row>
          ) : null}
          <Row term="Evidence">
            {response.evidenceIds.length === 0 ? (
              "None cited"
            ) : (
              <ul className="list-disc pl-5">
                {response.evidenceIds.map((id) => (
                  <li key={id}>{evidenceTitles.get(id) ?? "Evidence no longer available"}</li>
                ))}
              </ul>
            )}
          </Row>
        </dl>
      ) : null}
      {actionPlan}
    </section>
  );
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-bold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
