import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCaseReview } from "@/lib/actions/case-reviews/create-case-review";
import { createRecommendation } from "@/lib/actions/case-reviews/create-recommendation";
import { updateCaseReview } from "@/lib/actions/case-reviews/update-case-review";
import { updateRecommendation } from "@/lib/actions/case-reviews/update-recommendation";
import { NotFoundError } from "@/lib/authz/errors";
import { getCaseReview, getRecommendationForm, listCaseReviews } from "@/lib/data/case-reviews";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import { signInAs } from "./support/session";
import { createWorld, type World } from "./support/world";

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let database: TestDatabase;
let world: World;
beforeAll(async () => {
  database = await startTestApp();
  world = await createWorld(database.prisma);
});
afterAll(() => database.drop());

let counter = 0;
const unique = (prefix: string) => `${prefix} ${++counter}`;

function reviewInput(
  partnershipId: string,
  identifier: string,
  extra: Record<string, string> = {},
) {
  return {
    partnershipId,
    type: "LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW",
    identifier,
    status: "OPEN",
    "referredOn-day": "12",
    "referredOn-month": "1",
    "referredOn-year": "2026",
    decidedOn: "",
    completedOn: "",
    publishedOn: "",
    publicationUrl: "",
    summary: "Neglect over a long period; agencies did not share what they knew.",
    ...extra,
  };
}

async function addReview(identifier = unique("Child")) {
  await signInAs(world.members.BUSINESS_MANAGER.id);
  const result = await createCaseReview(null, reviewInput(world.partnership.id, identifier));
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
}

