import { describe, expect, it } from "vitest";
import {
  formatLongDate,
  reminderCutoff,
  reminderMail,
  reminderRecipient,
  reminderSummary,
} from "../../lib/reminders/messages";

const member = {
  email: "sam@council.example",
  name: "Sam Owner",
  disabled: false,
  activeMember: true,
};

describe("reminderRecipient", () => {
  it("writes to the owner's account when they are a member who can sign in", () => {
    expect(reminderRecipient({ user: member, ownerName: null, ownerEmail: null })).toEqual({
      email: "sam@council.example",
      name: "Sam Owner",
    });
  });

  it("writes to the email given for an owner without an account", () => {
    expect(
      reminderRecipient({ user: null, ownerName: " Pat Lee ", ownerEmail: " pat@school.example " }),
    ).toEqual({ email: "pat@school.example", name: "Pat Lee" });
  });

  it("does not write to a disabled account or someone who has left the partnership", () => {
    expect(
      reminderRecipient({ user: { ...member, disabled: true }, ownerName: null, ownerEmail: null }),
    ).toBeNull();
    expect(
      reminderRecipient({
        user: { ...member, activeMember: false },
        ownerName: null,
        ownerEmail: null,
      }),
    ).toBeNull();
    expect(
      reminderRecipient({
        user: { ...member, disabled: true },
        ownerName: null,
        ownerEmail: "team@council.example",
      }),
    ).toEqual({ email: "team@council.example", name: "Sam Owner" });
  });

  it("has nobody to write to without an address", () => {
    expect(reminderRecipient({ user: null, ownerName: "Pat Lee", ownerEmail: "  " })).toBeNull();
  });
});

describe("reminderCutoff", () => {
  it("is 14 days after today in London, so late-evening runs in summer look a day further", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    expect(reminderCutoff(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-15");
    expect(reminderCutoff(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-14");
    // In winter London is on UTC.
    expect(reminderCutoff(new Date("2026-12-20T23:30:00Z"))).toBe("2027-01-03");
  });
});

describe("reminderMail", () => {
  const base = {
    to: "sam@council.example",
    name: "Sam Owner",
    partnershipName: "Northshire Safeguarding Children Partnership",
    organisationName: "Police",
    description: "Refresh the multi-agency threshold document",
    dueOn: "2027-03-31",
    link: "https://sixsteps.example.gov.uk/partnerships/p1/actions/a1",
  };

  it("says the action is due on its date, with the partnership and a link", () => {
    const mail = reminderMail({ ...base, kind: "DUE_SOON" });
    expect(mail.to).toBe("sam@council.example");
    expect(mail.subject).toBe(
      "Action due on 31 March 2027: Northshire Safeguarding Children Partnership",
    );
    expect(mail.text).toContain("Hello Sam Owner,");
    expect(mail.text).toContain(
      "an action you own in the Northshire Safeguarding Children Partnership improvement plan",
    );
    expect(mail.text).toContain("It is due on 31 March 2027.");
    expect(mail.text).toContain("Action: Refresh the multi-agency threshold document");
    expect(mail.text).toContain("Owning organisation: Police");
    expect(mail.text).toContain("https://sixsteps.example.gov.uk/partnerships/p1/actions/a1");
    expect(mail.text).not.toContain("overdue");
  });

  it("says an overdue action was due and is overdue", () => {
    const mail = reminderMail({ ...base, kind: "OVERDUE", name: null });
    expect(mail.subject).toBe("Overdue action: Northshire Safeguarding Children Partnership");
    expect(mail.text).toContain("Hello,");
    expect(mail.text).toContain("It was due on 31 March 2027 and is overdue.");
  });
});

describe("formatLongDate", () => {
  it("writes a calendar date in words, without shifting it by a time zone", () => {
    expect(formatLongDate("2027-03-31")).toBe("31 March 2027");
    expect(formatLongDate("2026-07-01")).toBe("1 July 2026");
  });
});

describe("reminderSummary", () => {
  it("is one line counting each kind and those already sent", () => {
    expect(reminderSummary({ dueSoon: 2, overdue: 1, alreadySent: 0, failed: 0 })).toBe(
      "Sent 3 reminders (2 due soon, 1 overdue); 0 already sent.",
    );
    expect(reminderSummary({ dueSoon: 0, overdue: 1, alreadySent: 4, failed: 0 })).toBe(
      "Sent 1 reminder (0 due soon, 1 overdue); 4 already sent.",
    );
  });

  it("says how many could not be delivered, and where to look", () => {
    expect(reminderSummary({ dueSoon: 2, overdue: 1, alreadySent: 1, failed: 2 })).toBe(
      "Sent 3 reminders (2 due soon, 1 overdue); 1 already sent; 2 could not be delivered (see the outbox).",
    );
  });
});
