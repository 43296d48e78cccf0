import type { Rating } from "../../lib/generated/prisma/enums";

/**
 * The demo's ratings over three finalised cycles, so the report shows trends and gaps at once.
 * Mostly improving; 2.1 (the relevant agencies' forum lapsed) and 4.1 (the police records system
 * changed and the shared dataset lost its police data) decline in 2025–26.
 */
export type PastCycle = "2023–24" | "2024–25";
export type RatedCycle = PastCycle | "2025–26";
export type Ratings = Record<string, Rating>;

const LETTERS: Record<string, Rating> = { R: "RED", A: "AMBER", G: "GREEN", N: "NOT_IN_SCOPE" };

/** "RAAA ARAR …": one group per step, one letter per question, in the framework's order. */
function ratings(steps: string): Ratings {
  const result: Ratings = {};
  for (const [stepIndex, group] of steps.split(" ").entries())
    for (const [questionIndex, letter] of [...group].entries())
      result[`${stepIndex + 1}.${questionIndex + 1}`] = LETTERS[letter]!;
  return result;
}

/** The agreed independent ratings of each finalised scrutiny (2025–26 as seeded by demo-history). */
export const SCRUTINY_RATINGS: Record<RatedCycle, Ratings> = {
  "2023–24": ratings("RAAA ARAR RRRR ARRA ARAA GAAR"),
  "2024–25": ratings("AGAA ARAR RARA GARA AAAA AAAR"),
  "2025–26": ratings("GGAA RRAA AAAG RAAA AAAA AANA"),
};

/**
 * 2025–26: where each scrutineer's own rating differs from the agreed one. The two scrutineers
 * disagree on exactly these three questions (3.4 strongly: Green against Red).
 */
export const DISAGREEMENTS_2025_26: Record<string, { lead: Rating; second: Rating }> = {
  "3.4": { lead: "GREEN", second: "RED" },
  "4.1": { lead: "RED", second: "AMBER" },
  "5.3": { lead: "GREEN", second: "AMBER" },
};

/**
 * The core partners' combined self-assessment, where it differs from the independent rating
 * (elsewhere they rated as the scrutineers did; a question out of scope for the scrutiny, Amber).
 * Mostly more generous: e.g. 2.1 in 2025–26, self Green against scrutiny Red.
 */
const SELF_DIFFERENCES: Record<RatedCycle, Ratings> = {
  "2023–24": { "2.4": "GREEN", "3.1": "AMBER", "3.4": "AMBER", "6.4": "AMBER" },
  "2024–25": { "2.2": "GREEN", "3.3": "AMBER", "4.3": "AMBER", "4.1": "AMBER" },
  "2025–26": { "2.1": "GREEN", "2.2": "AMBER", "4.1": "AMBER", "5.2": "GREEN", "1.2": "AMBER" },
};

/** One statutory partner's own rating where it differs from the combined one (the majority's). */
const PARTNER_DIFFERENCES: Partial<Record<RatedCycle, Record<string, Ratings>>> = {
  "2025–26": { "Northshire Police": { "2.1": "AMBER", "4.1": "RED" } },
  "2024–25": { "NHS Northshire Integrated Care Board": { "4.3": "RED" } },
};

export function selfRating(cycle: RatedCycle, code: string, organisation: string): Rating {
  const independent = SCRUTINY_RATINGS[cycle][code]!;
  return (
    PARTNER_DIFFERENCES[cycle]?.[organisation]?.[code] ??
    SELF_DIFFERENCES[cycle][code] ??
    (independent === "NOT_IN_SCOPE" ? "AMBER" : independent)
  );
}

/** 2025–26 wider-partner self-assessment: each organisation answers the questions listed. */
export const WIDER_RATINGS_2025_26: Record<string, Ratings> = {
  "Northshire Schools Alliance": onlySteps(ratings("RAAA ARGA ARAR AAAA AAAA AAGR"), "236"),
  "Northshire Police": onlySteps(ratings("AAAA GAAA AAAA RAAR GAAG AAAA"), "245"),
};

function onlySteps(all: Ratings, steps: string): Ratings {
  return Object.fromEntries(Object.entries(all).filter(([code]) => steps.includes(code[0]!)));
}
