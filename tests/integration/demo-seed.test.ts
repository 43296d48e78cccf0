import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  combinedSelfRating,
  disagreements,
  movement,
  questionTrend,
  ratingGap,
} from "../../lib/domain/report";
import { YEARLY_REPORT_PARTS } from "../../lib/domain/yearly-report";
import { publicationStatus, submissionStatus } from "../../lib/domain/yearly-report-publication";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { seed } from "../../prisma/seed";
import { createTestDatabase, type TestDatabase } from "./support/database";

const TEST_SECRET = "integration-test-secret-0123456789abcdef";
const CYCLES = ["2023–24", "2024–25", "2025–26"];
let database: TestDatabase;
let prisma: PrismaClient;
let firstCounts: Record<string, number>;

/** Row counts of every table the demo seed writes. */
async function rowCounts(): Promise<Record<string, number>> {
  const counts = {
    cycle: prisma.cycle.count(),
    organisation: prisma.organisation.count(),
    membership: prisma.membership.count(),
    assessment: prisma.assessment.count(),
    participant: prisma.assessmentParticipant.count(),
    assignment: prisma.participantQuestion.count(),
    response: prisma.response.count(),
    cited: prisma.responseEvidence.count(),
    agreed: prisma.agreedRating.count(),
    partnerAgreement: prisma.assessmentPartnerAgreement.count(),
    evidence: prisma.evidenceItem.count(),
    action: prisma.action.count(),
    actionLink: prisma.actionLink.count(),
    actionUpdate: prisma.actionUpdate.count(),
    actionEvidence: prisma.actionEvidence.count(),
    challenge: prisma.challenge.count(),
    narrative: prisma.stepNarrative.count(),
    area: prisma.developmentArea.count(),
    comment: prisma.accuracyComment.count(),
    caseReview: prisma.caseReview.count(),
    yearlySection: prisma.yearlyReportSection.count(),
    signOff: prisma.yearlyReportSignOff.count(),
    recipient: prisma.publicationRecipient.count(),
    submission: prisma.yearlyReportSubmission.count(),
  };
  const values = await Promise.all(Object.values(counts));
  return Object.fromEntries(Object.keys(counts).map((name, index) => [name, values[index]!]));
}

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = database.prisma;
  await seed(prisma, { demo: true, secret: TEST_SECRET });
  firstCounts = await rowCounts();
}, 60_000);
afterAll(() => database.drop());

/** A cycle's assessment of a kind, with every response and agreed rating by question code. */
async function assessmentIn(
  cycle: string,
  kind: "INDEPENDENT_SCRUTINY" | "CORE_PARTNER_SELF_ASSESSMENT",
) {
  return prisma.assessment.findFirstOrThrow({
    where: { kind, status: "FINALISED", cycle: { name: cycle } },
    select: {
      id: true,
      finalisedAt: true,
      partnerAgreements: { select: { organisation: { select: { name: true } } } },
      agreedRatings: {
        select: { rating: true, reason: true, question: { select: { code: true } } },
      },
      responses: {
        select: {
          rating: true,
          narrative: true,
          question: { select: { code: true } },
          participant: { select: { isLead: true, organisation: { select: { name: true } } } },
          _count: { select: { evidence: true } },
        },
      },
    },
  });
}

const byCode = <T extends { question: { code: string } }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.question.code, [...(map.get(row.question.code) ?? []), row]);
  return map;
};

