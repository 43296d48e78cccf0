import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { saveArrangementAnswer } from "@/lib/actions/arrangements/save-arrangement-answer";
import { updateProfile } from "@/lib/actions/arrangements/update-profile";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import {
  getArrangementAnswer,
  getArrangementHistory,
  getArrangements,
  getArrangementsForReport,
  getProfile,
  getProfileForEdit,
} from "@/lib/data/arrangements";
import { SECTION_SIX_QUESTIONS } from "@/lib/framework/six-steps";
import { createMember, createPartnership } from "../support/factories";
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
});
afterAll(() => database.drop());

async function setUp() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const agency = partnership.organisations.find((o) => !o.isStatutoryPartner)!;
  const council = partnership.organisations.find((o) => o.kind === "LOCAL_AUTHORITY")!;
  const police = partnership.organisations.find((o) => o.kind === "POLICE")!;
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER", {
    name: "Priya Shah",
  });
  const scrutineer = await createMember(prisma, partnership.id, "SCRUTINEER", {
    name: "Helen Carter",
  });
  const viewer = await createMember(prisma, partnership.id, "VIEWER", { name: "Tom Reid" });
  const respondent = await createMember(prisma, partnership.id, "AGENCY_RESPONDENT", {
    organisationId: agency.id,
  });
  const contributor = await createMember(prisma, partnership.id, "AGENCY_CONTRIBUTOR", {
    organisationId: agency.id,
  });
  const other = await createPartnership(prisma);
  const outsider = await createMember(prisma, other.id, "BUSINESS_MANAGER");
  return {
    partnership,
    agency,
    council,
    police,
    manager,
    scrutineer,
    viewer,
    respondent,
    contributor,
    other,
    outsider,
  };
}

const answerInput = (
  partnershipId: string,
  questionNumber: number,
  answer: string,
  version = 0,
) => ({
  partnershipId,
  questionNumber: String(questionNumber),
  answer,
  version: String(version),
});

async function writes(partnershipId: string) {
  const prisma = database.prisma;
  return {
    answers: await prisma.arrangementAnswer.count({ where: { partnershipId } }),
    events: await prisma.auditEvent.count({ where: { partnershipId, category: "CHANGE" } }),
  };
}

