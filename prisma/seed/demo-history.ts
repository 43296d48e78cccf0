import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { ActionStatus } from "../../lib/generated/prisma/enums";
import { citeFor } from "./demo-evidence";
import { DISAGREEMENT_TEXT_2025_26, narrative, remainingWork } from "./demo-narratives";
import { DISAGREEMENTS_2025_26, SCRUTINY_RATINGS } from "./demo-story";

export const LAST_CYCLE_TITLE = "Independent scrutiny 2025–26";

const LAST_CYCLE_EVIDENCE = [
  {
    title: "Yearly report 2024–25",
    nature: "PROCESS",
    evidenceDate: "2025-09-30",
    url: "https://example.org/northshire/yearly-report-2024-25",
  },
  {
    title: "Neglect strategy evaluation: outcomes for children",
    nature: "OUTCOME",
    evidenceDate: "2026-02-27",
    url: "https://example.org/northshire/neglect-evaluation",
  },
] as const;

/** Last cycle's agreed ratings by question code (1.1 Green, 2.1 Red, 6.3 not in scope, …). */
const LAST_RATINGS = SCRUTINY_RATINGS["2025–26"];

type DemoAction = {
  description: string;
  owner: { organisation: string; userEmail?: string; name?: string; email?: string };
  dueOn: string;
  status: ActionStatus;
  priority: "HIGH" | "MEDIUM" | "LOW";
  questions: string[];
  recommendation?: number;
  updates: Array<{ note: string; status?: ActionStatus; at: string }>;
};

const ACTIONS: DemoAction[] = [
  {
    description: "Publish a multi-agency neglect strategy with outcome measures for children",
    owner: {
      organisation: "Northshire County Council",
      userEmail: "business.manager@northshire.example",
    },
    dueOn: "2026-03-31",
    status: "COMPLETE",
    priority: "HIGH",
    questions: ["1.1", "1.2"],
    updates: [
      {
        note: "Draft strategy agreed by the safeguarding partners.",
        status: "ON_TRACK",
        at: "2025-11-14T10:00:00Z",
      },
      {
        note: "Published; the evaluation shows earlier help for 40 families.",
        status: "COMPLETE",
        at: "2026-03-20T10:00:00Z",
      },
    ],
  },
  {
    description: "Make the youth voice forum part of how the partnership sets its priorities",
    owner: {
      organisation: "Northshire Voluntary Action",
      name: "Leah Morgan",
      email: "leah.morgan@northshire-va.example",
    },
    dueOn: "2027-01-31",
    status: "ON_TRACK",
    priority: "MEDIUM",
    questions: ["2.1", "2.2"],
    updates: [
      {
        note: "Forum members now attend the priorities workshop.",
        status: "ON_TRACK",
        at: "2026-09-02T10:00:00Z",
      },
    ],
  },
  {
    description: "Collect Section 11 audit returns from every school and relevant agency",
    owner: {
      organisation: "Northshire Schools Alliance",
      userEmail: "schools.respondent@northshire.example",
    },
    dueOn: "2026-10-31",
    status: "AT_RISK",
    priority: "HIGH",
    questions: ["4.1"],
    updates: [
      {
        note: "31 of 58 schools have returned; chasing the rest.",
        status: "AT_RISK",
        at: "2026-10-20T10:00:00Z",
      },
    ],
  },
  {
    description: "Police attend every rapid review meeting with their chronology ready",
    owner: { organisation: "Northshire Police", userEmail: "police.respondent@northshire.example" },
    dueOn: "2026-12-04",
    status: "NOT_STARTED",
    priority: "HIGH",
    questions: [],
    recommendation: 1,
    updates: [],
  },
];

const day = (stamp: string) => new Date(`${stamp}T00:00:00Z`);

/**
 * Last cycle, for the demo: a signed-off independent scrutiny for 2025–26 whose two scrutineers
 * disagree on three questions (demo-story.ts), with agreed ratings and their reasons,
 * its action plan (one complete, one on track, one overdue), and a rapid review in the case-review
 * register with a recommendation and its action. Idempotent. Returns last cycle's assessment id
 * and the open actions to link to this cycle's scrutiny.
 */
