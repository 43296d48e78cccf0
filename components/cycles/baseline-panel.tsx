import { RagTag } from "@/components/ui/rag-tag";
import type { BaselineEntry } from "@/lib/data/baseline";
import { RATING_CHANGE_LABELS, ratingChange, type RatingChange } from "@/lib/domain/actions";
import { RATING_LABELS, type RatingValue } from "@/lib/domain/rating";

const ARROWS: Record<RatingChange, string> = { UP: "↑", DOWN: "↓", SAME: "→" };

/** "Improved since last cycle (Amber to Green)": words first, the arrow only supports them. */
export function RatingChangeNote({
  previous,
  current,
}: {
  previous: RatingValue | null;
  current: RatingValue | null;
}) {
  const change = ratingChange(previous, current);
  if (!change || !previous || !current) return null;
  return (
    <p className="font-bold">
      <span aria-hidden="true" className="mr-1">
        {ARROWS[change]}
      </span>
      {RATING_CHANGE_LABELS[change]} ({RATING_LABELS[previous].word} to{" "}
      {RATING_LABELS[current].word})
    </p>
  );
}

/** Last cycle's rating and evidence beside a question, and what changed once it is rated. */
export function BaselinePanel({
  baseline,
  current,
  idPrefix,
}: {
  baseline: BaselineEntry;
  current: RatingValue | null;
  idPrefix: string;
}) {
  return (
    <section
      aria-labelledby={`${idPrefix}-baseline`}
      className="space-y-2 border-l-4 border-[#b1b4b6] bg-[#f3f2f1] p-3"
    >
      <h3 id={`${idPrefix}-baseline`} className="font-bold">
        Last cycle ({baseline.cycleName})
      </h3>
      <p>Rating: {baseline.rating ? <RagTag rating={baseline.rating} /> : "Not rated"}</p>
      {baseline.evidence.length > 0 ? (
        <div>
          <p>Evidence cited then:</p>
          <ul className="list-disc pl-6">
            {baseline.evidence.map((item) => (
              <li key={item.id}>{item.title}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>No evidence was cited then.</p>
      )}
      <RatingChangeNote previous={baseline.rating} current={current} />
    </section>
  );
}
