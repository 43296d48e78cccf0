import { describe, expect, it } from "vitest";
import {
  actionSourceText,
  DEFAULT_TRACKER_FILTERS,
  formatDueDate,
  parseTrackerFilters,
  reassignActionsSchema,
  reassignmentNote,
  sortQuestionCodes,
  sortTrackerRows,
  TRACKER_HEADINGS,
  trackerQuery,
  trackerRowCells,
  type TrackerRow,
} from "../../lib/domain/action-filters";

const ORG = "3f0f7c2e-8a5b-4d59-9f1e-2b6f4c1d9a01";
const CYCLE = "5d7e2b1a-0c3f-4e8d-a9b6-7f1e2d3c4b5a";
const USER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

describe("parseTrackerFilters", () => {
  it("gives the defaults (due date, earliest first) when nothing is asked for", () => {
    expect(parseTrackerFilters({})).toEqual(DEFAULT_TRACKER_FILTERS);
    expect(DEFAULT_TRACKER_FILTERS).toMatchObject({ sort: "due", dir: "asc", status: null });
  });

  it("reads every filter and the sort", () => {
    expect(
      parseTrackerFilters({
        source: "CASE_REVIEW_RECOMMENDATION",
        step: "3",
        question: "3.2",
        organisation: ORG,
        status: "OVERDUE",
        cycle: CYCLE,
        owner: USER,
        sort: "priority",
        dir: "desc",
        select: "all",
      }),
    ).toEqual({
      source: "CASE_REVIEW_RECOMMENDATION",
      step: 3,
      question: "3.2",
      organisationId: ORG,
      status: "OVERDUE",
      cycleId: CYCLE,
      owner: { userId: USER },
      sort: "priority",
      dir: "desc",
      selectAll: true,
    });
  });

  it("reads an owner without an account by their email address, lower-cased", () => {
    expect(parseTrackerFilters({ owner: " Sam.Jones@Example.org " }).owner).toEqual({
      email: "sam.jones@example.org",
    });
  });

  it("ignores bad values, leaving the defaults, instead of failing", () => {
    expect(
      parseTrackerFilters({
        source: "GOSSIP",
        step: "0",
        question: "3.2'; drop table",
        organisation: "not-an-id",
        status: "LATE",
        cycle: "123",
        owner: "nobody",
        sort: "name",
        dir: "sideways",
        select: "everything",
      }),
    ).toEqual(DEFAULT_TRACKER_FILTERS);
    expect(parseTrackerFilters({ step: "two" }).step).toBeNull();
    expect(parseTrackerFilters({ step: "1.5" }).step).toBeNull();
    expect(parseTrackerFilters({ step: "-1" }).step).toBeNull();
    expect(parseTrackerFilters({ status: "overdue" }).status).toBeNull();
  });

  it("takes the first of a repeated parameter", () => {
    expect(parseTrackerFilters({ status: ["COMPLETE", "OVERDUE"] }).status).toBe("COMPLETE");
  });
});

describe("trackerQuery", () => {
  it("leaves out the defaults", () => {
    expect(trackerQuery(DEFAULT_TRACKER_FILTERS)).toBe("");
  });

  it("round-trips through the parser, so links keep the filters", () => {
    const filters = parseTrackerFilters({
      source: "RESPONSE",
      step: "2",
      question: "2.4",
      organisation: ORG,
      status: "AT_RISK",
      cycle: CYCLE,
      owner: "sam@example.org",
      sort: "status",
      dir: "desc",
    });
    const query = trackerQuery(filters);
    expect(parseTrackerFilters(Object.fromEntries(new URLSearchParams(query)))).toEqual(filters);
  });

  it("puts the format first for the export and overrides the sort for a column link", () => {
    const filters = parseTrackerFilters({ status: "OVERDUE" });
    expect(trackerQuery(filters, { format: "xlsx" })).toBe("?format=xlsx&status=OVERDUE");
    expect(trackerQuery(filters, { sort: "priority", dir: "asc" })).toBe(
      "?status=OVERDUE&sort=priority&dir=asc",
    );
  });
});

