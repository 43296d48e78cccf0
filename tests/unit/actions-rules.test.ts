import { describe, expect, it } from "vitest";
import {
  actionCounts,
  addDays,
  canEditAction,
  canRaiseActionFor,
  canSeeAction,
  canUpdateProgress,
  countsTowardsPlan,
  daysBetween,
  displayStatus,
  isDueWithin,
  isOverdue,
  ratingChange,
  reminderDue,
} from "../../lib/domain/actions";

const open = (dueOn: string) => ({ dueOn, status: "ON_TRACK" as const });

describe("overdue, in London calendar days", () => {
  it("is not overdue on its due day, and overdue from the next day", () => {
    expect(isOverdue(open("2027-03-31"), new Date("2027-03-31T22:59:00Z"))).toBe(false);
    expect(isOverdue(open("2027-03-31"), new Date("2027-04-01T00:00:00Z"))).toBe(true);
  });

  it("uses British Summer Time: 23:30 UTC on 30 June is already 1 July in London", () => {
    // 30 June 23:30 UTC = 1 July 00:30 BST: an action due 30 June is now overdue.
    expect(isOverdue(open("2026-06-30"), new Date("2026-06-30T23:30:00Z"))).toBe(true);
    // 30 June 22:59 UTC = 23:59 BST: still due today.
    expect(isOverdue(open("2026-06-30"), new Date("2026-06-30T22:59:00Z"))).toBe(false);
  });

  it("uses Greenwich Mean Time in winter: 23:30 UTC on 30 November is still 30 November", () => {
    expect(isOverdue(open("2026-11-30"), new Date("2026-11-30T23:30:00Z"))).toBe(false);
    expect(isOverdue(open("2026-11-30"), new Date("2026-12-01T00:00:00Z"))).toBe(true);
  });

  it("crosses the spring clock change correctly", () => {
    // Clocks go forward at 01:00 UTC on 29 March 2026.
    expect(isOverdue(open("2026-03-29"), new Date("2026-03-29T22:59:59Z"))).toBe(false);
    expect(isOverdue(open("2026-03-29"), new Date("2026-03-29T23:00:00Z"))).toBe(true);
  });

  it("is never overdue once complete", () => {
    expect(
      isOverdue({ dueOn: "2020-01-01", status: "COMPLETE" }, new Date("2027-01-01T12:00:00Z")),
    ).toBe(false);
    expect(
      displayStatus({ dueOn: "2020-01-01", status: "COMPLETE" }, new Date("2027-01-01T12:00:00Z")),
    ).toBe("COMPLETE");
    expect(displayStatus(open("2020-01-01"), new Date("2027-01-01T12:00:00Z"))).toBe("OVERDUE");
    expect(displayStatus(open("2030-01-01"), new Date("2027-01-01T12:00:00Z"))).toBe("ON_TRACK");
  });
});

describe("due soon and reminders", () => {
  const now = new Date("2026-11-22T10:00:00Z");
  it("counts today and the next 14 days as due soon", () => {
    expect(isDueWithin(open("2026-11-22"), 14, now)).toBe(true);
    expect(isDueWithin(open("2026-12-06"), 14, now)).toBe(true);
    expect(isDueWithin(open("2026-12-07"), 14, now)).toBe(false);
    expect(isDueWithin(open("2026-11-21"), 14, now)).toBe(false);
  });
  it("gives the reminder an action is due", () => {
    expect(reminderDue(open("2026-11-21"), now)).toBe("OVERDUE");
    expect(reminderDue(open("2026-12-01"), now)).toBe("DUE_SOON");
    expect(reminderDue(open("2027-01-01"), now)).toBeNull();
    expect(reminderDue({ dueOn: "2026-11-01", status: "COMPLETE" }, now)).toBeNull();
  });
  it("counts open, overdue and due in 30 days over the same rows", () => {
    const rows = [
      open("2026-11-21"),
      open("2026-11-22"),
      open("2026-12-22"),
      open("2026-12-23"),
      { dueOn: "2026-11-01", status: "COMPLETE" as const },
    ];
    expect(actionCounts(rows, now)).toEqual({ open: 4, overdue: 1, dueSoon: 2 });
  });
  it("does calendar arithmetic across month and leap-year ends", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2027-02-28", "2027-03-01")).toBe(1);
    expect(addDays("2026-12-25", 14)).toBe("2027-01-08");
  });
});

describe("who sees, raises, edits and updates an action", () => {
  const schools = "org-schools";
  const police = "org-police";
  const action = { ownerOrganisationId: police, ownerUserId: null, createdById: "scrutineer-1" };
  const respondent = { userId: "r1", role: "AGENCY_RESPONDENT" as const, organisationId: schools };
  it("shows agency users only their own organisation's actions", () => {
    expect(canSeeAction(respondent, action)).toBe(false);
    expect(canSeeAction(respondent, { ...action, ownerOrganisationId: schools })).toBe(true);
    expect(canSeeAction({ userId: "v", role: "VIEWER", organisationId: null }, action)).toBe(true);
  });
  it("lets an agency respondent update and edit only its own organisation's actions", () => {
    expect(canUpdateProgress(respondent, action)).toBe(false);
    expect(canEditAction(respondent, action)).toBe(false);
    const own = { ...action, ownerOrganisationId: schools };
    expect(canUpdateProgress(respondent, own)).toBe(true);
    expect(canEditAction(respondent, own)).toBe(true);
    expect(canRaiseActionFor(respondent, police)).toBe(false);
    expect(canRaiseActionFor(respondent, schools)).toBe(true);
  });
  it("lets the named owner update progress, a scrutineer edit what they raised, a viewer nothing", () => {
    const owner = { userId: "u-owner", role: "SCRUTINEER" as const, organisationId: null };
    expect(canUpdateProgress(owner, { ...action, ownerUserId: "u-owner" })).toBe(true);
    expect(canEditAction({ ...owner, userId: "scrutineer-1" }, action)).toBe(true);
    expect(canEditAction(owner, action)).toBe(false);
    const viewer = { userId: "u-owner", role: "VIEWER" as const, organisationId: null };
    expect(canUpdateProgress(viewer, { ...action, ownerUserId: "u-owner" })).toBe(false);
  });
});

describe("what counts towards an answer's action plan", () => {
  it("counts any linked action for a scrutineer", () => {
    expect(countsTowardsPlan({ organisationId: null }, { ownerOrganisationId: "police" })).toBe(
      true,
    );
  });
  it("counts, for an organisation, only the actions it owns (the ones it can see)", () => {
    const seat = { organisationId: "schools" };
    expect(countsTowardsPlan(seat, { ownerOrganisationId: "police" })).toBe(false);
    expect(countsTowardsPlan(seat, { ownerOrganisationId: "schools" })).toBe(true);
  });
});

describe("ratingChange", () => {
  it("says up, down or same, and nothing when a rating is missing or not in scope", () => {
    expect(ratingChange("AMBER", "GREEN")).toBe("UP");
    expect(ratingChange("GREEN", "RED")).toBe("DOWN");
    expect(ratingChange("AMBER", "AMBER")).toBe("SAME");
    expect(ratingChange(null, "AMBER")).toBeNull();
    expect(ratingChange("AMBER", null)).toBeNull();
    expect(ratingChange("NOT_IN_SCOPE", "GREEN")).toBeNull();
  });
});