async function addRecommendation(caseReviewId: string, text: string, number = "") {
  await signInAs(world.members.BUSINESS_MANAGER.id);
  const result = await createRecommendation(null, {
    partnershipId: world.partnership.id,
    caseReviewId,
    number,
    text,
    partnershipResponse: "",
    timescale: "",
  });
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe("adding and changing a case review", () => {
  it("adds a review to the register with its dates, and records who did it", async () => {
    const prisma = database.prisma;
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const identifier = unique("LCSPR 2026/");
    const result = await createCaseReview(null, reviewInput(world.partnership.id, identifier));
    expect(result).toMatchObject({ ok: true, data: { identifier } });
    const id = result.ok ? result.data.id : "";
    const row = await prisma.caseReview.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      partnershipId: world.partnership.id,
      type: "LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW",
      status: "OPEN",
      referredOn: new Date("2026-01-12T00:00:00Z"),
      decidedOn: null,
      publicationUrl: null,
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "case-review.created", entityId: id },
    });
    expect(audit).toMatchObject({
      category: "CHANGE",
      actorUserId: world.members.BUSINESS_MANAGER.id,
      partnershipId: world.partnership.id,
      entityType: "CaseReview",
    });
    expect(audit.after).toMatchObject({ identifier, referredOn: "2026-01-12" });
  });

  it("refuses an identifier already in the register, whatever its case, naming it", async () => {
    const identifier = unique("Child M");
    await addReview(identifier);
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const clash = await createCaseReview(
      null,
      reviewInput(world.partnership.id, identifier.toUpperCase()),
    );
    expect(clash).toMatchObject({
      ok: false,
      fieldErrors: { identifier: [`There is already a case review called ‘${identifier}’`] },
    });
    expect(
      await database.prisma.caseReview.count({
        where: {
          partnershipId: world.partnership.id,
          identifier: { equals: identifier, mode: "insensitive" },
        },
      }),
    ).toBe(1);

    // Another partnership may use the same identifier for its own review.
    await signInAs(world.outsider.id);
    expect(await createCaseReview(null, reviewInput(world.other.id, identifier))).toMatchObject({
      ok: true,
    });
  });

  it("shows every problem with what was entered, and saves nothing", async () => {
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const before = await database.prisma.caseReview.count();
    const result = await createCaseReview(
      null,
      reviewInput(world.partnership.id, "x".repeat(61), {
        status: "PUBLISHED",
        completedOn: "2025-12-01",
        publicationUrl: "http://example.org/review",
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      message: "There is a problem with what you entered.",
      fieldErrors: {
        identifier: ["The identifier must be 60 characters or fewer"],
        publishedOn: ["Enter the date the review was published"],
        publicationUrl: [
          "Enter a link that starts with https://, like https://www.example.gov.uk/lcspr-child-l",
        ],
        completedOn: [
          "The date the review was completed must be the same as or after the date the serious incident was notified to the Panel",
        ],
      },
    });
    expect(await database.prisma.caseReview.count()).toBe(before);
  });

  it("changes a review to published, keeping what it was before in the audit", async () => {
    const prisma = database.prisma;
    const identifier = unique("Child N");
    const id = await addReview(identifier);
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const result = await updateCaseReview(null, {
      ...reviewInput(world.partnership.id, `${identifier} (LCSPR)`, {
        status: "PUBLISHED",
        completedOn: "2026-08-30",
        publishedOn: "2026-09-15",
        publicationUrl: "https://www.example.gov.uk/lcspr-child-n.pdf",
      }),
      caseReviewId: id,
    });
    expect(result).toMatchObject({ ok: true });
    expect(await prisma.caseReview.findUniqueOrThrow({ where: { id } })).toMatchObject({
      identifier: `${identifier} (LCSPR)`,
      status: "PUBLISHED",
      completedOn: new Date("2026-08-30T00:00:00Z"),
      publishedOn: new Date("2026-09-15T00:00:00Z"),
      publicationUrl: "https://www.example.gov.uk/lcspr-child-n.pdf",
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "case-review.updated", entityId: id },
    });
    expect(audit.before).toMatchObject({ identifier, status: "OPEN", publishedOn: null });
    expect(audit.after).toMatchObject({ status: "PUBLISHED", publishedOn: "2026-09-15" });
  });

  it("refuses renaming a review to another review's identifier", async () => {
    const taken = unique("Child P");
    await addReview(taken);
    const id = await addReview();
    await signInAs(world.members.BUSINESS_MANAGER.id);
    expect(
      await updateCaseReview(null, {
        ...reviewInput(world.partnership.id, taken),
        caseReviewId: id,
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { identifier: [`There is already a case review called ‘${taken}’`] },
    });
    // Saving a review under its own identifier is not a clash.
    const own = await database.prisma.caseReview.findUniqueOrThrow({ where: { id } });
    expect(
      await updateCaseReview(null, {
        ...reviewInput(world.partnership.id, own.identifier),
        caseReviewId: id,
      }),
    ).toMatchObject({ ok: true });
  });

  it("is only for business managers", async () => {
    for (const role of ["SCRUTINEER", "AGENCY_RESPONDENT", "VIEWER"] as const) {
      await signInAs(world.members[role].id);
      expect(
        await createCaseReview(null, reviewInput(world.partnership.id, unique("Child Q"))),
      ).toMatchObject({ ok: false, message: "You do not have permission to do that." });
    }
  });
});

describe("another partnership's reviews", () => {
  it("cannot be seen or changed by this partnership's members", async () => {
    await signInAs(world.outsider.id);
    const created = await createCaseReview(null, reviewInput(world.other.id, unique("Child B")));
    if (!created.ok) throw new Error(created.message);
    const theirs = created.data.id;

    await signInAs(world.members.BUSINESS_MANAGER.id);
    // Named under our own partnership: no such review.
    expect(
      await updateCaseReview(null, {
        ...reviewInput(world.partnership.id, "Renamed"),
        caseReviewId: theirs,
      }),
    ).toMatchObject({
      ok: false,
      message: "That case review does not exist or you do not have access to it.",
    });
    expect(
      await createRecommendation(null, {
        partnershipId: world.partnership.id,
        caseReviewId: theirs,
        number: "1",
        text: "Planted",
        partnershipResponse: "",
        timescale: "",
      }),
    ).toMatchObject({
      ok: false,
      message: "That case review does not exist or you do not have access to it.",
    });
    // Named under theirs: not a member.
    expect(
      await updateCaseReview(null, {
        ...reviewInput(world.other.id, "Renamed"),
        caseReviewId: theirs,
      }),
    ).toMatchObject({
      ok: false,
      message: "That partnership does not exist or you do not have access to it.",
    });
    expect(await getCaseReview(world.partnership.id, theirs)).toBeNull();
    expect(await getRecommendationForm(world.partnership.id, theirs)).toBeNull();
    await expect(listCaseReviews(world.other.id)).rejects.toBeInstanceOf(NotFoundError);
    const { reviews } = await listCaseReviews(world.partnership.id);
    expect(reviews.map((r) => r.id)).not.toContain(theirs);

    const row = await database.prisma.caseReview.findUniqueOrThrow({
      where: { id: theirs },
      include: { recommendations: true },
    });
    expect(row.identifier).not.toBe("Renamed");
    expect(row.recommendations).toEqual([]);
  });
});

