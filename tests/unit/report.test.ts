import { describe, expect, it } from "vitest";
import type { RatingValue } from "@/lib/domain/rating";
import {
  addCounts,
  chooseSelfAssessment,
  combinedSelfRating,
  disagreements,
  gapCount,
  gapLabel,
  movement,
  questionTrend,
  ragCounts,
  ratingGap,
  stepTrend,
} from "@/lib/domain/report";

describe("ragCounts and addCounts", () => {
  it("counts each rating, with no rating as not yet agreed", () => {
    expect(ragCounts(["RED", "GREEN", "GREEN", null, "NOT_IN_SCOPE"])).toEqual({
      RED: 1,
      AMBER: 0,
      GREEN: 2,
      NOT_IN_SCOPE: 1,
      UNRATED: 1,
    });
    expect(ragCounts([])).toEqual({ RED: 0, AMBER: 0, GREEN: 0, NOT_IN_SCOPE: 0, UNRATED: 0 });
  });

  it("adds steps' counts into the report's", () => {
    expect(addCounts([ragCounts(["RED", "AMBER"]), ragCounts(["RED", null])])).toEqual({
      RED: 2,
      AMBER: 1,
      GREEN: 0,
      NOT_IN_SCOPE: 0,
      UNRATED: 1,
    });
  });
});

describe("disagreements", () => {
  const q = (code: string, ratings: Array<RatingValue | null>) => ({ code, ratings });

  it("finds none when the scrutineers agree, or there is only one", () => {
    expect(disagreements([q("1.1", ["RED", "RED"]), q("1.2", ["GREEN"]), q("1.3", [])])).toEqual(
      [],
    );
  });

  it("flags any spread, Red against Green strongly, and ignores who has not rated yet", () => {
    const found = disagreements([
      q("1.1", ["RED", "AMBER"]),
      q("1.2", ["GREEN", "AMBER", "RED"]),
      q("1.3", ["AMBER", null]),
      q("1.4", ["GREEN", "NOT_IN_SCOPE"]),
    ]);
    expect(found.map((d) => [d.code, d.spread])).toEqual([
      ["1.1", "differs"],
      ["1.2", "strong"],
      ["1.4", "differs"],
    ]);
  });
});

describe("ratingGap and gapLabel", () => {
  const cases: Array<[RatingValue | null, RatingValue | null, string]> = [
    ["GREEN", "RED", "Self-assessment Green, independent scrutiny Red: 2 levels higher"],
    ["GREEN", "AMBER", "Self-assessment Green, independent scrutiny Amber: 1 level higher"],
    ["AMBER", "RED", "Self-assessment Amber, independent scrutiny Red: 1 level higher"],
    ["RED", "GREEN", "Self-assessment Red, independent scrutiny Green: 2 levels lower"],
    ["RED", "AMBER", "Self-assessment Red, independent scrutiny Amber: 1 level lower"],
    ["AMBER", "AMBER", "No gap"],
    [null, "RED", "Cannot compare"],
    ["GREEN", null, "Cannot compare"],
    ["NOT_IN_SCOPE", "GREEN", "Cannot compare"],
    ["AMBER", "NOT_IN_SCOPE", "Cannot compare"],
  ];
  it.each(cases)("self %s beside scrutiny %s: %s", (self, independent, words) => {
    expect(gapLabel(ratingGap(self, independent), self, independent)).toBe(words);
  });

  it("gives the direction and size", () => {
    expect(ratingGap("GREEN", "RED")).toEqual({ kind: "SELF_HIGHER", size: 2 });
    expect(ratingGap("AMBER", "GREEN")).toEqual({ kind: "SELF_LOWER", size: 1 });
    expect(ratingGap("RED", "RED")).toEqual({ kind: "NONE" });
  });

  it("counts only real gaps", () => {
    expect(
      gapCount([
        ratingGap("GREEN", "RED"),
        ratingGap("RED", "AMBER"),
        ratingGap("AMBER", "AMBER"),
        ratingGap(null, "RED"),
      ]),
    ).toBe(2);
  });
});

