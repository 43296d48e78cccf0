import { describe, expect, it } from "vitest";
import {
  blockedRemovals,
  cannotRemoveMessage,
  isEmptyResponse,
  planAssignment,
  questionName,
  setParticipantQuestionsSchema,
  type ResponseContent,
} from "../../lib/domain/question-assignment";

const ids = {
  partnershipId: "0f8fad5b-d9cb-469f-a165-70867728950e",
  assessmentId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  participantId: "16fd2706-8baf-433b-82eb-8c7fada847da",
};
const q1 = "6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b";
const q2 = "886313e1-3b8a-4372-9b90-0c9aee199e5d";

describe("setParticipantQuestionsSchema", () => {
  it("accepts one question as a single value and several as a list, without duplicates", () => {
    expect(setParticipantQuestionsSchema.parse({ ...ids, questionIds: q1 }).questionIds).toEqual([
      q1,
    ]);
    expect(
      setParticipantQuestionsSchema.parse({ ...ids, questionIds: [q1, q2, q1, ""] }).questionIds,
    ).toEqual([q1, q2]);
  });

  it("asks for at least one question when none is ticked", () => {
    for (const questionIds of [undefined, [], ""]) {
      const result = setParticipantQuestionsSchema.safeParse({ ...ids, questionIds });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([
        "Select at least one question for this organisation",
      ]);
    }
  });

  it("refuses something that is not a question id", () => {
    const result = setParticipantQuestionsSchema.safeParse({ ...ids, questionIds: ["1.1"] });
    expect(result.error?.issues[0]?.message).toBe("Select questions from the list");
  });

  it("refuses a missing organisation", () => {
    const result = setParticipantQuestionsSchema.safeParse({
      ...ids,
      participantId: "",
      questionIds: [q1],
    });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["participantId"],
      message: "That organisation is not taking part in this assessment",
    });
  });
});

describe("planAssignment", () => {
  it("adds what is newly chosen, removes what is no longer chosen and keeps the rest", () => {
    expect(planAssignment(["a", "b", "c"], ["b", "c", "d"])).toEqual({
      add: ["d"],
      remove: ["a"],
      keep: ["b", "c"],
    });
  });

  it("changes nothing when the same questions are chosen again", () => {
    expect(planAssignment(["a", "b"], ["b", "a"])).toEqual({
      add: [],
      remove: [],
      keep: ["b", "a"],
    });
  });

  it("starts from nothing and ignores repeated choices", () => {
    expect(planAssignment([], ["a", "a"])).toEqual({ add: ["a"], remove: [], keep: [] });
  });
});

const empty: ResponseContent = {
  rating: null,
  narrative: "",
  remainingWork: "",
  notInScopeReason: null,
  evidenceCount: 0,
  actionCount: 0,
};

describe("isEmptyResponse", () => {
  it("is empty only when nothing at all has been written", () => {
    expect(isEmptyResponse(empty)).toBe(true);
    expect(isEmptyResponse({ ...empty, narrative: "   ", notInScopeReason: "" })).toBe(true);
  });

  it.each([
    ["a rating", { rating: "RED" }],
    ["a narrative", { narrative: "Draft" }],
    ["remaining work", { remainingWork: "Train staff" }],
    ["a reason it is not in scope", { notInScopeReason: "Not this year" }],
    ["evidence", { evidenceCount: 1 }],
    ["an action", { actionCount: 1 }],
  ])("is not empty with %s", (_what, change) => {
    expect(isEmptyResponse({ ...empty, ...change })).toBe(false);
  });
});

describe("naming questions", () => {
  it("names a question by its step and position", () => {
    expect(questionName({ stepNumber: 3, position: 2 })).toBe("Step 3 question 2");
    expect(cannotRemoveMessage({ stepNumber: 2, position: 1 }, "Northshire Police")).toBe(
      "Step 2 question 1 already has an answer from Northshire Police: it cannot be removed",
    );
  });
});

describe("blockedRemovals", () => {
  const questions = [
    { id: "s2q1", stepNumber: 2, position: 1 },
    { id: "s1q2", stepNumber: 1, position: 2 },
    { id: "s1q1", stepNumber: 1, position: 1 },
  ];

  it("blocks only removed questions whose response holds something, in framework order", () => {
    const responses = new Map<string, ResponseContent>([
      ["s2q1", { ...empty, rating: "GREEN" }],
      ["s1q2", empty],
      ["s1q1", { ...empty, narrative: "Started" }],
    ]);
    expect(
      blockedRemovals(["s2q1", "s1q2", "s1q1"], questions, responses).map((q) => q.id),
    ).toEqual(["s1q1", "s2q1"]);
  });

  it("never blocks a question that is kept, or one with no response at all", () => {
    const responses = new Map<string, ResponseContent>([["s2q1", { ...empty, rating: "RED" }]]);
    expect(blockedRemovals(["s1q1"], questions, responses)).toEqual([]);
    expect(blockedRemovals(["s1q2"], questions, new Map())).toEqual([]);
  });
});