function row(overrides: Partial<TrackerRow>): TrackerRow {
  return {
    id: "a",
    description: "Write the neglect strategy",
    ownerOrganisationId: ORG,
    ownerOrganisation: "Police",
    ownerUserId: null,
    owner: "Sam Jones",
    dueOn: "2027-03-31",
    status: "NOT_STARTED",
    displayStatus: "NOT_STARTED",
    priority: "MEDIUM",
    sourceType: "RESPONSE",
    source: "Six Steps response: question 3.2",
    questionCodes: ["3.2"],
    cycle: "2026–27",
    createdAt: "2026-05-01T09:00:00.000Z",
    ...overrides,
  };
}

describe("sortTrackerRows", () => {
  const rows = [
    row({ id: "late-low", dueOn: "2027-06-01", priority: "LOW", displayStatus: "COMPLETE" }),
    row({ id: "early-high", dueOn: "2027-01-01", priority: "HIGH", displayStatus: "ON_TRACK" }),
    row({ id: "mid-med", dueOn: "2027-03-01", priority: "MEDIUM", displayStatus: "OVERDUE" }),
  ];
  const ids = (sorted: TrackerRow[]) => sorted.map((r) => r.id);

  it("sorts by due date, earliest first, or latest first", () => {
    expect(ids(sortTrackerRows(rows, "due", "asc"))).toEqual(["early-high", "mid-med", "late-low"]);
    expect(ids(sortTrackerRows(rows, "due", "desc"))).toEqual([
      "late-low",
      "mid-med",
      "early-high",
    ]);
  });

  it("sorts by priority high first and by status most pressing (overdue) first", () => {
    expect(ids(sortTrackerRows(rows, "priority", "asc"))).toEqual([
      "early-high",
      "mid-med",
      "late-low",
    ]);
    expect(ids(sortTrackerRows(rows, "status", "asc"))).toEqual([
      "mid-med",
      "early-high",
      "late-low",
    ]);
  });

  it("sorts by organisation name and breaks ties by due date", () => {
    const byOrg = [
      row({ id: "police-late", ownerOrganisation: "Police", dueOn: "2027-09-01" }),
      row({ id: "council", ownerOrganisation: "County Council" }),
      row({ id: "police-early", ownerOrganisation: "Police", dueOn: "2027-02-01" }),
    ];
    expect(ids(sortTrackerRows(byOrg, "organisation", "asc"))).toEqual([
      "council",
      "police-early",
      "police-late",
    ]);
  });

  it("does not change the list it is given", () => {
    const copy = [...rows];
    sortTrackerRows(rows, "priority", "desc");
    expect(rows).toEqual(copy);
  });
});

describe("the tracker's words", () => {
  it("writes due dates like 31 Mar 2027, with three-letter months", () => {
    expect(formatDueDate("2027-03-31")).toBe("31 Mar 2027");
    expect(formatDueDate("2026-09-05")).toBe("5 Sep 2026");
  });

  it("lists question codes once each, in framework order", () => {
    expect(sortQuestionCodes(["3.4", "1.2", "3.4", "10.1", "2.1"])).toEqual([
      "1.2",
      "2.1",
      "3.4",
      "10.1",
    ]);
  });

  it("names the source with what identifies it", () => {
    expect(
      actionSourceText({
        sourceType: "CASE_REVIEW_RECOMMENDATION",
        caseReview: { identifier: "Child L", number: 2 },
      }),
    ).toBe("Case review recommendation: Child L, recommendation 2");
    expect(actionSourceText({ sourceType: "RESPONSE", questionCode: "3.2" })).toBe(
      "Six Steps response: question 3.2",
    );
    expect(actionSourceText({ sourceType: "CHALLENGE", stepNumber: 4 })).toBe(
      "Scrutiny challenge: step 4",
    );
    expect(actionSourceText({ sourceType: "AUDIT_FINDING", note: "  Multi-agency\naudit  " })).toBe(
      "Audit finding: Multi-agency audit",
    );
    expect(actionSourceText({ sourceType: "OTHER" })).toBe("Other");
    const long = actionSourceText({ sourceType: "INSPECTION_FINDING", note: "x".repeat(300) });
    expect(long.endsWith("…")).toBe(true);
    expect(long.length).toBeLessThan(160);
  });

  it("gives each column's text in the order of the headings", () => {
    expect(TRACKER_HEADINGS).toEqual([
      "Action",
      "Owner organisation",
      "Owner",
      "Due",
      "Status",
      "Priority",
      "Source",
      "Questions",
      "Cycle",
    ]);
    expect(
      trackerRowCells(
        row({ displayStatus: "OVERDUE", questionCodes: ["1.2", "3.4"], priority: "HIGH" }),
      ),
    ).toEqual([
      "Write the neglect strategy",
      "Police",
      "Sam Jones",
      "31 Mar 2027",
      "Overdue",
      "High",
      "Six Steps response: question 3.2",
      "1.2, 3.4",
      "2026–27",
    ]);
  });
});