describe("recommendations", () => {
  it("are numbered in turn when no number is given, and a number is used once per review", async () => {
    const prisma = database.prisma;
    const id = await addReview();
    expect(await addRecommendation(id, "Share information at referral")).toMatchObject({
      number: 1,
    });
    expect(await addRecommendation(id, "Train staff on neglect")).toMatchObject({ number: 2 });
    expect(await addRecommendation(id, "Audit supervision", "5")).toMatchObject({ number: 5 });
    expect(await addRecommendation(id, "Review the threshold document")).toMatchObject({
      number: 6,
    });

    await signInAs(world.members.BUSINESS_MANAGER.id);
    expect(
      await createRecommendation(null, {
        partnershipId: world.partnership.id,
        caseReviewId: id,
        number: "2",
        text: "Duplicate",
        partnershipResponse: "",
        timescale: "",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { number: ["There is already a recommendation 2 in this review"] },
    });
    expect(await prisma.caseReviewRecommendation.count({ where: { caseReviewId: id } })).toBe(4);
    const audit = await prisma.auditEvent.count({
      where: {
        action: "recommendation.created",
        partnershipId: world.partnership.id,
        entityType: "CaseReviewRecommendation",
      },
    });
    expect(audit).toBeGreaterThanOrEqual(4);
  });

  it("records the partnership's response and timescale, and can be renumbered", async () => {
    const prisma = database.prisma;
    const id = await addReview();
    const first = await addRecommendation(id, "Share information at referral");
    await addRecommendation(id, "Train staff on neglect");
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const base = {
      partnershipId: world.partnership.id,
      caseReviewId: id,
      recommendationId: first.id,
      text: "Share information at the point of referral",
      partnershipResponse: "Accepted: the front door protocol will be rewritten.",
      timescale: "By March 2027",
    };
    expect(await updateRecommendation(null, { ...base, number: "2" })).toMatchObject({
      ok: false,
      fieldErrors: { number: ["There is already a recommendation 2 in this review"] },
    });
    expect(await updateRecommendation(null, { ...base, number: "3" })).toMatchObject({
      ok: true,
      data: { number: 3 },
    });
    expect(
      await prisma.caseReviewRecommendation.findUniqueOrThrow({ where: { id: first.id } }),
    ).toMatchObject({
      number: 3,
      text: "Share information at the point of referral",
      partnershipResponse: "Accepted: the front door protocol will be rewritten.",
      timescale: "By March 2027",
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "recommendation.updated", entityId: first.id },
    });
    expect(audit.before).toMatchObject({ number: 1, text: "Share information at referral" });
    expect(audit.after).toMatchObject({ number: 3, timescale: "By March 2027" });

    // The review page lists them in number order.
    const page = await getCaseReview(world.partnership.id, id);
    expect(page?.recommendations.map((r) => [r.number, r.text])).toEqual([
      [2, "Train staff on neglect"],
      [3, "Share information at the point of referral"],
    ]);
  });
});

