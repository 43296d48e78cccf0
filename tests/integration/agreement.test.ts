import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { agreeRating } from "@/lib/actions/assessments/agree-rating";
import { finaliseSelfAssessment } from "@/lib/actions/assessments/finalise-self-assessment";
import { reopenAssessment } from "@/lib/actions/assessments/reopen-assessment";
import { signOffScrutiny } from "@/lib/actions/assessments/sign-off-scrutiny";
import { submitParticipation } from "@/lib/actions/assessments/submit-participation";
import { saveResponse } from "@/lib/actions/responses/save-response";
import { toDomainError } from "@/lib/actions/db-errors";
import { getAgreementView, getAssessmentProgress, getFinaliseView } from "@/lib/data/agreement";
import type { RatingValue } from "@/lib/domain/rating";
import { seed } from "../../prisma/seed";
import {
  createMember,
  createPartnership,
  createScrutinyAssessment,
  createSelfAssessment,
  planEveryAnswer,
} from "../support/factories";
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

/** A scrutiny with a lead and a second scrutineer whose answers are complete but not submitted. */
async function twoScrutineers() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const lead = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Asha Lead" });
  const second = await createMember(prisma, partnership.id, "SCRUTINEER", { name: "Ben Second" });
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const { assessment, questionIds } = await createScrutinyAssessment(prisma, partnership.id, [
    lead.user.id,
    second.user.id,
  ]);
  await planEveryAnswer(prisma, assessment.id);
  await prisma.response.updateMany({
    where: { assessmentId: assessment.id },
    data: { rating: "RED", narrative: "Not yet in place" },
  });
  // The first question: the lead says Red, the second scrutineer Green with evidence.
  const first = questionIds[0]!;
  const evidence = await prisma.evidenceItem.create({
    data: {
      partnershipId: partnership.id,
      title: "Multi-agency audit 2026",
      kind: "LINK",
      nature: "OUTCOME",
      evidenceDate: new Date("2026-05-01"),
      url: "https://example.org/audit",
    },
  });
  const secondsFirst = await prisma.response.findFirstOrThrow({
    where: {
      assessmentId: assessment.id,
      questionId: first,
      participant: { userId: second.user.id },
    },
  });
  await prisma.response.update({
    where: { id: secondsFirst.id },
    data: {
      rating: "GREEN",
      narrative: "Audit shows impact",
      evidence: { create: { evidenceId: evidence.id } },
    },
  });
  const ids = { partnershipId: partnership.id, assessmentId: assessment.id };
  return { partnership, lead, second, manager, assessment, questionIds, first, ids };
}

async function submitAs(userId: string, ids: { partnershipId: string; assessmentId: string }) {
  await signInAs(userId);
  expect(await submitParticipation(null, ids)).toMatchObject({ ok: true });
}

async function questionCode(questionId: string) {
  return (await database.prisma.frameworkQuestion.findUniqueOrThrow({ where: { id: questionId } }))
    .code;
}

