export const RATINGS = ["RED", "AMBER", "GREEN", "NOT_IN_SCOPE"] as const;
export type RatingValue = (typeof RATINGS)[number];

export const RATING_LABELS: Record<RatingValue, { letter: string; word: string }> = {
  RED: { letter: "R", word: "Red" },
  AMBER: { letter: "A", word: "Amber" },
  GREEN: { letter: "G", word: "Green" },
  NOT_IN_SCOPE: { letter: "–", word: "Not in scope this cycle" },
};
