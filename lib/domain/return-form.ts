import type { RatingValue } from "./rating";

/**
 * The offline return form: what the blank questionnaire (Word and Excel) holds and what an
 * uploaded Excel return must look like. The writer (lib/export/questionnaire-xlsx.ts) and the
 * reader (lib/domain/return-workbook.ts) share these names, so they cannot drift apart.
 */

export type QuestionnaireQuestion = {
  lineageKey: string;
  code: string;
  text: string;
};

export type QuestionnaireStep = {
  number: number;
  title: string;
  questions: ReadonlyArray<QuestionnaireQuestion>;
};

/** Everything a blank questionnaire shows: plain data, no database. */
export type Questionnaire = {
  partnershipName: string;
  assessmentId: string;
  assessmentTitle: string;
  organisationId: string;
  organisationName: string;
  /** The deadline, "YYYY-MM-DD", or null when none is set. */
  dueOn: string | null;
  rag: { green: string; amber: string; red: string };
  steps: ReadonlyArray<QuestionnaireStep>;
};

export const RETURN_SHEET = "Return";
export const ABOUT_SHEET = "About";

/** The Return sheet's columns, in order; column A (the key) is hidden and locked. */
export const RETURN_COLUMNS = [
  { key: "key", heading: "Question key (do not change)", width: 24 },
  { key: "step", heading: "Step", width: 28 },
  { key: "code", heading: "Question", width: 10 },
  { key: "text", heading: "What the question asks", width: 60 },
  { key: "rating", heading: "Rating", width: 16 },
  { key: "narrative", heading: "Evidence and narrative", width: 60 },
  { key: "remainingWork", heading: "Remaining work", width: 45 },
  { key: "notInScopeReason", heading: "Reason if not in scope", width: 35 },
] as const;

export type ReturnColumnKey = (typeof RETURN_COLUMNS)[number]["key"];

/** The cells a respondent fills in. */
export const ANSWER_COLUMNS = ["rating", "narrative", "remainingWork", "notInScopeReason"] as const;
export type AnswerColumn = (typeof ANSWER_COLUMNS)[number];

export const ANSWER_LABELS: Record<AnswerColumn, string> = {
  rating: "Rating",
  narrative: "Evidence and narrative",
  remainingWork: "Remaining work",
  notInScopeReason: "Reason if not in scope",
};

/** The About sheet's labelled cells that identify whose return the file is. */
export const ABOUT_LABELS = {
  organisationId: "Organisation id",
  assessmentId: "Assessment id",
} as const;

/** The words offered in the Rating list, in the order they are offered. */
export const RATING_WORDS: ReadonlyArray<{ word: string; value: RatingValue }> = [
  { word: "Red", value: "RED" },
  { word: "Amber", value: "AMBER" },
  { word: "Green", value: "GREEN" },
  { word: "Not in scope", value: "NOT_IN_SCOPE" },
];

export const RATING_CHOICES = RATING_WORDS.map((r) => r.word).join(", ");

/** "red", " Amber ", "Not in scope this cycle" → the rating; anything else → null. */
export function ratingFromWord(word: string): RatingValue | null {
  const normal = word.trim().replace(/\s+/g, " ").toLowerCase();
  if (normal === "not in scope this cycle") return "NOT_IN_SCOPE";
  return RATING_WORDS.find((r) => r.word.toLowerCase() === normal)?.value ?? null;
}

export function wordForRating(rating: RatingValue | null): string {
  return RATING_WORDS.find((r) => r.value === rating)?.word ?? "Not rated";
}

/** An uploaded return is small: 24 questions of text. */
export const MAX_RETURN_BYTES = 2 * 1024 * 1024;
export const MAX_RETURN_ROWS = 500;

export const QUESTIONNAIRE_INSTRUCTIONS = [
  "Answer each question on the Return sheet: choose a rating from the list and write your evidence and narrative.",
  "A Red rating needs a narrative explaining it. An Amber rating needs the work that remains for a full positive answer. Not in scope needs a reason.",
  "Rows left blank change nothing. Do not add, remove or move rows or columns, and type words rather than formulas.",
  "When you have finished, upload the file on your organisation's return page in Six Steps. You will see what will change before anything is saved.",
  "Attach evidence files in Six Steps: they cannot be uploaded in this spreadsheet.",
] as const;