describe("agreeing ratings", () => {
  it("waits for every scrutineer, is the lead's alone, needs a reason when ratings differ and detects a stale edit", async () => {
    const prisma = database.prisma;
    const { lead, second, manager, first, ids } = await twoScrutineers();
    const agree = {
      ...ids,
      questionId: first,
      rating: "AMBER" as RatingValue,
      reason: "",
      version: 0,
    };

    await submitAs(lead.user.id, ids);
    expect(await agreeRating(null, agree)).toMatchObject({
      ok: false,
      message:
        "You can agree ratings once every scrutineer has submitted. Still to submit: Ben Second.",
    });
    await submitAs(second.user.id, ids);

    // Neither the other scrutineer nor the business manager can agree.
    await signInAs(second.user.id);
    expect(await agreeRating(null, { ...agree, reason: "Mine" })).toMatchObject({
      ok: false,
      message: "Only the lead scrutineer of this assessment can agree ratings.",
    });
    await signInAs(manager.user.id);
    expect(await agreeRating(null, { ...agree, reason: "Mine" })).toMatchObject({ ok: false });
    expect(await prisma.agreedRating.count({ where: { assessmentId: ids.assessmentId } })).toBe(0);

    // Red against Green: the lead must say why.
    await signInAs(lead.user.id);
    const noReason = await agreeRating(null, agree);
    expect(noReason).toMatchObject({ ok: false });
    expect(noReason.ok ? {} : noReason.fieldErrors).toEqual({
      reason: ["Explain why you agreed this rating"],
    });
    expect(
      await agreeRating(null, { ...agree, reason: "Audit evidence, but not yet embedded" }),
    ).toMatchObject({ ok: true, data: { version: 1 } });
    const stored = await prisma.agreedRating.findFirstOrThrow({
      where: { assessmentId: ids.assessmentId, questionId: first },
    });
    expect(stored).toMatchObject({
      rating: "AMBER",
      reason: "Audit evidence, but not yet embedded",
      agreedById: lead.user.id,
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "rating.agreed", entityId: stored.id },
    });
    expect(audit).toMatchObject({ actorUserId: lead.user.id, before: null });
    expect(audit.after).toEqual({
      rating: "AMBER",
      reason: "Audit evidence, but not yet embedded",
    });

    // A second tab that still thinks nothing was agreed is told, and shown what is stored.
    const stale = await agreeRating(null, { ...agree, rating: "RED", reason: "Red from tab two" });
    expect(stale).toMatchObject({
      ok: false,
      message: expect.stringContaining("Someone else agreed a rating for this question"),
      conflict: { rating: "AMBER", version: 1 },
    });
    expect(
      await agreeRating(null, { ...agree, rating: "RED", reason: "On reflection", version: 1 }),
    ).toMatchObject({ ok: true, data: { version: 2 } });
    const changed = await prisma.auditEvent.findMany({
      where: { action: "rating.agreed", entityId: stored.id },
      orderBy: { at: "asc" },
    });
    expect(changed.at(-1)?.before).toEqual({
      rating: "AMBER",
      reason: "Audit evidence, but not yet embedded",
    });

    // Both gave Red on another question: agreeing Red needs no reason, agreeing Green does.
    const other = { ...agree, questionId: (await twoQuestions(ids.assessmentId))[1]! };
    expect(await agreeRating(null, { ...other, rating: "GREEN" })).toMatchObject({ ok: false });
    expect(await agreeRating(null, { ...other, rating: "RED" })).toMatchObject({ ok: true });
  });

  it("shows the lead each scrutineer's rating side by side with the disagreement flagged", async () => {
    const { lead, second, manager, first, ids } = await twoScrutineers();
    await submitAs(lead.user.id, ids);
    await signInAs(lead.user.id);
    const view = await getAgreementView(ids.partnershipId, ids.assessmentId);
    expect(view.viewerIsLead).toBe(true);
    expect(view.canAgree).toBe(false);
    expect(view.stillToSubmit).toEqual(["Ben Second"]);
    const question = view.steps[0]!.questions.find((q) => q.id === first)!;
    expect(question.spread).toBe("strong");
    expect(
      question.entries.map((e) => [e.name, e.isLead, e.rating, e.evidence.map((x) => x.title)]),
    ).toEqual([
      ["Asha Lead", true, "RED", []],
      ["Ben Second", false, "GREEN", ["Multi-agency audit 2026"]],
    ]);
    expect(view.steps[0]!.questions[1]!.spread).toBe("agreed");
    expect(view.problems[0]).toEqual({
      key: expect.stringMatching(/^scrutineer-/),
      message: "Ben Second has not submitted their ratings",
    });
    expect(view.problems).toContainEqual({
      key: `question-${(await questionCode(first)).replace(".", "-")}`,
      message: `Step 1 question ${(await questionCode(first)).split(".")[1]} has no agreed rating`,
    });

    await submitAs(second.user.id, ids);
    await signInAs(lead.user.id);
    expect((await getAgreementView(ids.partnershipId, ids.assessmentId)).canAgree).toBe(true);
    await signInAs(manager.user.id);
    const managers = await getAgreementView(ids.partnershipId, ids.assessmentId);
    expect(managers).toMatchObject({ viewerIsLead: false, canAgree: false, canSignOff: false });
  });
});

