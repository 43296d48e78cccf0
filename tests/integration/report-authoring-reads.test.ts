import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NotFoundError } from "@/lib/authz/errors";
import { getReportSummaryForm, getStepNarrativeView } from "@/lib/data/report-authoring";
import {
  getAccuracyCheckView,
  getManagementResponseView,
} from "@/lib/data/report-authoring-partners";
import { seed } from "../../prisma/seed";
import {
  createMember,
  createPartnership,
  createScrutinyAssessment,
  createSelfAssessment,
} from "../support/factories";
import { countQueries } from "../support/query-count";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import { signInAs } from "./support/session";

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";
const FORBIDDEN = "NEXT_HTTP_ERROR_FALLBACK;403";

let database: TestDatabase;
beforeAll(async () => {
  database = await startTestApp();
  // forbidden() works only where Next.js enables auth interrupts (next.config.ts does).
  vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
  await seed(database.prisma, { demo: false });
});
afterAll(() => database.drop());

/**
 * A scrutiny with a lead and a second scrutineer, and everyone else who reads its report: another
 * scrutineer of the partnership who is not on it, the business manager, a respondent for a
 * statutory partner (Police) and one for a relevant agency (Schools Alliance), and the chair.
 */
async function world() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const org = (name: string) => partnership.organisations.find((o) => o.name === name)!;
  const member = (role: Parameters<typeof createMember>[2], name: string, organisation?: string) =>
    createMember(prisma, partnership.id, role, {
      name,
      organisationId: organisation ? org(organisation).id : undefined,
    });
  const lead = await member("SCRUTINEER", "Asha Lead");
  const second = await member("SCRUTINEER", "Ben Second");
  const outsider = await member("SCRUTINEER", "Cal Elsewhere");
  const manager = await member("BUSINESS_MANAGER", "Bea Manager");
  const police = await member("AGENCY_RESPONDENT", "Pat Police", "Police");
  const schools = await member("AGENCY_RESPONDENT", "Sam Schools", "Schools Alliance");
  const chair = await member("VIEWER", "Chris Chair");
  await prisma.membership.update({
    where: { id: chair.membership.id },
    data: { designations: ["PARTNERSHIP_CHAIR"] },
  });
  const { assessment, questionIds } = await createScrutinyAssessment(prisma, partnership.id, [
    lead.user.id,
    second.user.id,
  ]);
  const ids = [partnership.id, assessment.id] as const;
  return {
    partnership,
    org,
    people: { lead, second, outsider, manager, police, schools, chair },
    assessment,
    questionIds,
    ids,
  };
}

type World = Awaited<ReturnType<typeof world>>;