describe("the demo seed's finalised cycles", () => {
  it("has a signed-off independent scrutiny in each of three cycles, both scrutineers answering all 24", async () => {
    for (const cycle of CYCLES) {
      const scrutiny = await assessmentIn(cycle, "INDEPENDENT_SCRUTINY");
      expect(scrutiny.finalisedAt).not.toBeNull();
      expect(scrutiny.agreedRatings).toHaveLength(24);
      expect(scrutiny.responses).toHaveLength(48);
      expect(scrutiny.responses.filter((r) => r.rating === null || r.narrative === "")).toEqual(
        scrutiny.responses.filter((r) => r.rating === "NOT_IN_SCOPE"),
      );
    }
    const earlier = await assessmentIn("2024–25", "INDEPENDENT_SCRUTINY");
    expect(earlier.responses.every((r) => r._count.evidence === 1)).toBe(true);
  });

  it("in 2025–26 the two scrutineers disagree on exactly 3 questions, each agreed with a reason", async () => {
    const scrutiny = await assessmentIn("2025–26", "INDEPENDENT_SCRUTINY");
    const questions = [...byCode(scrutiny.responses)].map(([code, rows]) => ({
      code,
      ratings: [...rows]
        .sort((a, b) => Number(b.participant.isLead) - Number(a.participant.isLead))
        .map((r) => r.rating),
    }));
    const flagged = disagreements(questions).sort((a, b) => a.code.localeCompare(b.code));
    expect(flagged.map((q) => [q.code, q.ratings, q.spread])).toEqual([
      ["3.4", ["GREEN", "RED"], "strong"],
      ["4.1", ["RED", "AMBER"], "differs"],
      ["5.3", ["GREEN", "AMBER"], "differs"],
    ]);
    const reasoned = scrutiny.agreedRatings
      .filter((a) => a.reason !== "")
      .map((a) => a.question.code);
    expect(reasoned.sort()).toEqual(["3.4", "4.1", "5.3"]);
    // What the next cycle's journeys show as last cycle's ratings.
    const agreed = new Map(scrutiny.agreedRatings.map((a) => [a.question.code, a.rating]));
    expect([agreed.get("1.1"), agreed.get("2.1"), agreed.get("3.4")]).toEqual([
      "GREEN",
      "RED",
      "GREEN",
    ]);
  });

  it("has a finalised core-partner self-assessment in each cycle, agreed by the three partners, with gaps to the scrutiny", async () => {
    for (const cycle of CYCLES) {
      const self = await assessmentIn(cycle, "CORE_PARTNER_SELF_ASSESSMENT");
      expect(self.responses).toHaveLength(72);
      expect(self.partnerAgreements.map((a) => a.organisation.name).sort()).toEqual([
        "NHS Northshire Integrated Care Board",
        "Northshire County Council",
        "Northshire Police",
      ]);
    }
    const self = await assessmentIn("2025–26", "CORE_PARTNER_SELF_ASSESSMENT");
    const scrutiny = await assessmentIn("2025–26", "INDEPENDENT_SCRUTINY");
    const agreed = new Map(scrutiny.agreedRatings.map((a) => [a.question.code, a.rating]));
    const gaps = [...byCode(self.responses)]
      .map(([code, rows]) => ({
        code,
        gap: ratingGap(combinedSelfRating(rows.map((r) => r.rating)), agreed.get(code)!),
      }))
      .filter((g) => g.gap.kind !== "NONE")
      .sort((a, b) => a.code.localeCompare(b.code));
    expect(gaps).toEqual([
      { code: "1.2", gap: { kind: "SELF_LOWER", size: 1 } },
      { code: "2.1", gap: { kind: "SELF_HIGHER", size: 2 } },
      { code: "2.2", gap: { kind: "SELF_HIGHER", size: 1 } },
      { code: "4.1", gap: { kind: "SELF_HIGHER", size: 1 } },
      { code: "5.2", gap: { kind: "SELF_HIGHER", size: 1 } },
      { code: "6.3", gap: { kind: "NOT_COMPARABLE" } },
    ]);
  });

  it("shows movement across the cycles: mostly improving, 2.1 and 4.1 declining", async () => {
    const rows = await prisma.agreedRating.findMany({
      where: { assessment: { kind: "INDEPENDENT_SCRUTINY", status: "FINALISED" } },
      select: {
        rating: true,
        question: { select: { lineageKey: true, code: true } },
        assessment: { select: { cycle: { select: { id: true, name: true, startsOn: true } } } },
      },
    });
    const cycles = [
      ...new Map(rows.map((r) => [r.assessment.cycle.id, r.assessment.cycle])).values(),
    ].map((c) => ({ id: c.id, name: c.name, startsOn: c.startsOn.toISOString() }));
    expect(cycles.map((c) => c.name).sort()).toEqual(CYCLES);
    const codes = new Map(rows.map((r) => [r.question.lineageKey, r.question.code]));
    const trend = questionTrend(
      cycles,
      rows.map((r) => ({
        cycleId: r.assessment.cycle.id,
        lineageKey: r.question.lineageKey,
        rating: r.rating,
      })),
      [...codes.keys()],
    );
    const moved = (kind: string) =>
      [...trend]
        .filter(([, series]) => movement(series) === kind)
        .map(([key]) => codes.get(key))
        .sort();
    expect(moved("DECLINED")).toEqual(["2.1", "4.1"]);
    expect(moved("IMPROVED")).toEqual(["1.1", "2.4", "3.1", "3.3", "3.4", "4.3", "6.4"]);
  });
});

