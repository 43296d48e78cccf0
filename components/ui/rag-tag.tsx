import { RATING_LABELS, type RatingValue } from "@/lib/domain/rating";

// Colour is never the only signal: every tag carries the letter and the word.
const STYLES: Record<RatingValue, string> = {
  RED: "bg-rag-red text-white",
  AMBER: "bg-rag-amber text-ink",
  GREEN: "bg-rag-green text-white",
  NOT_IN_SCOPE: "bg-[#dee0e2] text-ink",
};

export function RagTag({ rating }: { rating: RatingValue }) {
  const label = RATING_LABELS[rating];
  return (
    <strong
      className={`inline-flex items-center gap-2 px-2 py-0.5 font-bold uppercase tracking-wide ${STYLES[rating]}`}
    >
      <span aria-hidden="true">{label.letter}</span>
      <span>{label.word}</span>
    </strong>
  );
}
