import { z } from "zod";

/**
 * Which questions an organisation answers in a self-assessment (seed 001 Section 6 Q10): all of
 * them by default; a business manager may narrow the list. Pure rules, unit-tested.
 */

// Checkboxes arrive as nothing, one value or several; blanks mean "not given".
const questionIdList = z
  .union([z.string(), z.array(z.string())], { error: "Select questions from the list" })
  .optional()
  .transform((value) => [
    ...new Set((value === undefined ? [] : [value].flat()).filter((id) => id !== "")),
  ])
  .pipe(
    z
      .array(z.uuid({ error: "Select questions from the list" }))
      .min(1, "Select at least one question for this organisation"),
  );

export const setParticipantQuestionsSchema = z.object({
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  assessmentId: z.uuid({ error: "That assessment does not exist" }),
  participantId: z.uuid({ error: "That organisation is not taking part in this assessment" }),
  questionIds: questionIdList,
});

export type SetParticipantQuestionsInput = z.infer<typeof setParticipantQuestionsSchema>;

export type AssignmentPlan = { add: string[]; remove: string[]; keep: string[] };

/** What to add and remove to go from the current assignment to the chosen one. */
export function planAssignment(
  current: readonly string[],
  chosen: readonly string[],
): AssignmentPlan {
  const have = new Set(current);
  const want = new Set(chosen);
  return {
    add: [...want].filter((id) => !have.has(id)),
    remove: [...have].filter((id) => !want.has(id)),
    keep: [...want].filter((id) => have.has(id)),
  };
}

export type ResponseContent = {
  rating: string | null;
  narrative: string;
  remainingWork: string;
  notInScopeReason: string | null;
  evidenceCount: number;
  actionCount: number;
};

const blank = (text: string | null) => !text || text.trim() === "";

/** Nothing written yet: no rating, no text, no evidence and no action. Only such a response may go. */
export function isEmptyResponse(response: ResponseContent): boolean {
  return (
    response.rating === null &&
    blank(response.narrative) &&
    blank(response.remainingWork) &&
    blank(response.notInScopeReason) &&
    response.evidenceCount === 0 &&
    response.actionCount === 0
  );
}

/** "Step 2 question 1": how a question is named to people, whatever its framework code. */
export function questionName(question: { stepNumber: number; position: number }): string {
  return `Step ${question.stepNumber} question ${question.position}`;
}

/** Why a question cannot be taken away from an organisation. */
export function cannotRemoveMessage(
  question: { stepNumber: number; position: number },
  organisationName: string,
): string {
  return `${questionName(question)} already has an answer from ${organisationName}: it cannot be removed`;
}

/**
 * The questions to be removed whose response already holds something, in framework order. An
 * unanswered question with no response row at all is never blocked.
 */
export function blockedRemovals<Q extends { id: string; stepNumber: number; position: number }>(
  remove: readonly string[],
  questions: readonly Q[],
  responses: ReadonlyMap<string, ResponseContent>,
): Q[] {
  const removing = new Set(remove);
  return questions
    .filter((question) => removing.has(question.id))
    .filter((question) => {
      const response = responses.get(question.id);
      return response !== undefined && !isEmptyResponse(response);
    })
    .sort((a, b) => a.stepNumber - b.stepNumber || a.position - b.position);
}
