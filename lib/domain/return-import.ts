import { saveResponseSchema } from "./response-input";
import { responseProblems } from "./responses";
import type { RatingValue } from "./rating";
import { RATING_CHOICES, ratingFromWord } from "./return-form";
import type { RawReturnRow } from "./return-workbook";
import { parseInput } from "@/lib/validation";

/**
 * The rules for an uploaded Excel return: whose it is, which question each row answers, and
 * whether each answer meets the same rules as answering online (lib/domain/responses.ts). Either
 * every row is fine and the result is the list of changes, or the result is every problem, each
 * naming its row, and nothing is imported.
 */

export type Answer = {
  rating: RatingValue | null;
  narrative: string;
  remainingWork: string;
  notInScopeReason: string | null;
};

export type CurrentResponse = Answer & { responseId: string; version: number };

export type ReturnChange = {
  row: number;
  questionId: string;
  code: string;
  responseId: string;
  /** The response's version when the file was checked: confirming refuses if it has moved on. */
  version: number;
  before: Answer;
  after: Answer;
};

export type ImportContext = {
  organisationId: string;
  assessmentId: string;
  organisationName: string;
  /** Every question of the assessment's framework, by lineage key. */
  questions: ReadonlyMap<string, { questionId: string; code: string }>;
  /** The organisation's responses, by question id: one per assigned question. */
  responses: ReadonlyMap<string, CurrentResponse>;
};

export type ImportCheck = { ok: true; changes: ReturnChange[] } | { ok: false; problems: string[] };

const textRules = saveResponseSchema.pick({
  narrative: true,
  remainingWork: true,
  notInScopeReason: true,
});

/** The file's identity against the organisation it was uploaded for. */
export function identityProblem(
  file: { organisationId: string | null; assessmentId: string | null },
  context: Pick<ImportContext, "organisationId" | "assessmentId" | "organisationName">,
): string | null {
  if (!file.organisationId || !file.assessmentId)
    return `The About sheet does not say whose return this is: download the questionnaire for ${context.organisationName} and copy your answers into it`;
  if (file.organisationId !== context.organisationId || file.assessmentId !== context.assessmentId)
    return `This file is the return of a different organisation or assessment, not ${context.organisationName}'s: download the questionnaire for ${context.organisationName} and copy your answers into it`;
  return null;
}

const sameAnswer = (a: Answer, b: Answer) =>
  a.rating === b.rating &&
  a.narrative === b.narrative &&
  a.remainingWork === b.remainingWork &&
  (a.notInScopeReason ?? "") === (b.notInScopeReason ?? "");

function checkRow(
  raw: RawReturnRow,
  context: ImportContext,
  seen: Map<string, number>,
): { problems: string[]; change?: ReturnChange } {
  const { rating: word, narrative, remainingWork, notInScopeReason } = raw.answers;
  const filled = [word, narrative, remainingWork, notInScopeReason].some((text) => text !== "");
  if (!filled && raw.problems.length === 0) return { problems: [] };
  if (!raw.key)
    return {
      problems: [
        `Row ${raw.row}: the question key is missing, so the answer cannot be matched to a question: do not change the hidden column A`,
      ],
    };
  const question = context.questions.get(raw.key);
  if (!question) return { problems: [`Row ${raw.row}: unknown question "${raw.key}"`] };
  const at = `Row ${raw.row} (question ${question.code})`;
  const response = context.responses.get(question.questionId);
  if (!response)
    return {
      problems: [
        `${at}: ${context.organisationName} is not asked this question in this assessment`,
      ],
    };
  const earlier = seen.get(question.questionId);
  seen.set(question.questionId, raw.row);
  if (earlier !== undefined)
    return { problems: [`${at}: the question is answered twice (also on row ${earlier})`] };
  const problems = raw.problems.slice();
  const rating = word ? ratingFromWord(word) : null;
  if (!word) problems.push(`${at}: choose a rating: ${RATING_CHOICES}`);
  else if (!rating) problems.push(`${at}: "${word}" is not a rating: choose ${RATING_CHOICES}`);
  const texts = parseInput(textRules, { narrative, remainingWork, notInScopeReason });
  if (!texts.success) problems.push(...texts.error.issues.map((i) => `${at}: ${i.message}`));
  // A cell that could not be read is reported once, not again as a missing answer.
  if (rating && raw.problems.length === 0) {
    const rules = responseProblems({
      rating,
      narrative,
      remainingWork,
      notInScopeReason,
      evidenceNatures: [],
    }).filter((p) => p.field !== "evidence" && p.field !== "actions");
    problems.push(...rules.map((p) => `${at}: ${p.message}`));
  }
  if (problems.length > 0 || !rating) return { problems };
  const after: Answer = {
    rating,
    narrative,
    remainingWork,
    notInScopeReason: rating === "NOT_IN_SCOPE" ? notInScopeReason : null,
  };
  const { responseId, version, ...before } = response;
  if (sameAnswer(before, after)) return { problems: [] };
  return {
    problems: [],
    change: {
      row: raw.row,
      questionId: question.questionId,
      code: question.code,
      responseId,
      version,
      before,
      after,
    },
  };
}

/** Every row checked: the changes, or every problem found (with the file's identity first). */
export function checkReturn(
  file: { organisationId: string | null; assessmentId: string | null; rows: RawReturnRow[] },
  context: ImportContext,
): ImportCheck {
  const identity = identityProblem(file, context);
  if (identity) return { ok: false, problems: [identity] };
  const seen = new Map<string, number>();
  const problems: string[] = [];
  const changes: ReturnChange[] = [];
  for (const row of file.rows) {
    const checked = checkRow(row, context, seen);
    problems.push(...checked.problems);
    if (checked.change) changes.push(checked.change);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, changes };
}
