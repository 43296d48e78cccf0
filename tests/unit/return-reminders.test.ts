import { describe, expect, it } from "vitest";
import {
  returnRecipients,
  returnReminderCutoff,
  returnReminderDue,
  returnReminderMail,
  returnReminderSummary,
  whatIsMissing,
} from "../../lib/domain/return-reminders";

/** Wednesday 10 June 2026, 09:00 in London. */
const NOW = new Date("2026-06-10T08:00:00Z");

describe("returnReminderDue", () => {
  const due = (dueOn: string | null, status = "IN_PROGRESS" as const) =>
    returnReminderDue({ dueOn, status }, NOW);

  it("reminds before the deadline when it is 7 days away or fewer, the day itself included", () => {
    expect(due("2026-06-17")).toBe("BEFORE_DEADLINE");
    expect(due("2026-06-10")).toBe("BEFORE_DEADLINE");
    expect(due("2026-06-18")).toBeNull();
  });

  it("reminds after the deadline once it has passed", () => {
    expect(due("2026-06-09")).toBe("AFTER_DEADLINE");
    expect(due("2026-01-01")).toBe("AFTER_DEADLINE");
  });

  it("keeps chasing a submitted return until it is signed off, then stops", () => {
    expect(returnReminderDue({ dueOn: "2026-06-09", status: "SUBMITTED" }, NOW)).toBe(
      "AFTER_DEADLINE",
    );
    expect(returnReminderDue({ dueOn: "2026-06-09", status: "SIGNED_OFF" }, NOW)).toBeNull();
    expect(returnReminderDue({ dueOn: "2026-06-12", status: "SIGNED_OFF" }, NOW)).toBeNull();
  });

  it("sends nothing without a deadline", () => {
    expect(due(null)).toBeNull();
  });

  it("counts days in London: 00:30 on 18 June in summer is already 18 June", () => {
    // 23:30 UTC on 17 June is 00:30 BST on 18 June: a 17 June deadline has passed.
    const lateEvening = new Date("2026-06-17T23:30:00Z");
    expect(returnReminderDue({ dueOn: "2026-06-17", status: "NOT_STARTED" }, lateEvening)).toBe(
      "AFTER_DEADLINE",
    );
    expect(returnReminderCutoff(lateEvening).toISOString().slice(0, 10)).toBe("2026-06-25");
  });
});

describe("returnRecipients", () => {
  it("writes to respondents who can sign in and to invited respondents, each address once", () => {
    expect(
      returnRecipients({
        members: [
          { email: "ann@school.example", name: "Ann", disabled: false, suspended: false },
          { email: "gone@school.example", name: "Gone", disabled: true, suspended: false },
          { email: "away@school.example", name: "Away", disabled: false, suspended: true },
        ],
        invitations: [
          { email: "ANN@school.example", name: "Ann again" },
          { email: " bo@school.example ", name: null },
        ],
      }),
    ).toEqual([
      { email: "ann@school.example", name: "Ann" },
      { email: "bo@school.example", name: null },
    ]);
  });

  it("has nobody to write to when the organisation has no respondent", () => {
    expect(returnRecipients({ members: [], invitations: [] })).toEqual([]);
  });
});

const facts = {
  partnershipName: "Northshire Safeguarding Children Partnership",
  assessmentTitle: "Relevant agencies self-assessment 2026–27",
  organisationName: "Oak Primary School",
  status: "IN_PROGRESS" as const,
  dueOn: "2026-06-15",
  answered: 7,
  total: 24,
  link: "https://sixsteps.example.gov.uk/partnerships/p/assessments/a",
  to: { email: "ann@oak.example", name: "Ann Head" },
};

describe("returnReminderMail", () => {
  it("names the assessment, organisation, deadline, what is missing and the link", () => {
    const mail = returnReminderMail(facts, NOW);
    expect(mail.to).toBe("ann@oak.example");
    expect(mail.subject).toBe(
      "Self-assessment return due on 15 June 2026: Relevant agencies self-assessment 2026–27",
    );
    expect(mail.text).toContain("Hello Ann Head,");
    expect(mail.text).toContain("Oak Primary School's return");
    expect(mail.text).toContain("It is due on 15 June 2026.");
    expect(mail.text).toContain("7 of 24 questions answered.");
    expect(mail.text).toContain(facts.link);
  });

  it("says an overdue return is overdue, and that a submitted one awaits sign-off", () => {
    const mail = returnReminderMail({ ...facts, dueOn: "2026-06-01", status: "SUBMITTED" }, NOW);
    expect(mail.subject).toBe(
      "Overdue self-assessment return: Relevant agencies self-assessment 2026–27",
    );
    expect(mail.text).toContain("It was due on 1 June 2026 and is overdue.");
    expect(mail.text).toContain("awaiting sign-off by a named senior person");
    expect(mail.text).not.toContain("questions answered");
  });

  it("greets plainly without a name and copes with no deadline", () => {
    const mail = returnReminderMail(
      { ...facts, dueOn: null, to: { email: "x@y.z", name: null } },
      NOW,
    );
    expect(mail.text.startsWith("Hello,")).toBe(true);
    expect(mail.text).toContain("No deadline has been set yet.");
    expect(mail.subject).toBe("Self-assessment return: Relevant agencies self-assessment 2026–27");
  });
});

describe("whatIsMissing and the summary", () => {
  it("counts a single question in the singular", () => {
    expect(whatIsMissing({ status: "NOT_STARTED", answered: 0, total: 1 })).toMatch(
      /^0 of 1 question answered\./,
    );
  });

  it("summarises a run", () => {
    expect(
      returnReminderSummary({ beforeDeadline: 2, afterDeadline: 1, alreadySent: 4, failed: 0 }),
    ).toBe("Sent 3 return reminders (2 before the deadline, 1 after); 4 already sent.");
    expect(
      returnReminderSummary({ beforeDeadline: 1, afterDeadline: 0, alreadySent: 0, failed: 1 }),
    ).toBe(
      "Sent 1 return reminder (1 before the deadline, 0 after); 0 already sent; 1 could not be delivered (see the outbox).",
    );
  });
});