/** Two areas for development (the first answered, with actions), two comments, a narrative. */
async function writeReport(w: World, extra = 0) {
  const prisma = database.prisma;
  const { lead, second, manager, police } = w.people;
  await prisma.assessment.update({
    where: { id: w.assessment.id },
    data: {
      summaryStrengths: "A strong multi-agency front door",
      accuracyCheckOpenedAt: new Date(),
    },
  });
  const answered = await prisma.developmentArea.create({
    data: {
      assessmentId: w.assessment.id,
      position: 1,
      text: "Hear children's voices in audits",
      managementResponse: "We will add a young people's panel to every audit.",
      respondedById: manager.user.id,
      respondedAt: new Date("2026-09-01T10:00:00Z"),
    },
  });
  const open = await prisma.developmentArea.create({
    data: { assessmentId: w.assessment.id, position: 2, text: "Share the audit timetable" },
  });
  const raise = (organisation: string, description: string) =>
    prisma.action.create({
      data: {
        partnershipId: w.partnership.id,
        description,
        ownerOrganisationId: w.org(organisation).id,
        ownerName: "Action Owner",
        dueOn: new Date("2027-03-31"),
        sourceType: "MANAGEMENT_RESPONSE",
        sourceDevelopmentAreaId: answered.id,
      },
    });
  await raise("Police", "Police join the young people's panel");
  await raise("County Council", "Council sets up the panel");
  await prisma.accuracyComment.create({
    data: {
      assessmentId: w.assessment.id,
      section: "step-1",
      organisationId: w.org("Police").id,
      authorId: police.user.id,
      text: "The strategy was agreed in May, not June.",
      decision: "CHANGED",
      decisionNote: "Corrected the month.",
      decidedById: lead.user.id,
      decidedAt: new Date("2026-09-02T10:00:00Z"),
      createdAt: new Date("2026-09-01T09:00:00Z"),
    },
  });
  await prisma.accuracyComment.create({
    data: {
      assessmentId: w.assessment.id,
      section: "summary",
      organisationId: w.org("County Council").id,
      authorId: manager.user.id,
      text: "The front door also covers early help.",
      createdAt: new Date("2026-09-01T11:00:00Z"),
    },
  });
  const step1 = await prisma.frameworkStep.findFirstOrThrow({
    where: { versionId: w.assessment.frameworkVersionId, number: 1 },
  });
  await prisma.stepNarrative.create({
    data: {
      assessmentId: w.assessment.id,
      stepId: step1.id,
      text: "Leadership is visible.",
      updatedById: second.user.id,
    },
  });
  await prisma.agreedRating.create({
    data: { assessmentId: w.assessment.id, questionId: w.questionIds[0]!, rating: "AMBER" },
  });
  for (let i = 0; i < extra; i++) {
    const area = await prisma.developmentArea.create({
      data: { assessmentId: w.assessment.id, position: 3 + i, text: `Extra area ${i}` },
    });
    await prisma.action.create({
      data: {
        partnershipId: w.partnership.id,
        description: `Extra action ${i}`,
        ownerOrganisationId: w.org("Police").id,
        ownerName: "Action Owner",
        dueOn: new Date("2027-03-31"),
        sourceType: "MANAGEMENT_RESPONSE",
        sourceDevelopmentAreaId: area.id,
      },
    });
    await prisma.accuracyComment.create({
      data: {
        assessmentId: w.assessment.id,
        section: "ratings",
        organisationId: w.org("Police").id,
        authorId: police.user.id,
        text: `Extra comment ${i}`,
        decision: "NOT_CHANGED",
        decisionNote: "Stands.",
        decidedById: second.user.id,
        decidedAt: new Date(),
      },
    });
  }
  return { answered, open, step1 };
}