export async function seedDemoHistory(
  prisma: PrismaClient,
  partnershipId: string,
  frameworkVersionId: string,
  baselineAssessmentId: string | null = null,
): Promise<{
  assessmentId: string;
  openActionLinks: Array<{ actionId: string; questionId: string }>;
}> {
  const existing = await prisma.assessment.findFirst({
    where: { partnershipId, title: LAST_CYCLE_TITLE },
    select: { id: true },
  });
  if (existing) return { assessmentId: existing.id, openActionLinks: [] };
  const [cycle, organisations, users, version] = await Promise.all([
    prisma.cycle.findFirstOrThrow({ where: { partnershipId, name: "2025–26" } }),
    prisma.organisation.findMany({ where: { partnershipId }, select: { id: true, name: true } }),
    prisma.user.findMany({
      where: { memberships: { some: { partnershipId } } },
      select: { id: true, email: true, name: true },
    }),
    prisma.frameworkVersion.findUniqueOrThrow({
      where: { id: frameworkVersionId },
      select: { questions: { select: { id: true, code: true } } },
    }),
  ]);
  const organisationId = (name: string) => organisations.find((o) => o.name === name)!.id;
  const user = (email: string) => users.find((u) => u.email === email)!;
  const questionId = (code: string) => version.questions.find((q) => q.code === code)!.id;
  const lead = user("lead.scrutineer@northshire.example");
  const second = user("scrutineer@northshire.example");
  const manager = user("business.manager@northshire.example");

  return prisma.$transaction(async (tx) => {
    const leadResponses = new Map<string, string>();
    const evidence = await tx.evidenceItem.createManyAndReturn({
      data: LAST_CYCLE_EVIDENCE.map((item) => ({
        ...item,
        partnershipId,
        kind: "LINK" as const,
        evidenceDate: day(item.evidenceDate),
      })),
      select: { id: true, nature: true, title: true },
    });
    const assessment = await tx.assessment.create({
      data: {
        partnershipId,
        cycleId: cycle.id,
        frameworkVersionId,
        kind: "INDEPENDENT_SCRUTINY",
        title: LAST_CYCLE_TITLE,
        baselineAssessmentId,
        summaryStrengths:
          "A shared neglect strategy with measurable outcomes; strong leadership from the three safeguarding partners.",
        developmentAreas: {
          create: [
            {
              position: 1,
              text: "Children's and families' voices do not yet shape the partnership's priorities.",
            },
            { position: 2, text: "Section 11 assurance is incomplete for two relevant agencies." },
          ],
        },
      },
    });
    for (const [index, scrutineer] of [lead, second].entries()) {
      const side = index === 0 ? "lead" : "second";
      const participant = await tx.assessmentParticipant.create({
        data: {
          assessmentId: assessment.id,
          userId: scrutineer.id,
          isLead: index === 0,
          // As sign-off leaves them (lib/actions/assessments/sign-off-scrutiny.ts).
          status: "SIGNED_OFF",
          submittedAt: new Date("2026-02-20T16:00:00Z"),
          submittedById: scrutineer.id,
          signedOffAt: new Date("2026-03-02T12:00:00Z"),
          signedOffName: lead.name,
          signedOffRole: "Lead independent scrutineer",
        },
      });
      await tx.participantQuestion.createMany({
        data: version.questions.map((q) => ({ participantId: participant.id, questionId: q.id })),
      });
      const responses = await tx.response.createManyAndReturn({
        data: version.questions.map((q, position) => {
          const rating = DISAGREEMENTS_2025_26[q.code]?.[side] ?? LAST_RATINGS[q.code] ?? "AMBER";
          const cited = citeFor(rating, position, evidence);
          return {
            assessmentId: assessment.id,
            participantId: participant.id,
            questionId: q.id,
            rating,
            // Each scrutineer's own rationale where they disagree.
            narrative:
              DISAGREEMENT_TEXT_2025_26[q.code]?.[side] ??
              (cited ? narrative(q.code, rating, cited.title) : ""),
            remainingWork: remainingWork(rating),
            notInScopeReason: rating === "NOT_IN_SCOPE" ? "Covered by the 2026–27 scrutiny." : null,
            updatedById: scrutineer.id,
          };
        }),
        select: { id: true, rating: true, questionId: true },
      });
      if (index === 0) for (const r of responses) leadResponses.set(r.questionId, r.id);
      await tx.responseEvidence.createMany({
        data: responses
          .filter((r) => r.rating === "GREEN" || r.rating === "AMBER")
          .flatMap((r) => evidence.map((e) => ({ responseId: r.id, evidenceId: e.id }))),
      });
    }
    await tx.agreedRating.createMany({
      data: version.questions.map((q) => ({
        assessmentId: assessment.id,
        questionId: q.id,
        rating: LAST_RATINGS[q.code] ?? "AMBER",
        reason: DISAGREEMENT_TEXT_2025_26[q.code]?.reason ?? "",
        agreedById: lead.id,
        agreedAt: new Date("2026-03-02T11:00:00Z"),
      })),
    });

    const review = await tx.caseReview.create({
      data: {
        partnershipId,
        type: "RAPID_REVIEW",
        identifier: "Child R",
        status: "COMPLETED",
        referredOn: day("2026-05-11"),
        decidedOn: day("2026-06-01"),
        completedOn: day("2026-06-01"),
        summary:
          "Rapid review after serious harm to a baby. Learning about information sharing between police and health; no LCSPR needed.",
        recommendations: {
          create: [
            {
              number: 1,
              text: "Police bring a full chronology to every rapid review meeting.",
              partnershipResponse:
                "Accepted. Police to confirm attendance and chronology standard.",
              timescale: "By December 2026",
            },
            {
              number: 2,
              text: "Health visitors and GPs share concerns about a new baby within one working day.",
              partnershipResponse: "Accepted. The ICB is drafting the protocol.",
              timescale: "By March 2027",
            },
          ],
        },
      },
      select: { recommendations: { select: { id: true, number: true } } },
    });

    const openActionLinks: Array<{ actionId: string; questionId: string }> = [];
    for (const item of ACTIONS) {
      const owner = item.owner.userEmail ? user(item.owner.userEmail) : null;
      const recommendation = item.recommendation
        ? review.recommendations.find((r) => r.number === item.recommendation)
        : undefined;
      const action = await tx.action.create({
        data: {
          partnershipId,
          cycleId: cycle.id,
          description: item.description,
          ownerOrganisationId: organisationId(item.owner.organisation),
          ownerUserId: owner?.id ?? null,
          ownerName: owner ? null : (item.owner.name ?? null),
          ownerEmail: owner ? null : (item.owner.email ?? null),
          dueOn: day(item.dueOn),
          status: item.status,
          priority: item.priority,
          completedAt: item.status === "COMPLETE" ? new Date(item.updates.at(-1)!.at) : null,
          sourceType: recommendation ? "CASE_REVIEW_RECOMMENDATION" : "RESPONSE",
          sourceRecommendationId: recommendation?.id ?? null,
          sourceResponseId: item.questions[0]
            ? (leadResponses.get(questionId(item.questions[0])) ?? null)
            : null,
          createdById: recommendation ? manager.id : lead.id,
          links: {
            create: item.questions.map((code) => ({
              assessmentId: assessment.id,
              questionId: questionId(code),
            })),
          },
          updates: {
            create: item.updates.map((update) => ({
              note: update.note,
              statusAfter: update.status ?? null,
              authorId: owner?.id ?? manager.id,
              createdAt: new Date(update.at),
            })),
          },
          evidence:
            item.status === "COMPLETE"
              ? { create: [{ evidenceId: evidence.find((e) => e.nature === "OUTCOME")!.id }] }
              : undefined,
        },
        select: { id: true },
      });
      if (item.status !== "COMPLETE")
        for (const code of item.questions)
          openActionLinks.push({ actionId: action.id, questionId: questionId(code) });
    }

    // Signed off last: the lock triggers refuse changes to a finalised assessment's answers.
    await tx.assessment.update({
      where: { id: assessment.id },
      data: {
        status: "FINALISED",
        finalisedAt: new Date("2026-03-02T12:00:00Z"),
        finalisedById: lead.id,
      },
    });
    return { assessmentId: assessment.id, openActionLinks };
  });
}
