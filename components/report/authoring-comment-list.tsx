import type { AccuracyComment } from "@/lib/data/report-authoring-partners";
import { ACCURACY_DECISION_LABELS } from "@/lib/domain/report-authoring";
import { DecisionForm } from "./authoring-decision-form";

/**
 * Every factual-accuracy comment, oldest first: the part of the report, the statutory partner,
 * who wrote it and when, and the scrutineers' decision, with the decision form for scrutineers.
 */
export function CommentList({
  partnershipId,
  assessmentId,
  comments,
  canDecide,
}: {
  partnershipId: string;
  assessmentId: string;
  comments: AccuracyComment[];
  canDecide: boolean;
}) {
  if (comments.length === 0) return <p>There are no comments yet.</p>;
  return (
    <ol className="space-y-10">
      {comments.map((comment, index) => {
        const number = index + 1;
        const decided = comment.decision?.decided ?? null;
        return (
          <li key={comment.id}>
            <article
              aria-labelledby={`comment-${number}-title`}
              className="space-y-4 border-t-4 border-brand pt-4"
            >
              <h3 id={`comment-${number}-title`} className="text-xl font-bold">
                Comment {number}: {comment.sectionLabel}
              </h3>
              <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
                <dt className="font-bold">Part of the report</dt>
                <dd>{comment.sectionLabel}</dd>
                <dt className="font-bold">Statutory partner</dt>
                <dd>{comment.organisationName ?? "Not recorded"}</dd>
                <dt className="font-bold">Comment by</dt>
                <dd>{comment.added.byName ?? "A former member"}</dd>
                <dt className="font-bold">Date</dt>
                <dd>
                  <time dateTime={comment.added.at}>{comment.added.atLabel}</time>
                </dd>
                <dt className="font-bold">Comment</dt>
                <dd className="whitespace-pre-line">{comment.text}</dd>
                <dt className="font-bold">Decision</dt>
                <dd>
                  {comment.decision ? (
                    <>
                      <strong>{ACCURACY_DECISION_LABELS[comment.decision.value]}</strong>
                      {decided ? (
                        <span className="text-muted">
                          {decided.byName ? ` by ${decided.byName}` : ""} on{" "}
                          <time dateTime={decided.at}>{decided.atLabel}</time>
                        </span>
                      ) : null}
                      {comment.decision.note ? (
                        <span className="block whitespace-pre-line">{comment.decision.note}</span>
                      ) : null}
                    </>
                  ) : (
                    "Not decided yet"
                  )}
                </dd>
              </dl>
              {canDecide ? (
                <DecisionForm
                  partnershipId={partnershipId}
                  assessmentId={assessmentId}
                  number={number}
                  comment={comment}
                />
              ) : null}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
