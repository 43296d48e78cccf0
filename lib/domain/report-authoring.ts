/** The scrutiny report's sections as stored on a factual-accuracy comment. */
export type ReportSection = "summary" | "ratings" | `step-${number}`;

export const ACCURACY_DECISIONS = ["CHANGED", "NOT_CHANGED"] as const;
export type AccuracyDecisionValue = (typeof ACCURACY_DECISIONS)[number];

export const ACCURACY_DECISION_LABELS: Record<AccuracyDecisionValue, string> = {
  CHANGED: "Report changed",
  NOT_CHANGED: "No change made",
};

/** "summary", "ratings" or "step-3" → the words a person reads. */
export function reportSectionLabel(
  section: string,
  steps: ReadonlyArray<{ number: number; title: string }>,
): string {
  if (section === "summary") return "Overall summary";
  if (section === "ratings") return "Ratings";
  const match = /^step-(\d+)$/.exec(section);
  if (match) {
    const number = Number(match[1]);
    const step = steps.find((s) => s.number === number);
    return step ? `Step ${number}: ${step.title}` : `Step ${number}`;
  }
  return "Report";
}

/** The sections a comment may name, in report order. */
export function reportSections(steps: ReadonlyArray<{ number: number }>): ReportSection[] {
  return ["summary", "ratings", ...steps.map((s) => `step-${s.number}` as const)];
}
