import { describe, expect, it } from "vitest";
import {
  agreedRating,
  disagreement,
  greenOnProcessOnly,
  responseProblems,
  stepStatus,
  type ResponseFacts,
} from "@/lib/domain/responses";

const base: ResponseFacts = {
  rating: null,
  narrative: "",
  remainingWork: "",
  notInScopeReason: null,
  evidenceNatures: [],
};
const fields = (facts: Partial<ResponseFacts>) =>
  responseProblems({ ...base, ...facts }).map((p) => p.field);

describe("what a response still needs", () => {
  it("asks for a rating first", () => expect(fields({})).toEqual(["rating"]));
  it("needs evidence for Green", () => {
    expect(fields({ rating: "GREEN" })).toEqual(["evidence"]);
    expect(fields({ rating: "GREEN", evidenceNatures: ["OUTCOME"] })).toEqual([]);
  });
  it("needs evidence and the remaining work for Amber", () => {
    expect(fields({ rating: "AMBER" })).toEqual(["evidence", "remainingWork"]);
    expect(fields({ rating: "AMBER", evidenceNatures: ["PROCESS"], remainingWork: "   " })).toEqual(
      ["remainingWork"],
    );
    expect(
      fields({ rating: "AMBER", evidenceNatures: ["PROCESS"], remainingWork: "Audit schools" }),
    ).toEqual([]);
  });
  it("needs a narrative for Red, not evidence", () => {
    expect(fields({ rating: "RED" })).toEqual(["narrative"]);
    expect(fields({ rating: "RED", narrative: "No plan agreed" })).toEqual([]);
  });
  it("needs a reason when not in scope, and nothing else", () => {
    expect(fields({ rating: "NOT_IN_SCOPE" })).toEqual(["notInScopeReason"]);
    expect(
      fields({ rating: "NOT_IN_SCOPE", notInScopeReason: "Covered next year", actionCount: 0 }),
    ).toEqual([]);
  });
  it("needs an action plan for every rating once actions are counted", () => {
    expect(fields({ rating: "GREEN", evidenceNatures: ["OUTCOME"], actionCount: 0 })).toEqual([
      "actions",
    ]);
    expect(fields({ rating: "GREEN", evidenceNatures: ["OUTCOME"], actionCount: 1 })).toEqual([]);
  });
});

describe("a Green resting only on process evidence", () => {
  it("is flagged only when every cited item is process evidence", () => {
    expect(greenOnProcessOnly({ rating: "GREEN", evidenceNatures: ["PROCESS", "PROCESS"] })).toBe(
      true,
    );
    expect(greenOnProcessOnly({ rating: "GREEN", evidenceNatures: ["PROCESS", "OUTCOME"] })).toBe(
      false,
    );
    expect(greenOnProcessOnly({ rating: "AMBER", evidenceNatures: ["PROCESS"] })).toBe(false);
    expect(greenOnProcessOnly({ rating: "GREEN", evidenceNatures: [] })).toBe(false);
  });
});

describe("step status on the task list", () => {
  const done: ResponseFacts = { ...base, rating: "RED", narrative: "x" };
  it("is not started, in progress, then completed", () => {
    expect(stepStatus([base, base], 2)).toEqual({ status: "NOT_STARTED", answered: 0, total: 2 });
    expect(stepStatus([done, base], 2)).toEqual({ status: "IN_PROGRESS", answered: 1, total: 2 });
    expect(stepStatus([done, { ...base, rating: "GREEN" }], 2).status).toBe("IN_PROGRESS");
    expect(stepStatus([done, done], 2)).toEqual({ status: "COMPLETED", answered: 2, total: 2 });
  });
});

describe("several scrutineers", () => {
  it("flags any spread, and Red against Green strongly", () => {
    expect(disagreement(["GREEN", "GREEN"])).toBe("NONE");
    expect(disagreement(["GREEN", null])).toBe("NONE");
    expect(disagreement(["GREEN", "AMBER"])).toBe("SPREAD");
    expect(disagreement(["RED", "AMBER", "GREEN"])).toBe("STRONG");
    expect(disagreement(["RED", "NOT_IN_SCOPE"])).toBe("SPREAD");
  });
  it("takes a single scrutineer's rating as agreed, otherwise the lead's decision", () => {
    expect(agreedRating(["AMBER"], null)).toBe("AMBER");
    expect(agreedRating(["AMBER", "RED"], null)).toBeNull();
    expect(agreedRating(["AMBER", "RED"], "RED")).toBe("RED");
  });
});
