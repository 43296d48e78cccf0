import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { saveResponse } from "@/lib/actions/responses/save-response";
import { AGREED_RATING_SUBJECT, getQuestionHistory } from "@/lib/data/question-history";
import { seed } from "../../prisma/seed";
import { createMember, createPartnership, createScrutinyAssessment } from "../support/factories";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import { signInAs } from "./support/session";

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let database: TestDatabase;
beforeAll(async () => {
  database = await startTestApp();
  await seed(database.prisma, { demo: false });
});
afterAll(() => database.drop());

/** notFound() from next/navigation throws an error whose digest names the 404. */
async function expectNotFoundPage(promise: Promise<unknown>) {
  await expect(promise).rejects.toMatchObject({ digest: expect.stringContaining(";404") });
}

async function setUp() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const lead = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Helen Carter" });
  const second = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Mark Evans" });
  const viewer = await createMember(prisma, partnership.id, "VIEWER", { name: "Tom Reid" });
  const { assessment, responses } = await createScrutinyAssessment(prisma, partnership.id, [
    lead.user.id,
    second.user.id,
  ]);
  const leadResponse = await prisma.response.findUniqueOrThrow({
    where: { id: responses[lead.user.id]![0]! },
    select: { id: true, questionId: true, question: { select: { code: true } } },
  });
  const secondResponse = await prisma.response.findFirstOrThrow({
    where: {
      assessmentId: assessment.id,
      questionId: leadResponse.questionId,
      NOT: { id: leadResponse.id },
    },
  });
  const evidence = (title: string) =>
    prisma.evidenceItem.create({
      data: {
        partnershipId: partnership.id,
        title,
        kind: "LINK",
        nature: "OUTCOME",
        evidenceDate: new Date("2026-05-01"),
        url: "https://example.org/doc",
      },
    });
  const plan = await evidence("Partnership plan 2026–29");
  const audit = await evidence("Neglect audit findings");
  return {
    partnership,
    lead,
    second,
    viewer,
    assessment,
    leadResponse,
    secondResponse,
    plan,
    audit,
  };
}