describe("what each person may do with the scrutiny report", () => {
  it("gives the lead, the second scrutineer, the business manager, a statutory partner's respondent, a relevant agency's respondent and the chair their own permissions", async () => {
    const w = await world();
    const viewerOf = async (userId: string) => {
      await signInAs(userId);
      const { viewer } = await getAccuracyCheckView(...w.ids);
      return { ...viewer, speaksFor: viewer.speaksFor.map((o) => o.name) };
    };
    const nobody = {
      isScrutineer: false,
      isLead: false,
      speaksFor: [],
      canComment: false,
      canRespond: false,
    };
    const { lead, second, outsider, manager, police, schools, chair } = w.people;

    expect(await viewerOf(lead.user.id)).toEqual({
      ...nobody,
      role: "SCRUTINEER",
      isScrutineer: true,
      isLead: true,
      canRaiseAction: true,
    });
    expect(await viewerOf(second.user.id)).toEqual({
      ...nobody,
      role: "SCRUTINEER",
      isScrutineer: true,
      canRaiseAction: true,
    });
    // A scrutineer of the partnership who does not take part in this assessment writes nothing.
    expect(await viewerOf(outsider.user.id)).toEqual({
      ...nobody,
      role: "SCRUTINEER",
      canRaiseAction: true,
    });
    // The business manager speaks for every statutory partner, never for the relevant agency.
    expect(await viewerOf(manager.user.id)).toEqual({
      ...nobody,
      role: "BUSINESS_MANAGER",
      speaksFor: ["County Council", "Integrated Care Board", "Police"],
      canComment: true,
      canRespond: true,
      canRaiseAction: true,
    });
    expect(await viewerOf(police.user.id)).toEqual({
      ...nobody,
      role: "AGENCY_RESPONDENT",
      speaksFor: ["Police"],
      canComment: true,
      canRespond: true,
      canRaiseAction: true,
    });
    // Schools are a relevant agency, not a statutory partner: no factual-accuracy comments.
    expect(await viewerOf(schools.user.id)).toEqual({
      ...nobody,
      role: "AGENCY_RESPONDENT",
      canRaiseAction: true,
    });
    expect(await viewerOf(chair.user.id)).toEqual({
      ...nobody,
      role: "VIEWER",
      canRaiseAction: false,
    });
  });

  it("gives the summary form to the assessment's scrutineers only: anyone else gets a 403", async () => {
    const w = await world();
    await writeReport(w);
    const { lead, second, outsider, manager, police, chair } = w.people;
    for (const scrutineer of [lead, second]) {
      await signInAs(scrutineer.user.id);
      const form = await getReportSummaryForm(...w.ids);
      expect(form.strengths).toBe("A strong multi-agency front door");
    }
    for (const other of [outsider, manager, police, chair]) {
      await signInAs(other.user.id);
      await expect(getReportSummaryForm(...w.ids)).rejects.toThrow(FORBIDDEN);
    }
  });
});