describe("the demo seed's 2025–26 report", () => {
  const lastScrutiny = () =>
    prisma.assessment.findFirstOrThrow({
      where: { title: "Independent scrutiny 2025–26" },
      select: {
        id: true,
        summaryStrengths: true,
        accuracyCheckOpenedAt: true,
        accuracyCheckClosedAt: true,
        _count: { select: { stepNarratives: true } },
        developmentAreas: {
          orderBy: { position: "asc" },
          select: { managementResponse: true, actions: { select: { sourceType: true } } },
        },
        accuracyComments: {
          select: { decision: true, decisionNote: true, organisation: { select: { name: true } } },
        },
        challenges: {
          select: {
            questionId: true,
            partnerResponse: true,
            outcome: true,
            actions: {
              select: {
                sourceType: true,
                links: { select: { questionId: true, assessmentId: true } },
              },
            },
          },
        },
      },
    });

  it("has narratives for all 6 steps, a summary, and a management response with an action on the first area", async () => {
    const report = await lastScrutiny();
    expect(report._count.stepNarratives).toBe(6);
    expect(report.summaryStrengths).toBeTruthy();
    expect(report.developmentAreas).toHaveLength(2);
    expect(report.developmentAreas[0]!.managementResponse).toBeTruthy();
    expect(report.developmentAreas[0]!.actions).toEqual([{ sourceType: "MANAGEMENT_RESPONSE" }]);
  });

  it("had a factual-accuracy check, opened and closed, with one police comment that changed the report", async () => {
    const report = await lastScrutiny();
    expect(report.accuracyCheckOpenedAt!.getTime()).toBeLessThan(
      report.accuracyCheckClosedAt!.getTime(),
    );
    expect(report.accuracyComments).toEqual([
      {
        decision: "CHANGED",
        decisionNote: expect.any(String),
        organisation: { name: "Northshire Police" },
      },
    ]);
  });

  it("has a challenge at each stage; the accepted one became an action on its question", async () => {
    const report = await lastScrutiny();
    const awaitingResponse = report.challenges.filter((c) => !c.partnerResponse);
    const awaitingOutcome = report.challenges.filter((c) => c.partnerResponse && !c.outcome);
    const closed = report.challenges.filter((c) => c.outcome);
    expect([awaitingResponse.length, awaitingOutcome.length, closed.length]).toEqual([1, 1, 1]);
    expect(closed[0]!.outcome).toBe("ACCEPTED");
    expect(closed[0]!.actions).toEqual([
      {
        sourceType: "CHALLENGE",
        links: [{ questionId: closed[0]!.questionId, assessmentId: report.id }],
      },
    ]);
    for (const cycle of ["2023–24", "2024–25"])
      expect(
        await prisma.challenge.count({
          where: { outcome: { not: null }, assessment: { cycle: { name: cycle } } },
        }),
      ).toBe(1);
  });

  it("has a wider-partner self-assessment where the schools and the police answered their own questions", async () => {
    const wider = await prisma.assessment.findFirstOrThrow({
      where: { kind: "WIDER_PARTNER_SELF_ASSESSMENT", cycle: { name: "2025–26" } },
      select: {
        status: true,
        partnerAgreements: { select: { organisation: { select: { name: true } } } },
        participants: {
          orderBy: { organisation: { name: "asc" } },
          select: {
            organisation: { select: { name: true } },
            _count: { select: { assignments: true, responses: true } },
          },
        },
      },
    });
    expect(wider.status).toBe("FINALISED");
    expect(wider.participants).toEqual([
      { organisation: { name: "Northshire Police" }, _count: { assignments: 12, responses: 12 } },
      {
        organisation: { name: "Northshire Schools Alliance" },
        _count: { assignments: 12, responses: 12 },
      },
    ]);
    expect(wider.partnerAgreements).toEqual([{ organisation: { name: "Northshire Police" } }]);
  });

  it("adds only completed actions: the open ones are last cycle's three, as before", async () => {
    const open = await prisma.action.findMany({
      where: { status: { not: "COMPLETE" } },
      orderBy: { description: "asc" },
      select: { description: true, status: true },
    });
    expect(open).toEqual([
      {
        description: "Collect Section 11 audit returns from every school and relevant agency",
        status: "AT_RISK",
      },
      {
        description: "Make the youth voice forum part of how the partnership sets its priorities",
        status: "ON_TRACK",
      },
      {
        description: "Police attend every rapid review meeting with their chronology ready",
        status: "NOT_STARTED",
      },
    ]);
    expect(
      await prisma.action.count({ where: { status: "COMPLETE", cycle: { name: "2023–24" } } }),
    ).toBeGreaterThan(0);
    expect(await prisma.evidenceItem.count({ where: { title: "Yearly report 2024–25" } })).toBe(1);
  });

  it("is idempotent: seeding again changes no row count", async () => {
    await seed(prisma, { demo: true, secret: TEST_SECRET });
    expect(await rowCounts()).toEqual(firstCounts);
    expect(firstCounts.assessment).toBe(8);
    expect(firstCounts.yearlySection).toBe(2);
    expect(firstCounts.signOff).toBe(3);
    expect(firstCounts.submission).toBe(2);
  });
});