describe("answering the scrutiny arrangements questions", () => {
  it("records an answer and a change to it, and the history shows both with who and when, newest first", async () => {
    const { partnership, manager, scrutineer, viewer } = await setUp();
    await signInAs(manager.user.id);
    const first = await saveArrangementAnswer(
      null,
      answerInput(partnership.id, 1, "The partnership employs the scrutineer."),
    );
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });

    await signInAs(scrutineer.user.id);
    const second = await saveArrangementAnswer(
      null,
      answerInput(partnership.id, 1, "The three partners jointly employ the scrutineer.", 1),
    );
    expect(second).toMatchObject({ ok: true, data: { version: 2 } });

    await signInAs(viewer.user.id);
    const page = await getArrangements(partnership.id);
    expect(page.canEdit).toBe(false);
    expect(page.questions[0]).toMatchObject({
      number: 1,
      text: SECTION_SIX_QUESTIONS[0]!.text,
      answer: "The three partners jointly employ the scrutineer.",
      version: 2,
      updatedByName: "Helen Carter",
    });
    expect(page.questions[0]!.updatedAtLabel).toMatch(/\d{4}, \d{2}:\d{2}:\d{2}$/);

    const history = await getArrangementHistory(partnership.id, 1);
    expect(history.question.text).toBe(SECTION_SIX_QUESTIONS[0]!.text);
    expect(history.entries.map((e) => [e.actorName, e.change])).toEqual([
      [
        "Helen Carter",
        {
          kind: "changed",
          before: "The partnership employs the scrutineer.",
          after: "The three partners jointly employ the scrutineer.",
        },
      ],
      ["Priya Shah", { kind: "added", after: "The partnership employs the scrutineer." }],
    ]);
    expect(Date.parse(history.entries[0]!.at)).toBeGreaterThanOrEqual(
      Date.parse(history.entries[1]!.at),
    );

    const events = await database.prisma.auditEvent.findMany({
      where: { partnershipId: partnership.id, action: "arrangement.answered" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.actorUserId, e.entityType, e.metadata])).toEqual([
      [manager.user.id, "ArrangementAnswer", { questionNumber: 1 }],
      [scrutineer.user.id, "ArrangementAnswer", { questionNumber: 1 }],
    ]);
  });

  it("lets one of two people answering at once win; the other is told and shown the stored answer", async () => {
    const { partnership, manager, scrutineer } = await setUp();
    await signInAs(manager.user.id);
    const [a, b] = await Promise.all([
      saveArrangementAnswer(null, answerInput(partnership.id, 4, "Tab one")),
      saveArrangementAnswer(null, answerInput(partnership.id, 4, "Tab two")),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const stored = await database.prisma.arrangementAnswer.findFirstOrThrow({
      where: { partnershipId: partnership.id, questionNumber: 4 },
    });
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({
      ok: false,
      message: expect.stringContaining("Someone else changed this answer"),
      conflict: { answer: stored.answer, version: 1, updatedByName: "Priya Shah" },
    });

    // A stale version later on is refused too, and nothing is written.
    await signInAs(scrutineer.user.id);
    const before = await writes(partnership.id);
    const stale = await saveArrangementAnswer(
      null,
      answerInput(partnership.id, 4, "Overwrite?", 0),
    );
    expect(stale).toMatchObject({ ok: false, conflict: { version: 1 } });
    expect(await writes(partnership.id)).toEqual(before);
    expect(
      (await database.prisma.arrangementAnswer.findUniqueOrThrow({ where: { id: stored.id } }))
        .answer,
    ).toBe(stored.answer);
  });

  it('says "Enter an answer" for a blank answer and saves nothing', async () => {
    const { partnership, manager } = await setUp();
    await signInAs(manager.user.id);
    const result = await saveArrangementAnswer(null, answerInput(partnership.id, 2, "   "));
    expect(result).toMatchObject({ ok: false, fieldErrors: { answer: ["Enter an answer"] } });
    expect(await writes(partnership.id)).toEqual({ answers: 0, events: 0 });
  });

  it("does not let a viewer or agency people change an answer", async () => {
    const { partnership, manager, viewer, respondent, contributor } = await setUp();
    await signInAs(manager.user.id);
    await saveArrangementAnswer(null, answerInput(partnership.id, 6, "Outcomes and process."));
    const before = await writes(partnership.id);
    for (const person of [viewer, respondent, contributor]) {
      await signInAs(person.user.id);
      expect(
        await saveArrangementAnswer(null, answerInput(partnership.id, 6, "Changed", 1)),
      ).toEqual({ ok: false, message: "You do not have permission to do that." });
      expect(
        await saveArrangementAnswer(null, answerInput(partnership.id, 7, "New answer")),
      ).toMatchObject({ ok: false });
      await expect(getArrangementAnswer(partnership.id, 6)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await writes(partnership.id)).toEqual(before);
    const row = await database.prisma.arrangementAnswer.findFirstOrThrow({
      where: { partnershipId: partnership.id, questionNumber: 6 },
    });
    expect(row).toMatchObject({ answer: "Outcomes and process.", version: 1 });
  });

  it("does not let another partnership read or write this partnership's answers", async () => {
    const { partnership, manager, other, outsider } = await setUp();
    await signInAs(manager.user.id);
    await saveArrangementAnswer(null, answerInput(partnership.id, 9, "Shared with inspectors."));
    const before = await writes(partnership.id);

    await signInAs(outsider.user.id);
    expect(
      await saveArrangementAnswer(null, answerInput(partnership.id, 9, "Hijacked", 1)),
    ).toMatchObject({ ok: false, message: expect.stringContaining("does not exist") });
    await expect(getArrangements(partnership.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getArrangementHistory(partnership.id, 9)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getArrangementsForReport(partnership.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getProfile(partnership.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await writes(partnership.id)).toEqual(before);

    // The outsider's own partnership's answers are separate: question 9 there is still unanswered.
    const own = await getArrangements(other.id);
    expect(own.questions[8]).toMatchObject({ answer: null, version: 0 });
  });
});

describe("the report's view of the arrangements", () => {
  it("returns all 18 questions in order, unanswered ones included, with the profile", async () => {
    const { partnership, scrutineer, viewer } = await setUp();
    await signInAs(scrutineer.user.id);
    await saveArrangementAnswer(null, answerInput(partnership.id, 5, "Reported to the chair."));
    await signInAs(viewer.user.id);
    const report = await getArrangementsForReport(partnership.id);
    expect(report.partnershipName).toBe(partnership.name);
    expect(report.questions.map((q) => q.number)).toEqual(
      Array.from({ length: 18 }, (_, index) => index + 1),
    );
    expect(report.questions.map((q) => q.text)).toEqual(SECTION_SIX_QUESTIONS.map((q) => q.text));
    expect(report.questions.filter((q) => q.answer !== null)).toEqual([
      expect.objectContaining({
        number: 5,
        answer: "Reported to the chair.",
        updatedByName: "Helen Carter",
      }),
    ]);
    expect(report.questions[0]).toMatchObject({ answer: null, updatedAt: null, version: 0 });
    expect(report.profile.localAuthorityAreas).toEqual(["County Council"]);
    expect(report.profile.relevantAgencies.map((a) => a.name)).toEqual(["Schools Alliance"]);
    // Plain data for any caller: it survives JSON unchanged (no Dates, no Prisma objects).
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe("the partnership profile", () => {
  it("names each statutory partner's lead and delegated partners, and the chair, from the designations", async () => {
    const { partnership, council, police, agency, viewer } = await setUp();
    const prisma = database.prisma;
    const designate = async (
      name: string,
      organisationId: string | null,
      designations: Array<
        "LEAD_SAFEGUARDING_PARTNER" | "DELEGATED_SAFEGUARDING_PARTNER" | "PARTNERSHIP_CHAIR"
      >,
      jobTitle: string | null,
      deactivated = false,
    ) => {
      const { membership } = await createMember(prisma, partnership.id, "VIEWER", {
        name,
        ...(organisationId ? { organisationId } : {}),
      });
      await prisma.membership.update({
        where: { id: membership.id },
        data: { designations, jobTitle, deactivatedAt: deactivated ? new Date() : null },
      });
    };
    await designate("Sam Patel", council.id, ["LEAD_SAFEGUARDING_PARTNER"], "Chief Executive");
    await designate("Ann Lee", council.id, ["DELEGATED_SAFEGUARDING_PARTNER"], "Director");
    await designate("Raj Gill", police.id, ["DELEGATED_SAFEGUARDING_PARTNER"], null);
    await designate("Old Lead", police.id, ["LEAD_SAFEGUARDING_PARTNER"], "Former", true);
    await designate("Jo Chair", null, ["PARTNERSHIP_CHAIR"], "Independent chair");
    await designate("Kim Stray", agency.id, ["LEAD_SAFEGUARDING_PARTNER"], null);

    await signInAs(viewer.user.id);
    const { profile, canEdit } = await getProfile(partnership.id);
    expect(canEdit).toBe(false);
    expect(
      profile.statutoryPartners.map((p) => ({
        name: p.name,
        leads: p.leads,
        delegates: p.delegates,
      })),
    ).toEqual([
      {
        name: "County Council",
        leads: [{ name: "Sam Patel", jobTitle: "Chief Executive" }],
        delegates: [{ name: "Ann Lee", jobTitle: "Director" }],
      },
      { name: "Police", leads: [], delegates: [{ name: "Raj Gill", jobTitle: null }] },
      { name: "Integrated Care Board", leads: [], delegates: [] },
    ]);
    expect(profile.chairs).toEqual([
      { name: "Jo Chair", jobTitle: "Independent chair", organisationName: null },
    ]);
    expect(profile.otherDesignated).toEqual([
      {
        name: "Kim Stray",
        jobTitle: null,
        organisationName: "Schools Alliance",
        designations: ["LEAD_SAFEGUARDING_PARTNER"],
      },
    ]);
  });

  it("lets the business manager change the areas and an agency's reasons, recording each change", async () => {
    const { partnership, agency, manager } = await setUp();
    const prisma = database.prisma;
    await signInAs(manager.user.id);
    const form = await getProfileForEdit(partnership.id);
    expect(form.agencies.map((a) => a.name)).toEqual(["Schools Alliance"]);
    const result = await updateProfile(null, {
      partnershipId: partnership.id,
      version: form.version,
      localAuthorityAreas: "Northshire\nSouth Vale\n",
      "agencies.0.id": agency.id,
      "agencies.0.version": form.agencies[0]!.version,
      "agencies.0.whyChosen": "Every school in both areas is represented.",
      "agencies.0.contribution": "",
    });
    expect(result).toEqual({ ok: true, data: { changed: 2 } });

    const stored = await prisma.partnership.findUniqueOrThrow({
      where: { id: partnership.id },
      select: { localAuthorityAreas: true, updatedAt: true },
    });
    expect(stored.localAuthorityAreas).toEqual(["Northshire", "South Vale"]);
    expect(stored.updatedAt.toISOString()).not.toBe(form.version);
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { id: agency.id } });
    expect(organisation).toMatchObject({
      whyChosen: "Every school in both areas is represented.",
      contribution: null,
    });

    const events = await prisma.auditEvent.findMany({
      where: { partnershipId: partnership.id, category: "CHANGE" },
      orderBy: { id: "asc" },
      select: { action: true, actorUserId: true, entityId: true, before: true, after: true },
    });
    expect(events).toEqual([
      {
        action: "profile.updated",
        actorUserId: manager.user.id,
        entityId: partnership.id,
        before: { localAuthorityAreas: ["County Council"] },
        after: { localAuthorityAreas: ["Northshire", "South Vale"] },
      },
      {
        action: "organisation.updated",
        actorUserId: manager.user.id,
        entityId: agency.id,
        before: { whyChosen: null, contribution: null },
        after: { whyChosen: "Every school in both areas is represented.", contribution: null },
      },
    ]);

    // Someone still holding the old form: their areas clash and nothing of theirs is saved.
    const stale = await updateProfile(null, {
      partnershipId: partnership.id,
      version: form.version,
      localAuthorityAreas: "Eastshire",
      agencies: [
        {
          id: agency.id,
          version: form.agencies[0]!.version,
          whyChosen: "Every school in both areas is represented.",
          contribution: "£5,000 a year",
        },
      ],
    });
    expect(stale).toMatchObject({
      ok: false,
      message: expect.stringContaining("Someone else changed the partnership profile"),
      conflict: {
        localAuthorityAreas: ["Northshire", "South Vale"],
        conflicts: ["localAuthorityAreas", `agency:${agency.id}`],
      },
    });
    expect(
      (await prisma.partnership.findUniqueOrThrow({ where: { id: partnership.id } }))
        .localAuthorityAreas,
    ).toEqual(["Northshire", "South Vale"]);
    expect(
      (await prisma.organisation.findUniqueOrThrow({ where: { id: agency.id } })).contribution,
    ).toBeNull();
    expect(await prisma.auditEvent.count({ where: { partnershipId: partnership.id } })).toBe(2);

    // An old form that leaves a changed part as it now is does not clash over it.
    const fresh = await getProfileForEdit(partnership.id);
    const agencyOnly = await updateProfile(null, {
      partnershipId: partnership.id,
      version: form.version,
      localAuthorityAreas: ["Northshire", "South Vale"],
      agencies: [
        {
          id: agency.id,
          version: fresh.agencies[0]!.version,
          whyChosen: fresh.agencies[0]!.whyChosen,
          contribution: "£5,000 a year",
        },
      ],
    });
    expect(agencyOnly).toEqual({ ok: true, data: { changed: 1 } });
  });

  it("keeps the profile to the business manager, relevant agencies only, and this partnership", async () => {
    const { partnership, council, agency, scrutineer, viewer, outsider, manager } = await setUp();
    const prisma = database.prisma;
    await signInAs(manager.user.id);
    const form = await getProfileForEdit(partnership.id);
    const input = {
      partnershipId: partnership.id,
      version: form.version,
      localAuthorityAreas: "Changed",
      agencies: [
        { id: agency.id, version: form.agencies[0]!.version, whyChosen: "x", contribution: null },
      ],
    };
    for (const person of [scrutineer, viewer]) {
      await signInAs(person.user.id);
      expect(await updateProfile(null, input)).toEqual({
        ok: false,
        message: "You do not have permission to do that.",
      });
      await expect(getProfileForEdit(partnership.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await signInAs(outsider.user.id);
    expect(await updateProfile(null, input)).toMatchObject({ ok: false });

    // A statutory partner is not a relevant agency: no "why chosen" for it.
    await signInAs(manager.user.id);
    const councilRow = await prisma.organisation.findUniqueOrThrow({ where: { id: council.id } });
    expect(
      await updateProfile(null, {
        ...input,
        agencies: [
          {
            id: council.id,
            version: councilRow.updatedAt.toISOString(),
            whyChosen: "Should not be saved",
            contribution: null,
          },
        ],
      }),
    ).toMatchObject({ ok: false, message: expect.stringContaining("relevant agency") });

    expect(
      (await prisma.partnership.findUniqueOrThrow({ where: { id: partnership.id } }))
        .localAuthorityAreas,
    ).toEqual(["County Council"]);
    expect(
      (await prisma.organisation.findUniqueOrThrow({ where: { id: agency.id } })).whyChosen,
    ).toBeNull();
    expect(
      (await prisma.organisation.findUniqueOrThrow({ where: { id: council.id } })).whyChosen,
    ).toBeNull();
    expect(await prisma.auditEvent.count({ where: { partnershipId: partnership.id } })).toBe(0);
  });
});