async function twoQuestions(assessmentId: string) {
  const assessment = await database.prisma.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: {
      frameworkVersion: {
        select: {
          questions: {
            orderBy: [{ step: { position: "asc" } }, { position: "asc" }],
            select: { id: true },
          },
        },
      },
    },
  });
  return assessment.frameworkVersion.questions.map((q) => q.id);
}

describe("signing off a scrutiny, the lock, and reopening", () => {
  it("is refused while a question has no agreed rating, then finalises and locks the assessment", async () => {
    const prisma = database.prisma;
    const { lead, second, manager, questionIds, ids } = await twoScrutineers();
    await submitAs(lead.user.id, ids);
    await submitAs(second.user.id, ids);
    const last = questionIds.at(-1)!;
    await prisma.agreedRating.createMany({
      data: questionIds
        .filter((id) => id !== last)
        .map((questionId) => ({
          assessmentId: ids.assessmentId,
          questionId,
          rating: "RED" as const,
          agreedById: lead.user.id,
        })),
    });
    await signInAs(lead.user.id);

    const unconfirmed = await signOffScrutiny(null, ids as never);
    expect(unconfirmed.ok ? {} : unconfirmed.fieldErrors).toEqual({
      confirm: ["Confirm that the agreed ratings are final and you are ready to sign off"],
    });
    const code = await questionCode(last);
    const [step, number] = code.split(".");
    const refused = await signOffScrutiny(null, { ...ids, confirm: "yes" });
    expect(refused).toMatchObject({
      ok: false,
      message: "You cannot sign off the scrutiny yet: 1 thing needs doing first.",
    });
    expect(refused.ok ? {} : refused.fieldErrors).toEqual({
      [`question-${step}-${number}`]: [`Step ${step} question ${number} has no agreed rating`],
    });

    await signInAs(second.user.id);
    expect(await signOffScrutiny(null, { ...ids, confirm: "yes" })).toMatchObject({
      ok: false,
      message: "Only the lead scrutineer of this assessment can sign it off.",
    });

    await signInAs(lead.user.id);
    expect(
      await agreeRating(null, { ...ids, questionId: last, rating: "RED", reason: "", version: 0 }),
    ).toMatchObject({ ok: true });
    expect(await signOffScrutiny(null, { ...ids, confirm: "yes" })).toMatchObject({ ok: true });
    const finalised = await prisma.assessment.findUniqueOrThrow({
      where: { id: ids.assessmentId },
    });
    expect(finalised).toMatchObject({ status: "FINALISED", finalisedById: lead.user.id });
    expect(finalised.finalisedAt).toBeInstanceOf(Date);
    expect(
      await prisma.assessmentParticipant.findMany({
        where: { assessmentId: ids.assessmentId },
        select: { status: true },
      }),
    ).toEqual([{ status: "SIGNED_OFF" }, { status: "SIGNED_OFF" }]);
    expect(
      await prisma.auditEvent.count({
        where: {
          action: "assessment.signed-off",
          entityId: ids.assessmentId,
          actorUserId: lead.user.id,
        },
      }),
    ).toBe(1);

    // Locked: the scrutineer's own answer, the agreed ratings and a raw database write.
    const own = await prisma.response.findFirstOrThrow({
      where: { assessmentId: ids.assessmentId, participant: { userId: lead.user.id } },
    });
    const save = {
      partnershipId: ids.partnershipId,
      responseId: own.id,
      version: own.version,
      rating: "GREEN",
      narrative: "Changed after sign-off",
      remainingWork: "",
      notInScopeReason: "",
      evidenceIds: [],
    };
    expect(await saveResponse(null, save)).toMatchObject({
      ok: false,
      message: expect.stringContaining("This assessment is finalised"),
    });
    expect(
      await agreeRating(null, {
        ...ids,
        questionId: last,
        rating: "GREEN",
        reason: "x",
        version: 1,
      }),
    ).toMatchObject({ ok: false, message: expect.stringContaining("signed off") });
    const raw = await prisma.response
      .update({ where: { id: own.id }, data: { narrative: "Sneaked in" } })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(toDomainError(raw)?.message).toMatch(/finalised/);
    expect((await prisma.response.findUniqueOrThrow({ where: { id: own.id } })).narrative).toBe(
      "Not yet in place",
    );

    // Reopening: a reason is required; the other scrutineer may not; the business manager may.
    await signInAs(manager.user.id);
    const blank = await reopenAssessment(null, { ...ids, reason: "  " });
    expect(blank.ok ? {} : blank.fieldErrors).toEqual({ reason: ["Enter a reason for reopening"] });
    await signInAs(second.user.id);
    expect(await reopenAssessment(null, { ...ids, reason: "I want to" })).toMatchObject({
      ok: false,
      message: "Only a business manager or the lead scrutineer of this assessment can reopen it.",
    });
    expect(
      (await prisma.assessment.findUniqueOrThrow({ where: { id: ids.assessmentId } })).status,
    ).toBe("FINALISED");
    await signInAs(manager.user.id);
    expect(
      await reopenAssessment(null, {
        ...ids,
        reason: "The board asked for step 2 to be revisited",
      }),
    ).toMatchObject({ ok: true });
    const reopened = await prisma.assessment.findUniqueOrThrow({ where: { id: ids.assessmentId } });
    expect(reopened).toMatchObject({
      status: "IN_PROGRESS",
      finalisedAt: null,
      finalisedById: null,
    });
    expect(
      await prisma.assessmentParticipant.count({
        where: { assessmentId: ids.assessmentId, status: "SUBMITTED" },
      }),
    ).toBe(2);
    expect(await prisma.agreedRating.count({ where: { assessmentId: ids.assessmentId } })).toBe(
      questionIds.length,
    );
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "assessment.reopened", entityId: ids.assessmentId },
    });
    expect(event.actorUserId).toBe(manager.user.id);
    expect(event.after).toMatchObject({
      status: "IN_PROGRESS",
      reason: "The board asked for step 2 to be revisited",
    });

    // Open again: the scrutineer can change their answer.
    await signInAs(lead.user.id);
    expect(await saveResponse(null, save)).toMatchObject({ ok: true });
    expect(await reopenAssessment(null, { ...ids, reason: "Again" })).toMatchObject({
      ok: false,
      message: "This assessment is not finalised, so there is nothing to reopen.",
    });
  });

  it("copies a sole scrutineer's ratings as the agreed ones, and lets the lead scrutineer reopen", async () => {
    const prisma = database.prisma;
    const partnership = await createPartnership(prisma);
    const { user } = await createMember(prisma, partnership.id, "SCRUTINEER");
    const { assessment, questionIds } = await createScrutinyAssessment(prisma, partnership.id, [
      user.id,
    ]);
    await planEveryAnswer(prisma, assessment.id);
    const ids = { partnershipId: partnership.id, assessmentId: assessment.id };
    await prisma.response.updateMany({
      where: { assessmentId: assessment.id },
      data: { rating: "RED", narrative: "Not in place" },
    });
    await prisma.response.updateMany({
      where: { assessmentId: assessment.id, questionId: questionIds[2]! },
      data: { rating: "NOT_IN_SCOPE", notInScopeReason: "Covered next year" },
    });
    await submitAs(user.id, ids);

    expect(
      await agreeRating(null, { ...ids, questionId: questionIds[0]!, rating: "RED", version: 0 }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        "There is only one scrutineer, so there is nothing to agree",
      ),
    });
    const view = await getAgreementView(ids.partnershipId, ids.assessmentId);
    expect(view).toMatchObject({ single: true, canSignOff: true, problems: [] });
    expect(view.steps[0]!.questions[2]!.effective).toBe("NOT_IN_SCOPE");

    expect(await signOffScrutiny(null, { ...ids, confirm: "yes" })).toMatchObject({ ok: true });
    const agreed = await prisma.agreedRating.findMany({ where: { assessmentId: assessment.id } });
    expect(agreed).toHaveLength(questionIds.length);
    expect(agreed.find((a) => a.questionId === questionIds[2])).toMatchObject({
      rating: "NOT_IN_SCOPE",
      reason: "",
    });
    expect(agreed.filter((a) => a.rating === "RED")).toHaveLength(questionIds.length - 1);

    expect(await reopenAssessment(null, { ...ids, reason: "Typo in step 4" })).toMatchObject({
      ok: true,
    });
    expect(
      (await prisma.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).status,
    ).toBe("IN_PROGRESS");
  });

  it("never lets a business manager change a scrutineer's ratings or text", async () => {
    const prisma = database.prisma;
    const { manager, ids } = await twoScrutineers();
    const response = await prisma.response.findFirstOrThrow({
      where: { assessmentId: ids.assessmentId },
    });
    await signInAs(manager.user.id);
    expect(
      await saveResponse(null, {
        partnershipId: ids.partnershipId,
        responseId: response.id,
        version: response.version,
        rating: "GREEN",
        narrative: "Overwritten by the manager",
        remainingWork: "",
        notInScopeReason: "",
        evidenceIds: [],
      }),
    ).toMatchObject({
      ok: false,
      message: "Only the scrutineer who wrote this response can change it.",
    });
    expect((await prisma.response.findUniqueOrThrow({ where: { id: response.id } })).rating).toBe(
      "RED",
    );
  });
});