describe("the register and a review's actions", () => {
  // 10 June 2026, 12:00 in London.
  const now = new Date("2026-06-10T11:00:00Z");

  async function action(
    recommendationId: string,
    organisation: string,
    dueOn: string,
    status = "NOT_STARTED",
  ) {
    const ownerOrganisationId = world.partnership.organisations.find(
      (o) => o.name === organisation,
    )!.id;
    return database.prisma.action.create({
      data: {
        partnershipId: world.partnership.id,
        description: `${organisation}: ${unique("action")}`,
        ownerOrganisationId,
        ownerName: "Named Owner",
        ownerEmail: "owner@example.org",
        dueOn: new Date(`${dueOn}T00:00:00Z`),
        status: status as "NOT_STARTED",
        sourceType: "CASE_REVIEW_RECOMMENDATION",
        sourceRecommendationId: recommendationId,
        createdById: world.members.BUSINESS_MANAGER.id,
      },
    });
  }

  it("counts open and overdue actions, and agency users see only their organisation's", async () => {
    const identifier = unique("Child R");
    const id = await addReview(identifier);
    const one = await addRecommendation(id, "Share information at referral");
    const two = await addRecommendation(id, "Train staff on neglect");
    await addRecommendation(id, "Nothing raised yet");
    const policeOverdue = await action(one.id, "Police", "2026-06-09");
    const schoolsOpen = await action(one.id, "Schools Alliance", "2026-06-10");
    await action(two.id, "Schools Alliance", "2026-05-01", "COMPLETE");
    const schoolsOverdue = await action(two.id, "Schools Alliance", "2026-01-31", "AT_RISK");

    await signInAs(world.members.BUSINESS_MANAGER.id);
    const register = await listCaseReviews(world.partnership.id, now);
    expect(register.canManage).toBe(true);
    expect(register.reviews.find((r) => r.id === id)).toMatchObject({
      identifier,
      type: "LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW",
      status: "OPEN",
      referredOn: "2026-01-12",
      recommendationCount: 3,
      openActions: 3,
      overdueActions: 2,
    });

    const page = await getCaseReview(world.partnership.id, id, now);
    expect(page).toMatchObject({ canCreateAction: true, ownOrganisationOnly: false });
    expect(page?.recommendations[0]?.actions).toEqual([
      {
        id: policeOverdue.id,
        description: policeOverdue.description,
        ownerOrganisation: "Police",
        dueOn: "2026-06-09",
        status: "OVERDUE",
      },
      {
        id: schoolsOpen.id,
        description: schoolsOpen.description,
        ownerOrganisation: "Schools Alliance",
        dueOn: "2026-06-10",
        status: "NOT_STARTED",
      },
    ]);
    expect(page?.recommendations[1]?.actions.map((a) => a.status)).toEqual(["OVERDUE", "COMPLETE"]);
    expect(page?.recommendations[2]?.actions).toEqual([]);

    // The agency respondent is from the Schools Alliance: the Police action is not theirs to see.
    for (const role of ["AGENCY_RESPONDENT", "AGENCY_CONTRIBUTOR"] as const) {
      await signInAs(world.members[role].id);
      const theirs = await getCaseReview(world.partnership.id, id, now);
      expect(theirs).toMatchObject({ canManage: false, ownOrganisationOnly: true });
      expect(theirs?.recommendations[0]?.actions.map((a) => a.id)).toEqual([schoolsOpen.id]);
      expect(theirs?.recommendations[1]?.actions.map((a) => a.id)).toContain(schoolsOverdue.id);
      const listed = (await listCaseReviews(world.partnership.id, now)).reviews.find(
        (r) => r.id === id,
      );
      expect(listed).toMatchObject({ openActions: 2, overdueActions: 1, recommendationCount: 3 });
    }
    await signInAs(world.members.AGENCY_CONTRIBUTOR.id);
    expect((await getCaseReview(world.partnership.id, id, now))?.canCreateAction).toBe(false);

    await signInAs(world.members.VIEWER.id);
    const viewer = await getCaseReview(world.partnership.id, id, now);
    expect(viewer?.recommendations[0]?.actions).toHaveLength(2);
    expect(viewer).toMatchObject({ canManage: false, canCreateAction: false });
  });

  it("leaves out another partnership's actions pointed at this partnership's recommendation", async () => {
    const id = await addReview();
    const recommendation = await addRecommendation(id, "Share information at referral");
    await database.prisma.action.create({
      data: {
        partnershipId: world.other.id,
        description: "Someone else's action",
        ownerOrganisationId: world.other.organisations[0]!.id,
        dueOn: new Date("2026-01-01T00:00:00Z"),
        sourceType: "CASE_REVIEW_RECOMMENDATION",
        sourceRecommendationId: recommendation.id,
      },
    });
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const page = await getCaseReview(world.partnership.id, id, now);
    expect(page?.recommendations[0]?.actions).toEqual([]);
    const listed = (await listCaseReviews(world.partnership.id, now)).reviews.find(
      (r) => r.id === id,
    );
    expect(listed).toMatchObject({ openActions: 0, overdueActions: 0 });
  });
});
