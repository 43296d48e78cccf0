import { describe, expect, it } from "vitest";
import {
  carriedForwardLinks,
  startNextCycleSchema,
  suggestNextCycle,
} from "../../lib/domain/cycles";

const P = "7b0c2f0e-3f0a-4a57-9f43-7a3c0cf0b1a1";
const A = "5d2f3c9e-1a4b-4c6d-8e7f-9a0b1c2d3e4f";
const C = "0e1d2c3b-4a59-4687-9766-554433221100";

describe("suggestNextCycle", () => {
  it("follows a financial-year cycle with the next one", () => {
    expect(
      suggestNextCycle({ name: "2026–27", startsOn: "2026-04-01", endsOn: "2027-03-31" }),
    ).toEqual({ name: "2027–28", startsOn: "2027-04-01", endsOn: "2028-03-31" });
    expect(
      suggestNextCycle({ name: "2099-00", startsOn: "2099-04-01", endsOn: "2100-03-31" }).name,
    ).toBe("2100–01");
  });
  it("names a cycle with a free-text name by the year it starts", () => {
    expect(
      suggestNextCycle({ name: "Autumn review", startsOn: "2026-09-01", endsOn: "2027-08-31" }),
    ).toEqual({ name: "2027–28", startsOn: "2027-09-01", endsOn: "2028-08-31" });
  });
});

describe("startNextCycleSchema", () => {
  const base = { partnershipId: P, assessmentId: A, title: "Independent scrutiny 2027–28" };
  const errors = (input: unknown) => {
    const parsed = startNextCycleSchema.safeParse(input);
    return parsed.success
      ? {}
      : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
  };
  it("accepts an existing cycle or a new one with real dates", () => {
    expect(
      startNextCycleSchema.safeParse({ ...base, cycleChoice: "existing", cycleId: C }).success,
    ).toBe(true);
    expect(
      startNextCycleSchema.safeParse({
        ...base,
        cycleChoice: "new",
        cycleName: "2027–28",
        cycleStartsOn: "2027-04-01",
        cycleEndsOn: "2028-03-31",
      }).success,
    ).toBe(true);
  });
  it("says what is missing or wrong", () => {
    expect(errors({ ...base, cycleChoice: "existing" })).toEqual({
      cycleId: "Select the cycle from the list",
    });
    expect(
      errors({
        ...base,
        title: "",
        cycleChoice: "new",
        cycleStartsOn: "2027-02-30",
        cycleEndsOn: "",
      }),
    ).toEqual({
      title: "Title must be 3 characters or more",
      cycleName: "Enter a name for the new cycle, like 2027–28",
      cycleStartsOn: "The date the cycle starts must be a real date",
      cycleEndsOn: "Enter the date the cycle ends",
    });
    expect(
      errors({
        ...base,
        cycleChoice: "new",
        cycleName: "2027–28",
        cycleStartsOn: "2027-04-01",
        cycleEndsOn: "2027-04-01",
      }),
    ).toEqual({ cycleEndsOn: "The cycle must end after it starts" });
    expect(errors({ ...base })).toEqual({
      cycleChoice: "Choose whether to use a cycle that already exists or create a new one",
    });
  });
});

describe("carriedForwardLinks", () => {
  it("links open actions to the same questions, leaves completed ones, and drops duplicates", () => {
    const byLineage = new Map([
      ["six-steps:1.1", "new-1.1"],
      ["six-steps:2.3", "new-2.3"],
    ]);
    expect(
      carriedForwardLinks(
        [
          { actionId: "a1", questionLineageKey: "six-steps:1.1", status: "ON_TRACK" },
          { actionId: "a1", questionLineageKey: "six-steps:2.3", status: "ON_TRACK" },
          { actionId: "a1", questionLineageKey: "six-steps:2.3", status: "ON_TRACK" },
          { actionId: "a2", questionLineageKey: "six-steps:1.1", status: "COMPLETE" },
          { actionId: "a3", questionLineageKey: "adapted:9.9", status: "AT_RISK" },
          { actionId: "a4", questionLineageKey: "six-steps:1.1", status: "NOT_STARTED" },
        ],
        byLineage,
      ),
    ).toEqual([
      { actionId: "a1", questionId: "new-1.1" },
      { actionId: "a1", questionId: "new-2.3" },
      { actionId: "a4", questionId: "new-1.1" },
    ]);
  });
});
