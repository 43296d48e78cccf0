import type { RatingValue } from "./rating";

/** What a rule needs to know about one response; pure data, no database types. */
export type ResponseFacts = {
  rating: RatingValue | null;
  narrative: string;
  remainingWork: string;
  notInScopeReason: string | null;
  evidenceNatures: Array<"OUTCOME" | "PROCESS">;
  /** Linked actions; undefined until action plans exist for the assessment kind. */
  actionCount?: number;
};

export type Problem = {
  field: "rating" | "narrative" | "remainingWork" | "notInScopeReason" | "evidence" | "actions";
  message: string;
};

const blank = (text: string | null | undefined) => !text || text.trim() === "";

/**
 * Seed 001 §5 and the evidence rules: Green and Amber cite evidence; Amber says what work remains;
 * Red needs a narrative; "not in scope this cycle" needs a reason; every rated answer needs an
 * action plan. Returns what is missing, in the order a person would fix it.
 */
export function responseProblems(response: ResponseFacts): Problem[] {
  const problems: Problem[] = [];
  switch (response.rating) {
    case null:
      return [{ field: "rating", message: "Choose a rating" }];
    case "NOT_IN_SCOPE":
      if (blank(response.notInScopeReason))
        problems.push({
          field: "notInScopeReason",
          message: "Say why this question is not in scope this cycle",
        });
      return problems;
    case "GREEN":
      if (response.evidenceNatures.length === 0)
        problems.push({
          field: "evidence",
          message: "A Green rating needs at least one piece of evidence",
        });
      break;
    case "AMBER":
      if (response.evidenceNatures.length === 0)
        problems.push({
          field: "evidence",
          message: "An Amber rating needs at least one piece of evidence for what is in place",
        });
      if (blank(response.remainingWork))
        problems.push({
          field: "remainingWork",
          message: "Say what work remains for a full positive answer",
        });
      break;
    case "RED":
      if (blank(response.narrative))
        problems.push({
          field: "narrative",
          message: "A Red rating needs a narrative explaining it",
        });
      break;
  }
  if (response.actionCount === 0)
    problems.push({
      field: "actions",
      message: "Add at least one action: every answer needs an action plan",
    });
  return problems;
}

/** A Green that rests only on process evidence is allowed but flagged (seed 001 Section 6 Q6). */
export function greenOnProcessOnly(
  response: Pick<ResponseFacts, "rating" | "evidenceNatures">,
): boolean {
  return (
    response.rating === "GREEN" &&
    response.evidenceNatures.length > 0 &&
    response.evidenceNatures.every((n) => n === "PROCESS")
  );
}

export type StepStatus = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";

/** GOV.UK task list status for a step: completed only when every assigned question is complete. */
export function stepStatus(
  responses: ResponseFacts[],
  assignedCount: number,
): { status: StepStatus; answered: number; total: number } {
  const answered = responses.filter((r) => r.rating !== null).length;
  const complete = responses.filter((r) => responseProblems(r).length === 0).length;
  const status: StepStatus =
    answered === 0 && responses.every((r) => blank(r.narrative))
      ? "NOT_STARTED"
      : complete >= assignedCount
        ? "COMPLETED"
        : "IN_PROGRESS";
  return { status, answered, total: assignedCount };
}

const ORDER: Record<Exclude<RatingValue, "NOT_IN_SCOPE">, number> = { RED: 0, AMBER: 1, GREEN: 2 };

export type Disagreement = "NONE" | "SPREAD" | "STRONG";

/** Several scrutineers: any spread of ratings is a disagreement; Red against Green is a strong one. */
export function disagreement(ratings: Array<RatingValue | null>): Disagreement {
  const rated = ratings.filter((r): r is RatingValue => r !== null);
  if (new Set(rated).size <= 1) return "NONE";
  const scored = rated
    .filter((r): r is keyof typeof ORDER => r !== "NOT_IN_SCOPE")
    .map((r) => ORDER[r]);
  return scored.length > 0 && Math.max(...scored) - Math.min(...scored) === 2 ? "STRONG" : "SPREAD";
}

/** With one scrutineer the agreed rating is theirs; with several it is what the lead agreed, if any. */
export function agreedRating(
  scrutineerRatings: Array<RatingValue | null>,
  leadAgreed: RatingValue | null,
): RatingValue | null {
  if (scrutineerRatings.length === 1) return scrutineerRatings[0] ?? null;
  return leadAgreed;
}