describe("progress per participant", () => {
  it("counts each participant's answered questions of those assigned to them", async () => {
    const prisma = database.prisma;
    const { lead, second, manager, ids } = await twoScrutineers();
    // Ben has answered only the first question so far; he was given 24.
    await prisma.response.updateMany({
      where: {
        assessmentId: ids.assessmentId,
        participant: { userId: second.user.id },
        rating: "RED",
      },
      data: { rating: null, narrative: "" },
    });
    await submitAs(lead.user.id, ids);
    await signInAs(manager.user.id);
    const progress = await getAssessmentProgress(ids.partnershipId, ids.assessmentId);
    expect(
      progress.participants.map((p) => [p.name, p.role, p.status, p.answered, p.total]),
    ).toEqual([
      ["Asha Lead", "LEAD_SCRUTINEER", "SUBMITTED", 24, 24],
      ["Ben Second", "SCRUTINEER", "NOT_STARTED", 1, 24],
    ]);
    expect(progress.viewer).toMatchObject({
      isManager: true,
      canReopen: false,
      canFinalise: false,
    });
    expect(progress.assessment).toMatchObject({ status: "IN_PROGRESS", finalisedAt: null });
  });
});

describe("finalising a self-assessment", () => {
  it("is refused until every organisation has submitted, then records who agreed it for each statutory partner", async () => {
    const prisma = database.prisma;
    const partnership = await createPartnership(prisma);
    const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER", {
      name: "Morgan Manager",
    });
    const scrutineer = await createMember(prisma, partnership.id, "SCRUTINEER");
    const byName = Object.fromEntries(partnership.organisations.map((o) => [o.name, o.id]));
    const council = byName["County Council"]!;
    const police = byName["Police"]!;
    const schools = byName["Schools Alliance"]!;
    const delegate = await createMember(prisma, partnership.id, "VIEWER", {
      organisationId: police,
      name: "Dana Delegate",
    });
    await prisma.membership.update({
      where: { id: delegate.membership.id },
      data: { designations: ["DELEGATED_SAFEGUARDING_PARTNER"] },
    });
    const { assessment, participants } = await createSelfAssessment(
      prisma,
      partnership.id,
      [council, police, schools],
      "WIDER_PARTNER_SELF_ASSESSMENT",
    );
    const ids = { partnershipId: partnership.id, assessmentId: assessment.id };
    await prisma.assessmentParticipant.updateMany({
      where: { id: { in: [participants[council]!, participants[police]!] } },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    const agreements = {
      [council]: {
        name: "Chris Council",
        role: "LEAD_SAFEGUARDING_PARTNER",
        agreedOn: "2026-06-01",
      },
      [police]: {
        name: "Dana Delegate",
        role: "DELEGATED_SAFEGUARDING_PARTNER",
        agreedOn: "2026-06-02",
      },
    };

    await signInAs(manager.user.id);
    const view = await getFinaliseView(ids.partnershipId, ids.assessmentId);
    expect(view.partners.map((p) => [p.name, p.suggestions])).toEqual([
      ["County Council", []],
      ["Police", [{ name: "Dana Delegate", role: "Delegated safeguarding partner" }]],
    ]);
    expect(view.problems).toEqual([
      { key: `organisation-${schools}`, message: "Schools Alliance has not submitted its answers" },
    ]);

    const refused = await finaliseSelfAssessment(null, {
      ...ids,
      agreements: { [council]: agreements[council] },
    });
    expect(refused).toMatchObject({
      ok: false,
      message: "You cannot finalise the self-assessment yet: 2 things need doing first.",
    });
    expect(refused.ok ? {} : refused.fieldErrors).toEqual({
      [`organisation-${schools}`]: ["Schools Alliance has not submitted its answers"],
      [`agreements.${police}.name`]: ["Record who agreed the self-assessment for Police"],
    });

    const future = await finaliseSelfAssessment(null, {
      ...ids,
      agreements: { ...agreements, [police]: { ...agreements[police]!, agreedOn: "2999-01-01" } },
    });
    expect(future.ok ? {} : future.fieldErrors).toEqual({
      [`agreements.${police}.agreedOn`]: ["The date they agreed it must be today or in the past"],
    });

    await signInAs(scrutineer.user.id);
    expect(await finaliseSelfAssessment(null, { ...ids, agreements })).toMatchObject({ ok: false });

    await prisma.assessmentParticipant.update({
      where: { id: participants[schools]! },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    await signInAs(manager.user.id);
    expect(await finaliseSelfAssessment(null, { ...ids, agreements })).toMatchObject({ ok: true });
    expect(
      await prisma.assessment.findUniqueOrThrow({ where: { id: assessment.id } }),
    ).toMatchObject({ status: "FINALISED", finalisedById: manager.user.id });
    const recorded = await prisma.assessmentPartnerAgreement.findMany({
      where: { assessmentId: assessment.id },
      orderBy: { agreedByName: "asc" },
    });
    expect(
      recorded.map((r) => [
        r.organisationId,
        r.agreedByName,
        r.agreedByRole,
        r.agreedOn.toISOString().slice(0, 10),
        r.recordedById,
      ]),
    ).toEqual([
      [council, "Chris Council", "Lead safeguarding partner", "2026-06-01", manager.user.id],
      [police, "Dana Delegate", "Delegated safeguarding partner", "2026-06-02", manager.user.id],
    ]);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "assessment.finalised", entityId: assessment.id },
    });
    expect(audit.after).toMatchObject({ status: "FINALISED" });

    const progress = await getAssessmentProgress(ids.partnershipId, ids.assessmentId);
    expect(progress.assessment).toMatchObject({
      status: "FINALISED",
      finalisedByName: "Morgan Manager",
    });
    expect(progress.viewer).toMatchObject({ canReopen: true, canFinalise: false });

    // The answers are locked now, even for the business manager answering on a partner's behalf.
    const police1 = await prisma.response.findFirstOrThrow({
      where: { participantId: participants[police]! },
    });
    expect(
      await saveResponse(null, {
        partnershipId: ids.partnershipId,
        responseId: police1.id,
        version: police1.version,
        rating: "RED",
        narrative: "Late change",
        remainingWork: "",
        notInScopeReason: "",
        evidenceIds: [],
      }),
    ).toMatchObject({ ok: false, message: expect.stringContaining("finalised") });
  });
});