describe("the demo seed's yearly report", () => {
  const section = (cycle: string) =>
    prisma.yearlyReportSection.findFirstOrThrow({
      where: { cycle: { name: cycle } },
      include: {
        signOffs: {
          orderBy: { organisation: { name: "asc" } },
          select: {
            designation: true,
            signerName: true,
            signedOn: true,
            meeting: true,
            organisation: { select: { name: true } },
          },
        },
        submissions: {
          orderBy: { recipient: { position: "asc" } },
          select: { sentOn: true, recipient: { select: { name: true } } },
        },
      },
    });
  /** "3 Green, 17 Amber and 3 Red" and the Red codes, from a cycle's agreed independent ratings. */
  const agreedInWords = async (cycle: string) => {
    const { agreedRatings } = await assessmentIn(cycle, "INDEPENDENT_SCRUTINY");
    const count = (rating: string) => agreedRatings.filter((a) => a.rating === rating).length;
    return {
      counts: `${count("GREEN")} Green, ${count("AMBER")} Amber and ${count("RED")} Red`,
      reds: agreedRatings.filter((a) => a.rating === "RED").map((a) => a.question.code),
    };
  };
  const stamp = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
  const TODAY = new Date("2026-12-07T12:00:00Z");

  it("gives the demo partnership the two default recipients", async () => {
    const recipients = await prisma.publicationRecipient.findMany({
      where: { partnership: { slug: "northshire" } },
      orderBy: { position: "asc" },
      select: { name: true },
    });
    expect(recipients.map((r) => r.name)).toEqual([
      "Child Safeguarding Practice Review Panel",
      "What Works Centre for Children's Social Care",
    ]);
  });

  it("published 2024–25: every part written, shared, signed off by the three statutory partners, sent to the Panel on time and the second recipient late", async () => {
    const published = await section("2024–25");
    expect(published.status).toBe("PUBLISHED");
    for (const part of YEARLY_REPORT_PARTS)
      expect(published[part.key]?.length).toBeGreaterThan(100);
    expect(stamp(published.sharedWithScrutineerAt)).toBe("2025-07-14");
    const agreed = await agreedInWords("2024–25");
    expect(published.whatWasDone).toContain(agreed.counts);
    for (const code of agreed.reds) expect(published.littleProgress).toContain(code);
    expect(stamp(published.publishedOn)).toBe("2025-09-30");
    expect(published.publishedUrl).toBe("https://example.org/northshire/yearly-report-2024-25");
    expect(published.presentedAt).toBe("Partnership board, 24 September 2025");
    expect(
      published.signOffs.map((s) => [s.organisation.name, s.designation, s.signerName]),
    ).toEqual([
      ["NHS Northshire Integrated Care Board", "LEAD_SAFEGUARDING_PARTNER", "Michael Grant"],
      ["Northshire County Council", "DELEGATED_SAFEGUARDING_PARTNER", "Sarah Collins"],
      [
        "Northshire Police",
        "DELEGATED_SAFEGUARDING_PARTNER",
        "Detective Superintendent Karen Lowe",
      ],
    ]);
    for (const signOff of published.signOffs) {
      expect(stamp(signOff.signedOn)).toBe("2025-09-09");
      expect(signOff.meeting).toBe("Safeguarding partners' executive, 9 September 2025");
    }
    expect(
      published.submissions.map((s) => [
        s.recipient.name,
        submissionStatus("2025-09-30", stamp(s.sentOn), TODAY).kind,
      ]),
    ).toEqual([
      ["Child Safeguarding Practice Review Panel", "SENT_ON_TIME"],
      ["What Works Centre for Children's Social Care", "SENT_LATE"],
    ]);
  });

  it("shared 2025–26 with the scrutineer, its texts naming the three Reds, signed off by the council and the police only, so the yearly report is overdue", async () => {
    const shared = await section("2025–26");
    expect(shared.status).toBe("SHARED");
    expect(stamp(shared.sharedWithScrutineerAt)).toBe("2026-07-20");
    for (const part of YEARLY_REPORT_PARTS) expect(shared[part.key]?.length).toBeGreaterThan(100);
    // The texts say what the 2025–26 scrutiny found: its counts and its three Reds.
    const agreed = await agreedInWords("2025–26");
    expect(agreed.reds.sort()).toEqual(["2.1", "2.2", "4.1"]);
    expect(shared.whatWasDone).toContain(agreed.counts);
    for (const code of agreed.reds) expect(shared.littleProgress).toContain(code);
    expect([shared.publishedOn, shared.publishedUrl, shared.presentedAt]).toEqual([
      null,
      null,
      null,
    ]);
    expect(shared.signOffs).toEqual([]);
    expect(shared.submissions).toEqual([]);
    expect(publicationStatus("2025-09-30", TODAY)).toEqual({
      kind: "OVERDUE",
      lastPublishedOn: "2025-09-30",
      nextDueOn: "2026-09-30",
      daysOverdue: 68,
    });
  });
});
