import { describe, expect, it } from "vitest";
import {
  NOT_RATED,
  UNKNOWN_EVIDENCE,
  changeSentence,
  describeChanges,
  enteredOnBehalf,
  evidenceIdsIn,
  historyActionLabel,
} from "../../lib/domain/history";

const emptyAnswer = {
  rating: null,
  narrative: "",
  remainingWork: "",
  notInScopeReason: null,
  evidenceIds: [],
};

describe("describeChanges", () => {
  it("reads a rating change in words, never as a code", () => {
    const changes = describeChanges(
      { ...emptyAnswer, rating: "AMBER" },
      { ...emptyAnswer, rating: "GREEN" },
    );
    expect(changes).toEqual([
      { kind: "value", field: "rating", label: "Rating", before: "Amber", after: "Green" },
    ]);
    expect(changeSentence(changes[0]!)).toBe("Rating: Amber → Green");
  });

  it("says 'Not rated' for a first rating and for a rating taken away", () => {
    expect(describeChanges(emptyAnswer, { ...emptyAnswer, rating: "RED" })[0]).toMatchObject({
      before: NOT_RATED,
      after: "Red",
    });
    expect(
      describeChanges({ ...emptyAnswer, rating: "NOT_IN_SCOPE" }, emptyAnswer)[0],
    ).toMatchObject({ before: "Not in scope this cycle", after: NOT_RATED });
  });

  it("says whether a text was added, changed or removed, keeping both versions for reading", () => {
    const added = describeChanges(emptyAnswer, { ...emptyAnswer, narrative: "A plan exists" });
    expect(added).toEqual([
      {
        kind: "text",
        field: "narrative",
        label: "Narrative",
        change: "added",
        before: "",
        after: "A plan exists",
      },
    ]);
    expect(changeSentence(added[0]!)).toBe("Narrative: added");
    expect(describeChanges({ narrative: "Old" }, { narrative: "New" })[0]).toMatchObject({
      change: "changed",
      before: "Old",
      after: "New",
    });
    expect(
      describeChanges({ remainingWork: "Train staff" }, { remainingWork: "  " })[0],
    ).toMatchObject({ label: "Work that remains", change: "removed" });
  });

  it("ignores a text that only gained or lost surrounding spaces", () => {
    expect(describeChanges({ narrative: "Same" }, { narrative: "Same " })).toEqual([]);
  });

  it("names evidence added and removed by title", () => {
    const titles = new Map([
      ["e1", "Partnership plan"],
      ["e2", "Neglect audit"],
      ["e3", "Youth voice report"],
    ]);
    const changes = describeChanges(
      { ...emptyAnswer, evidenceIds: ["e1", "e2"] },
      { ...emptyAnswer, evidenceIds: ["e2", "e3"] },
      titles,
    );
    expect(changes).toEqual([
      {
        kind: "list",
        field: "evidenceIds",
        label: "Evidence",
        added: ["Youth voice report"],
        removed: ["Partnership plan"],
      },
    ]);
    expect(changeSentence(changes[0]!)).toBe(
      "Evidence: added “Youth voice report”, removed “Partnership plan”",
    );
  });

  it("still shows evidence whose title is unknown rather than dropping it", () => {
    expect(describeChanges({ evidenceIds: [] }, { evidenceIds: ["gone"] })).toEqual([
      {
        kind: "list",
        field: "evidenceIds",
        label: "Evidence",
        added: [UNKNOWN_EVIDENCE],
        removed: [],
      },
    ]);
  });

  it("lists nothing when only the order of the evidence changed", () => {
    expect(describeChanges({ evidenceIds: ["a", "b"] }, { evidenceIds: ["b", "a"] })).toEqual([]);
  });

  it("lists several changes in reading order and hides bookkeeping fields", () => {
    const changes = describeChanges(
      { ...emptyAnswer, rating: "RED", narrative: "None", evidenceIds: [] },
      {
        ...emptyAnswer,
        rating: "AMBER",
        narrative: "Some",
        remainingWork: "Audit",
        evidenceIds: ["e1"],
        updatedById: "u1",
        enteredOnBehalf: true,
      },
      new Map([["e1", "Plan"]]),
    );
    expect(changes.map(changeSentence)).toEqual([
      "Rating: Red → Amber",
      "Narrative: changed",
      "Work that remains: added",
      "Evidence: added “Plan”",
    ]);
  });

  it("treats a missing before as an empty record (the first event of a record)", () => {
    expect(
      describeChanges(null, { rating: "GREEN", reason: "Both scrutineers agree" }).map(
        changeSentence,
      ),
    ).toEqual(["Rating: Not rated → Green", "Reason: added"]);
  });

  it("shows a field it does not know with a readable name instead of hiding it", () => {
    expect(describeChanges({ dueOn: "2026-05-01" }, { dueOn: "2026-06-01" })).toEqual([
      { kind: "value", field: "dueOn", label: "Due on", before: "2026-05-01", after: "2026-06-01" },
    ]);
    expect(describeChanges({}, { isLead: true })[0]).toMatchObject({
      label: "Is lead",
      before: "(none)",
      after: "Yes",
    });
  });

  it("copes with snapshots that are not objects", () => {
    expect(describeChanges("odd", [1, 2])).toEqual([]);
    expect(describeChanges(undefined, undefined)).toEqual([]);
  });
});

describe("evidenceIdsIn", () => {
  it("collects every evidence id once from all snapshots, ignoring other shapes", () => {
    expect(
      evidenceIdsIn([
        { evidenceIds: ["a", "b"] },
        { evidenceIds: ["b", "c", 7] },
        null,
        { rating: "RED" },
      ]).sort(),
    ).toEqual(["a", "b", "c"]);
  });
});

describe("enteredOnBehalf", () => {
  it("is true only when the change says so", () => {
    expect(enteredOnBehalf({ enteredOnBehalf: true })).toBe(true);
    expect(enteredOnBehalf({ enteredOnBehalf: false })).toBe(false);
    expect(enteredOnBehalf(null)).toBe(false);
  });
});

describe("historyActionLabel", () => {
  it("reads known actions as sentences and shows an unknown key as it is", () => {
    expect(historyActionLabel("response.updated")).toBe("Changed the answer");
    expect(historyActionLabel("rating.agreed")).toBe("Agreed the rating");
    expect(historyActionLabel("assessment.created")).toBe("Created an assessment");
    expect(historyActionLabel("widget.frobnicated")).toBe("widget.frobnicated");
    expect(historyActionLabel("constructor")).toBe("constructor");
  });
});