describe("combinedSelfRating", () => {
  it("is the rating most statutory partners gave, the more cautious on a tie", () => {
    expect(combinedSelfRating(["GREEN", "GREEN", "AMBER"])).toBe("GREEN");
    expect(combinedSelfRating(["GREEN", "AMBER"])).toBe("AMBER");
    expect(combinedSelfRating(["GREEN", "RED", "AMBER"])).toBe("RED");
    expect(combinedSelfRating(["AMBER", null, null])).toBe("AMBER");
    expect(combinedSelfRating([null, null])).toBeNull();
  });
});

describe("chooseSelfAssessment", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 5, day));
  it("prefers the latest finalised one, else the latest started, else none", () => {
    const a = { id: "a", status: "FINALISED" as const, finalisedAt: at(2), createdAt: at(1) };
    const b = { id: "b", status: "FINALISED" as const, finalisedAt: at(5), createdAt: at(1) };
    const c = { id: "c", status: "IN_PROGRESS" as const, finalisedAt: null, createdAt: at(9) };
    const d = { id: "d", status: "IN_PROGRESS" as const, finalisedAt: null, createdAt: at(3) };
    expect(chooseSelfAssessment([a, c, b])?.id).toBe("b");
    expect(chooseSelfAssessment([d, c])?.id).toBe("c");
    expect(chooseSelfAssessment([])).toBeNull();
  });
});

describe("questionTrend, stepTrend and movement", () => {
  const cycles = [
    { id: "c3", name: "2025", startsOn: "2025-04-01" },
    { id: "c1", name: "2023", startsOn: "2023-04-01" },
    { id: "c2", name: "2024", startsOn: "2024-04-01" },
  ];
  const ratings = [
    { cycleId: "c1", lineageKey: "q1", rating: "RED" as const },
    { cycleId: "c3", lineageKey: "q1", rating: "GREEN" as const },
    { cycleId: "c1", lineageKey: "q2", rating: "AMBER" as const },
    { cycleId: "c2", lineageKey: "q2", rating: "AMBER" as const },
    { cycleId: "c3", lineageKey: "q2", rating: "RED" as const },
    { cycleId: "c3", lineageKey: "other", rating: "GREEN" as const },
  ];

  it("orders cycles oldest first and leaves a cycle without the question empty", () => {
    const trend = questionTrend(cycles, ratings, ["q1", "q2", "new"]);
    const series = (key: string) => trend.get(key)!.map((p) => [p.cycle.name, p.rating]);
    expect(series("q1")).toEqual([
      ["2023", "RED"],
      ["2024", null],
      ["2025", "GREEN"],
    ]);
    expect(series("new")).toEqual([
      ["2023", null],
      ["2024", null],
      ["2025", null],
    ]);
    expect(trend.has("other")).toBe(false);
  });

  it("counts a step's questions per cycle", () => {
    const trend = questionTrend(cycles, ratings, ["q1", "q2"]);
    expect(
      stepTrend(cycles, trend, ["q1", "q2"]).map(({ cycle, counts }) => [
        cycle.name,
        counts.RED,
        counts.AMBER,
        counts.GREEN,
        counts.UNRATED,
      ]),
    ).toEqual([
      ["2023", 1, 1, 0, 0],
      ["2024", 0, 1, 0, 1],
      ["2025", 1, 0, 1, 0],
    ]);
  });

  it("compares the last two rated cycles, skipping missing and not in scope", () => {
    const s = (...list: Array<RatingValue | null>) => list.map((rating) => ({ rating }));
    expect(movement(s("RED", null, "GREEN"))).toBe("IMPROVED");
    expect(movement(s("GREEN", "AMBER", null))).toBe("DECLINED");
    expect(movement(s("AMBER", "NOT_IN_SCOPE", "AMBER"))).toBe("SAME");
    expect(movement(s(null, "GREEN"))).toBeNull();
    expect(movement(s())).toBeNull();
  });
});