describe("the report's writing pages show what is saved", () => {
  it("lists the areas for development, saying which cannot be removed and why", async () => {
    const w = await world();
    await writeReport(w);
    await signInAs(w.people.second.user.id);
    const form = await getReportSummaryForm(...w.ids);
    expect(form.areas.map((a) => [a.number, a.text, a.removalBlocker])).toEqual([
      [
        1,
        "Hear children's voices in audits",
        "This area for development cannot be removed: the statutory partners have recorded a management response to it and 2 actions were raised from it. Change its wording instead.",
      ],
      [2, "Share the audit timetable", null],
    ]);
    expect(form.version).toBe(1);
  });

  it("shows a step's agreed ratings and its narrative, read only for others", async () => {
    const w = await world();
    const { step1 } = await writeReport(w);
    await signInAs(w.people.chair.user.id);
    const view = await getStepNarrativeView(...w.ids, "1");
    expect(view.step).toEqual({ number: 1, title: step1.title });
    expect(view.stepNumbers).toEqual([1, 2, 3, 4, 5, 6]);
    // Two scrutineers: only the rating the lead agreed counts, the rest are not agreed yet.
    expect(view.questions.map((q) => q.rating)).toEqual(["AMBER", null, null, null]);
    expect(view.narrative).toMatchObject({ text: "Leadership is visible.", version: 1 });
    expect(view.narrative?.updated?.byName).toBe("Ben Second");
    expect(view.viewer.isScrutineer).toBe(false);
  });

  it("lists every factual-accuracy comment with its section, partner, author and decision", async () => {
    const w = await world();
    const { step1 } = await writeReport(w);
    await signInAs(w.people.chair.user.id);
    const view = await getAccuracyCheckView(...w.ids);
    expect([view.state, view.stateLabel]).toEqual(["OPEN", "Open for comments"]);
    expect(view.sections.slice(0, 3)).toEqual([
      { value: "summary", label: "Overall summary" },
      { value: "ratings", label: "Ratings" },
      { value: "step-1", label: `Step 1: ${step1.title}` },
    ]);
    expect(
      view.comments.map((c) => [
        c.sectionLabel,
        c.organisationName,
        c.added.byName,
        c.text,
        c.decision?.value ?? null,
        c.decision?.note ?? null,
        c.decision?.decided?.byName ?? null,
      ]),
    ).toEqual([
      [
        `Step 1: ${step1.title}`,
        "Police",
        "Pat Police",
        "The strategy was agreed in May, not June.",
        "CHANGED",
        "Corrected the month.",
        "Asha Lead",
      ],
      [
        "Overall summary",
        "County Council",
        "Bea Manager",
        "The front door also covers early help.",
        null,
        null,
        null,
      ],
    ]);
  });

  it("shows each management response and only the actions from it the person may see", async () => {
    const w = await world();
    await writeReport(w);
    const actionsSeenBy = async (userId: string) => {
      await signInAs(userId);
      const view = await getManagementResponseView(...w.ids);
      return view.areas.map((a) => a.actions.map((action) => action.description).sort());
    };
    await signInAs(w.people.police.user.id);
    const view = await getManagementResponseView(...w.ids);
    expect(view.areas[0]).toMatchObject({
      number: 1,
      managementResponse: "We will add a young people's panel to every audit.",
      responded: { byName: "Bea Manager", at: "2026-09-01T10:00:00.000Z" },
    });
    expect(view.areas[1]).toMatchObject({ number: 2, managementResponse: null, responded: null });

    expect(await actionsSeenBy(w.people.manager.user.id)).toEqual([
      ["Council sets up the panel", "Police join the young people's panel"],
      [],
    ]);
    // Agency respondents see only their own organisation's actions.
    expect(await actionsSeenBy(w.people.police.user.id)).toEqual([
      ["Police join the young people's panel"],
      [],
    ]);
    expect(await actionsSeenBy(w.people.schools.user.id)).toEqual([[], []]);
  });

  it("reads with the same number of queries however many areas, actions and comments", async () => {
    const small = await world();
    await writeReport(small);
    const large = await world();
    await writeReport(large, 10);
    const count = async (w: World) => {
      await signInAs(w.people.manager.user.id);
      const responses = await countQueries(() => getManagementResponseView(...w.ids));
      const comments = await countQueries(() => getAccuracyCheckView(...w.ids));
      return {
        areas: responses.result.areas.length,
        comments: comments.result.comments.length,
        queries: [responses.count, comments.count],
      };
    };
    const [few, many] = [await count(small), await count(large)];
    expect([few.areas, many.areas, few.comments, many.comments]).toEqual([2, 12, 2, 12]);
    expect(many.queries).toEqual(few.queries);
  });
});

describe("another partnership's or a non-scrutiny assessment", () => {
  it("is not found, nor is a step outside the framework", async () => {
    const w = await world();
    const prisma = database.prisma;
    const other = await createPartnership(prisma);
    const theirLead = await createMember(prisma, other.id, "SCRUTINEER");
    const theirs = await createScrutinyAssessment(prisma, other.id, [theirLead.user.id]);
    const self = await createSelfAssessment(prisma, w.partnership.id, [w.org("Police").id]);

    // Our lead scrutineer, naming our partnership with their assessment, or our self-assessment.
    await signInAs(w.people.lead.user.id);
    for (const assessmentId of [theirs.assessment.id, self.assessment.id, "not-an-id"]) {
      const ids = [w.partnership.id, assessmentId] as const;
      await expect(getReportSummaryForm(...ids)).rejects.toThrow(NOT_FOUND);
      await expect(getStepNarrativeView(...ids, "1")).rejects.toThrow(NOT_FOUND);
      await expect(getAccuracyCheckView(...ids)).rejects.toThrow(NOT_FOUND);
      await expect(getManagementResponseView(...ids)).rejects.toThrow(NOT_FOUND);
    }
    for (const step of ["0", "7", "01", "1.5", "x"])
      await expect(getStepNarrativeView(...w.ids, step)).rejects.toThrow(NOT_FOUND);

    // Their partnership's ids, for someone who is not a member of it.
    await expect(getAccuracyCheckView(other.id, theirs.assessment.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