describe("the history of one question", () => {
  it("shows every save newest first, with who, whose answer and each change in words", async () => {
    const prisma = database.prisma;
    const {
      partnership,
      lead,
      second,
      viewer,
      assessment,
      leadResponse,
      secondResponse,
      plan,
      audit,
    } = await setUp();
    const base = { partnershipId: partnership.id, notInScopeReason: "" };

    await signInAs(lead.user.id);
    expect(
      await saveResponse(null, {
        ...base,
        responseId: leadResponse.id,
        version: 1,
        rating: "AMBER",
        narrative: "A plan exists but is not yet tested.",
        remainingWork: "Test the plan with schools.",
        evidenceIds: [plan.id],
      }),
    ).toMatchObject({ ok: true });
    expect(
      await saveResponse(null, {
        ...base,
        responseId: leadResponse.id,
        version: 2,
        rating: "GREEN",
        narrative: "The plan has been tested with schools.",
        remainingWork: "",
        evidenceIds: [audit.id],
      }),
    ).toMatchObject({ ok: true });
    await signInAs(second.user.id);
    expect(
      await saveResponse(null, {
        ...base,
        responseId: secondResponse.id,
        version: 1,
        rating: "RED",
        narrative: "No plan seen.",
        remainingWork: "",
        evidenceIds: [],
      }),
    ).toMatchObject({ ok: true });
    // A change to another question is not part of this question's history.
    await signInAs(lead.user.id);
    const otherQuestion = await prisma.response.findFirstOrThrow({
      where: { participant: { userId: lead.user.id }, NOT: { id: leadResponse.id } },
    });
    await saveResponse(null, {
      ...base,
      responseId: otherQuestion.id,
      version: 1,
      rating: "RED",
      narrative: "Elsewhere",
      remainingWork: "",
      evidenceIds: [],
    });
    // The lead's agreed rating for this question, as the agreement feature records it.
    const agreed = await prisma.agreedRating.create({
      data: {
        assessmentId: assessment.id,
        questionId: leadResponse.questionId,
        rating: "AMBER",
        reason: "Tested with schools only.",
        agreedById: lead.user.id,
      },
    });
    await prisma.auditEvent.create({
      data: {
        category: "CHANGE",
        action: "rating.agreed",
        actorUserId: lead.user.id,
        partnershipId: partnership.id,
        entityType: "AgreedRating",
        entityId: agreed.id,
        after: { rating: "AMBER", reason: "Tested with schools only." },
        at: new Date(Date.now() + 60_000),
      },
    });

    // Anyone in the partnership can read it, a viewer included.
    await signInAs(viewer.user.id);
    const history = await getQuestionHistory(
      partnership.id,
      assessment.id,
      leadResponse.questionId,
    );
    expect(history.question).toMatchObject({ code: leadResponse.question.code, stepNumber: 1 });
    expect(history.assessment.title).toBe("Independent scrutiny");
    expect(history.entries.map((e) => [e.actionLabel, e.actorName, e.subject])).toEqual([
      ["Agreed the rating", "Helen Carter", AGREED_RATING_SUBJECT],
      ["Changed the answer", "Mark Evans", "Mark Evans"],
      ["Changed the answer", "Helen Carter", "Helen Carter"],
      ["Changed the answer", "Helen Carter", "Helen Carter"],
    ]);

    const [agreedEntry, , latest, first] = history.entries;
    expect(
      agreedEntry!.changes.map((c) => [c.label, c.kind === "value" ? c.after : c.kind]),
    ).toEqual([
      ["Rating", "Amber"],
      ["Reason", "text"],
    ]);
    expect(first!.changes).toEqual([
      { kind: "value", field: "rating", label: "Rating", before: "Not rated", after: "Amber" },
      {
        kind: "text",
        field: "narrative",
        label: "Narrative",
        change: "added",
        before: "",
        after: "A plan exists but is not yet tested.",
      },
      {
        kind: "text",
        field: "remainingWork",
        label: "Work that remains",
        change: "added",
        before: "",
        after: "Test the plan with schools.",
      },
      {
        kind: "list",
        field: "evidenceIds",
        label: "Evidence",
        added: ["Partnership plan 2026–29"],
        removed: [],
      },
    ]);
    expect(latest!.changes).toEqual([
      { kind: "value", field: "rating", label: "Rating", before: "Amber", after: "Green" },
      {
        kind: "text",
        field: "narrative",
        label: "Narrative",
        change: "changed",
        before: "A plan exists but is not yet tested.",
        after: "The plan has been tested with schools.",
      },
      {
        kind: "text",
        field: "remainingWork",
        label: "Work that remains",
        change: "removed",
        before: "Test the plan with schools.",
        after: "",
      },
      {
        kind: "list",
        field: "evidenceIds",
        label: "Evidence",
        added: ["Neglect audit findings"],
        removed: ["Partnership plan 2026–29"],
      },
    ]);
    // When: an ISO instant and the UK wall-clock time, as plain strings for the page.
    expect(Date.parse(latest!.at)).toBeGreaterThan(Date.parse(first!.at) - 1);
    expect(latest!.atLabel).toMatch(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2}$/);
  });

  it("says nothing of a question nobody has touched", async () => {
    const { partnership, viewer, assessment, leadResponse } = await setUp();
    await signInAs(viewer.user.id);
    const history = await getQuestionHistory(
      partnership.id,
      assessment.id,
      leadResponse.questionId,
    );
    expect(history.entries).toEqual([]);
  });

  it("refuses another partnership's member, and ids from elsewhere, without revealing anything", async () => {
    const prisma = database.prisma;
    const { partnership, lead, assessment, leadResponse } = await setUp();
    const other = await createPartnership(prisma);
    const outsider = await createMember(prisma, other.id, "BUSINESS_MANAGER");

    await signInAs(outsider.user.id);
    await expect(
      getQuestionHistory(partnership.id, assessment.id, leadResponse.questionId),
    ).rejects.toThrow("That partnership does not exist or you do not have access to it.");
    // Their own partnership's id with A's assessment: no such assessment there.
    await expectNotFoundPage(getQuestionHistory(other.id, assessment.id, leadResponse.questionId));

    await signInAs(lead.user.id);
    await expectNotFoundPage(getQuestionHistory(partnership.id, assessment.id, randomUUID()));
    await expectNotFoundPage(
      getQuestionHistory(partnership.id, randomUUID(), leadResponse.questionId),
    );

    await signInAs(null);
    await expect(
      getQuestionHistory(partnership.id, assessment.id, leadResponse.questionId),
    ).rejects.toThrow("Your session has ended");
  });
});