describe("reassignActionsSchema", () => {
  const PARTNERSHIP = "0b1c2d3e-4f50-4a61-8b72-9c8d7e6f5a4b";
  const ACTION = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
  const errors = (input: Record<string, unknown>) => {
    const result = reassignActionsSchema.safeParse(input);
    if (result.success) return {};
    return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("takes one ticked action as a list, drops repeats and reads a member owner", () => {
    const parsed = reassignActionsSchema.parse({
      partnershipId: PARTNERSHIP,
      actionIds: ACTION,
      ownerType: "MEMBER",
      ownerUserId: USER,
      ownerOrganisationId: "",
    });
    expect(parsed).toEqual({
      partnershipId: PARTNERSHIP,
      actionIds: [ACTION],
      owner: { kind: "member", userId: USER },
      ownerOrganisationId: null,
    });
    expect(
      reassignActionsSchema.parse({
        partnershipId: PARTNERSHIP,
        actionIds: [ACTION, ACTION],
        ownerType: "OTHER",
        ownerName: " Sam Jones ",
        ownerEmail: "Sam@Example.org",
        ownerOrganisationId: ORG,
      }),
    ).toMatchObject({
      actionIds: [ACTION],
      owner: { kind: "other", name: "Sam Jones", email: "sam@example.org" },
      ownerOrganisationId: ORG,
    });
  });

  it("drops repeats however the id is written", () => {
    expect(
      reassignActionsSchema.parse({
        partnershipId: PARTNERSHIP,
        actionIds: [ACTION, ACTION.toUpperCase()],
        ownerType: "MEMBER",
        ownerUserId: USER,
      }).actionIds,
    ).toEqual([ACTION]);
  });

  it("asks for at least one action and for who the new owner is", () => {
    expect(errors({ partnershipId: PARTNERSHIP })).toEqual({
      actionIds: "Select at least one action to reassign",
      ownerType: "Select whether the new owner has an account",
    });
  });

  it("asks for the member, or for the name and email of someone without an account", () => {
    expect(
      errors({ partnershipId: PARTNERSHIP, actionIds: [ACTION], ownerType: "MEMBER" }),
    ).toEqual({ ownerUserId: "Select the new owner" });
    expect(errors({ partnershipId: PARTNERSHIP, actionIds: [ACTION], ownerType: "OTHER" })).toEqual(
      { ownerName: "Enter the new owner's full name", ownerEmail: "Enter an email address" },
    );
    expect(
      errors({
        partnershipId: PARTNERSHIP,
        actionIds: [ACTION],
        ownerType: "OTHER",
        ownerName: "Sam",
        ownerEmail: "not an email",
      }),
    ).toEqual({
      ownerEmail: "Enter an email address in the correct format, like name@example.org",
    });
  });

  it("refuses ids that are not ids", () => {
    expect(
      errors({
        partnershipId: PARTNERSHIP,
        actionIds: ["nope"],
        ownerType: "MEMBER",
        ownerUserId: USER,
      }),
    ).toEqual({ "actionIds.0": "Select actions from the list" });
  });
});

describe("reassignmentNote", () => {
  it("names the people, and the organisations when they change", () => {
    expect(
      reassignmentNote(
        { owner: "Ann Lee", organisation: "Police" },
        { owner: "Sam Jones", organisation: "Police" },
      ),
    ).toBe("Reassigned from Ann Lee to Sam Jones");
    expect(
      reassignmentNote(
        { owner: "Ann Lee", organisation: "Police" },
        { owner: "Sam Jones", organisation: "County Council" },
      ),
    ).toBe("Reassigned from Ann Lee (Police) to Sam Jones (County Council)");
  });
});
