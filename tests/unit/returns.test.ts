import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  addReturnOrganisationSchema,
  returnCounts,
  returnCountsSentence,
  returnState,
  signOffReturnSchema,
} from "../../lib/domain/returns";

const P = "7c1f4a0e-0000-4000-8000-000000000001";
const A = "7c1f4a0e-0000-4000-8000-000000000002";
const O = "7c1f4a0e-0000-4000-8000-000000000003";
// British Summer Time has begun (28 March 2027): 23:30 UTC on 31 March is 00:30 on 1 April in London.
const lateEvening = new Date("2027-03-31T23:30:00Z");

describe("returnState", () => {
  const on = (
    status: "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" | "SIGNED_OFF",
    dueOn: string | null,
  ) => returnState({ status, dueOn }, lateEvening);

  it("is overdue from the London day after the deadline, whatever the progress", () => {
    expect(on("NOT_STARTED", "2027-03-31")).toBe("OVERDUE");
    expect(on("IN_PROGRESS", "2027-03-31")).toBe("OVERDUE");
    expect(on("SUBMITTED", "2027-03-31")).toBe("OVERDUE");
  });

  it("is not overdue on the deadline day itself", () => {
    expect(on("IN_PROGRESS", "2027-04-01")).toBe("IN_PROGRESS");
    expect(on("SUBMITTED", "2027-04-01")).toBe("SUBMITTED");
  });

  it("counts a signed-off return as returned even after the deadline", () => {
    expect(on("SIGNED_OFF", "2020-01-01")).toBe("SIGNED_OFF");
  });

  it("is never overdue without a deadline", () => {
    expect(on("NOT_STARTED", null)).toBe("NOT_STARTED");
  });
});

describe("returnCounts", () => {
  it("counts each state and says it as a sentence in the grid's order", () => {
    const counts = returnCounts([
      "SIGNED_OFF",
      "SIGNED_OFF",
      "OVERDUE",
      "SUBMITTED",
      "NOT_STARTED",
    ]);
    expect(returnCountsSentence(counts)).toBe(
      "2 returned, 1 submitted awaiting sign-off, 0 in progress, 1 not started, 1 overdue",
    );
  });
});

describe("addReturnOrganisationSchema", () => {
  const base = {
    partnershipId: P,
    assessmentId: A,
    respondentName: " Sam  Okafor ",
    respondentEmail: "S.Okafor@Example.org",
    "dueOn-day": "31",
    "dueOn-month": "3",
    "dueOn-year": "2027",
  };

  it("takes an existing organisation, tidying the name and email and reading the date", () => {
    const parsed = addReturnOrganisationSchema.parse({ ...base, organisationId: O });
    expect(parsed).toMatchObject({
      organisationId: O,
      newOrganisation: null,
      respondentName: "Sam Okafor",
      respondentEmail: "s.okafor@example.org",
      dueOn: "2027-03-31",
    });
  });

  it("needs a name and a kind for a new relevant agency", () => {
    const result = addReturnOrganisationSchema.safeParse({ ...base, organisationId: "new" });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "newName: Enter the name of the new relevant agency",
      "newKind: Select what kind of organisation it is",
    ]);
    const ok = addReturnOrganisationSchema.parse({
      ...base,
      organisationId: "new",
      newName: "Northfield Academy",
      newKind: "EDUCATION",
    });
    expect(ok.newOrganisation).toEqual({ name: "Northfield Academy", kind: "EDUCATION" });
  });

  it("refuses an impossible deadline and a missing choice in words", () => {
    const result = addReturnOrganisationSchema.safeParse({
      ...base,
      "dueOn-day": "31",
      "dueOn-month": "2",
    });
    const messages = result.error?.issues.map((i) => i.message);
    expect(messages).toContain("Select an organisation, or choose to add a new relevant agency");
    expect(messages).toContain("The deadline must be a real date");
  });
});

describe("signOffReturnSchema", () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date("2027-04-10T12:00:00Z"), toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());
  const base = {
    partnershipId: P,
    assessmentId: A,
    participantId: O,
    signedOffName: "Dr Ana Lopes",
    signedOffRole: "Head teacher",
  };

  it("records the senior person's name, role and a date that is not in the future", () => {
    expect(signOffReturnSchema.parse({ ...base, signedOffOn: "2027-04-10" }).signedOffOn).toBe(
      "2027-04-10",
    );
    const future = signOffReturnSchema.safeParse({ ...base, signedOffOn: "2027-04-11" });
    expect(future.error?.issues[0]?.message).toBe(
      "The date it was signed off must be today or in the past",
    );
  });

  it("asks for the name and role", () => {
    const result = signOffReturnSchema.safeParse({
      ...base,
      signedOffName: " ",
      signedOffRole: "",
      signedOffOn: "2027-04-01",
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "Enter the name of the senior person who signed off the return",
      "Enter the senior person's role, for example Head teacher",
    ]);
  });
});
