import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCaseReview } from "@/lib/actions/case-reviews/create-case-review";
import { createRecommendation } from "@/lib/actions/case-reviews/create-recommendation";
import { updateCaseReview } from "@/lib/actions/case-reviews/update-case-review";
import { updateRecommendation } from "@/lib/actions/case-reviews/update-recommendation";
import { NotFoundError } from "@/lib/authz/errors";
import {
  getCaseReview,
  getCaseReviewForEdit,
  getRecommendationForm,
  listCaseReviews,
} from "@/lib/data/case-reviews";
import { addDays } from "@/lib/domain/actions";
import { ukDateStamp } from "@/lib/domain/london-time";
import type { Prisma } from "@/lib/generated/prisma/client";
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

/** What the edit form posts back: when the review was last changed, as the page loaded it. */
async function loadedAt(caseReviewId: string): Promise<string> {
  await signInAs(world.members.BUSINESS_MANAGER.id);
  const review = await getCaseReviewForEdit(world.partnership.id, caseReviewId);
  if (!review) throw new Error("no such review");
  return review.updatedAt;
}

/** What the recommendation edit form posts back: the fingerprint of what it loaded. */
async function loadedVersion(caseReviewId: string, recommendationId: string): Promise<string> {
  await signInAs(world.members.BUSINESS_MANAGER.id);
  const found = await getRecommendationForm(world.partnership.id, caseReviewId, recommendationId);
  if (!found?.recommendation) throw new Error("no such recommendation");
  return found.recommendation.version;
}

/**
 * Someone else's write, left uncommitted in its own transaction. `commit()` lets it finish; call
 * `waitUntilBlocked()` first to be sure the action under test has reached its write and is
 * waiting for this one, so the two really happen at the same moment.
 */
async function holdOpen(write: (tx: Prisma.TransactionClient) => Promise<unknown>) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let started!: (pid: number) => void;
  let failed!: (error: unknown) => void;
  const ready = new Promise<number>((resolve, reject) => {
    started = resolve;
    failed = reject;
  });
  const done = database.prisma
    .$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<Array<{ pid: number }>>`SELECT pg_backend_pid() AS pid`;
        await write(tx);
        started(row!.pid);
        await released;
      },
      { timeout: 30_000, maxWait: 10_000 },
    )
    .catch((error: unknown) => {
      failed(error);
      throw error;
    });
  const pid = await ready;
  return {
    async waitUntilBlocked() {
      for (let tries = 0; tries < 1_000; tries += 1) {
        const [row] = await database.prisma.$queryRaw<Array<{ waiting: number }>>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE ${pid}::int = ANY(pg_blocking_pids(pid))`;
        if (row!.waiting > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error("nothing waited for the held transaction");
    },
    async commit() {
      release();
      await done;
    },
  };
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
    const updatedAt = await loadedAt(id);
    const result = await updateCaseReview(null, {
      ...reviewInput(world.partnership.id, `${identifier} (LCSPR)`, {
        status: "PUBLISHED",
        completedOn: "2026-08-30",
        publishedOn: "2026-09-15",
        publicationUrl: "https://www.example.gov.uk/lcspr-child-n.pdf",
      }),
      caseReviewId: id,
      updatedAt,
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
    const updatedAt = await loadedAt(id);
    expect(
      await updateCaseReview(null, {
        ...reviewInput(world.partnership.id, taken),
        caseReviewId: id,
        updatedAt,
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
        updatedAt,
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
    const theirUpdatedAt = (
      await database.prisma.caseReview.findUniqueOrThrow({ where: { id: theirs } })
    ).updatedAt.toISOString();

    await signInAs(world.members.BUSINESS_MANAGER.id);
    // Named under our own partnership: no such review.
    expect(
      await updateCaseReview(null, {
        ...reviewInput(world.partnership.id, "Renamed"),
        caseReviewId: theirs,
        updatedAt: theirUpdatedAt,
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
        updatedAt: theirUpdatedAt,
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
    const version = await loadedVersion(id, first.id);
    const base = {
      partnershipId: world.partnership.id,
      caseReviewId: id,
      recommendationId: first.id,
      version,
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

describe("the key dates", () => {
  it("refuses a decision before the notification and a completion or publication in the future", async () => {
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const identifier = unique("Child S");
    const tomorrow = addDays(ukDateStamp(new Date()), 1);
    const result = await createCaseReview(
      null,
      reviewInput(world.partnership.id, identifier, {
        decidedOn: "2026-01-11",
        completedOn: tomorrow,
        status: "PUBLISHED",
        publishedOn: tomorrow,
        publicationUrl: "https://www.example.gov.uk/lcspr-child-s.pdf",
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        decidedOn: [
          "The date of the decision on whether to carry out a local review must be the same as or after the date the serious incident was notified to the Panel",
        ],
        completedOn: ["The date the review was completed must be today or in the past"],
        publishedOn: ["The date the review was published must be today or in the past"],
      },
    });
    expect(await database.prisma.caseReview.count({ where: { identifier } })).toBe(0);
  });
});

describe("two people saving at once", () => {
  it("refuses a change to a review someone else changed after the form was loaded", async () => {
    const prisma = database.prisma;
    const identifier = unique("Child T");
    const id = await addReview(identifier);
    const mine = await loadedAt(id);
    const theirs = await loadedAt(id);

    // They save first.
    const first = await updateCaseReview(null, {
      ...reviewInput(world.partnership.id, identifier, { summary: "Their summary" }),
      caseReviewId: id,
      updatedAt: theirs,
    });
    expect(first).toMatchObject({ ok: true });

    // My form still has the old updatedAt: nothing of mine is saved over theirs.
    const second = await updateCaseReview(null, {
      ...reviewInput(world.partnership.id, identifier, { status: "IN_PROGRESS" }),
      caseReviewId: id,
      updatedAt: mine,
    });
    expect(second).toEqual({
      ok: false,
      message:
        "Someone else changed this case review while you were editing it. Reload the page to see their changes, then make yours again.",
    });
    expect(await prisma.caseReview.findUniqueOrThrow({ where: { id } })).toMatchObject({
      summary: "Their summary",
      status: "OPEN",
    });
    expect(
      await prisma.auditEvent.count({ where: { action: "case-review.updated", entityId: id } }),
    ).toBe(1);

    // After reloading, my change goes through.
    expect(
      await updateCaseReview(null, {
        ...reviewInput(world.partnership.id, identifier, { status: "IN_PROGRESS" }),
        caseReviewId: id,
        updatedAt: await loadedAt(id),
      }),
    ).toMatchObject({ ok: true });
    expect(await prisma.caseReview.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "IN_PROGRESS",
    });
  });

  it("does not overwrite a change committed while the save was under way", async () => {
    const prisma = database.prisma;
    const identifier = unique("Child U");
    const id = await addReview(identifier);
    const mine = await loadedAt(id);
    const other = await holdOpen((tx) =>
      tx.caseReview.update({ where: { id }, data: { summary: "Saved at the same moment" } }),
    );
    const saving = updateCaseReview(null, {
      ...reviewInput(world.partnership.id, identifier, { summary: "Mine" }),
      caseReviewId: id,
      updatedAt: mine,
    });
    await other.waitUntilBlocked();
    await other.commit();
    expect(await saving).toMatchObject({
      ok: false,
      message:
        "Someone else changed this case review while you were editing it. Reload the page to see their changes, then make yours again.",
    });
    expect((await prisma.caseReview.findUniqueOrThrow({ where: { id } })).summary).toBe(
      "Saved at the same moment",
    );
  });

  it("names the identifier when someone adds it, in another case, at the same moment", async () => {
    const identifier = unique("Child V");
    const other = await holdOpen((tx) =>
      tx.caseReview.create({
        data: { partnershipId: world.partnership.id, type: "RAPID_REVIEW", identifier },
      }),
    );
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const typed = identifier.toLowerCase();
    const adding = createCaseReview(null, reviewInput(world.partnership.id, typed));
    await other.waitUntilBlocked();
    await other.commit();
    expect(await adding).toMatchObject({
      ok: false,
      fieldErrors: { identifier: [`There is already a case review called ‘${typed}’`] },
    });
    expect(
      await database.prisma.caseReview.count({
        where: { identifier: { equals: identifier, mode: "insensitive" } },
      }),
    ).toBe(1);
  });

  it("refuses a change to a recommendation someone else changed after the form was loaded", async () => {
    const prisma = database.prisma;
    const id = await addReview();
    const recommendation = await addRecommendation(id, "Share information at referral");
    const mine = await loadedVersion(id, recommendation.id);
    const input = {
      partnershipId: world.partnership.id,
      caseReviewId: id,
      recommendationId: recommendation.id,
      number: "1",
      text: "Share information at referral",
      partnershipResponse: "",
      timescale: "By March 2027",
    };
    expect(
      await updateRecommendation(null, {
        ...input,
        partnershipResponse: "Accepted",
        timescale: "",
        version: await loadedVersion(id, recommendation.id),
      }),
    ).toMatchObject({ ok: true });

    expect(await updateRecommendation(null, { ...input, version: mine })).toEqual({
      ok: false,
      message:
        "Someone else changed this recommendation while you were editing it. Reload the page to see their changes, then make yours again.",
    });
    expect(
      await prisma.caseReviewRecommendation.findUniqueOrThrow({ where: { id: recommendation.id } }),
    ).toMatchObject({ partnershipResponse: "Accepted", timescale: null });

    // A change committed while the save is under way is not overwritten either.
    const loaded = await loadedVersion(id, recommendation.id);
    const other = await holdOpen((tx) =>
      tx.caseReviewRecommendation.update({
        where: { id: recommendation.id },
        data: { text: "Share information at the point of referral" },
      }),
    );
    const saving = updateRecommendation(null, { ...input, version: loaded });
    await other.waitUntilBlocked();
    await other.commit();
    expect(await saving).toMatchObject({
      ok: false,
      message:
        "Someone else changed this recommendation while you were editing it. Reload the page to see their changes, then make yours again.",
    });
    expect(
      await prisma.caseReviewRecommendation.findUniqueOrThrow({ where: { id: recommendation.id } }),
    ).toMatchObject({
      text: "Share information at the point of referral",
      partnershipResponse: "Accepted",
      timescale: null,
    });
  });

  function recommendationInput(caseReviewId: string, text: string, number = "") {
    return {
      partnershipId: world.partnership.id,
      caseReviewId,
      number,
      text,
      partnershipResponse: "",
      timescale: "",
    };
  }

  const insertRecommendation =
    (caseReviewId: string, number: number) => (tx: Prisma.TransactionClient) =>
      tx.caseReviewRecommendation.create({
        data: { caseReviewId, number, text: `Added by someone else as ${number}` },
      });

  it("gives a new recommendation without a number the next free one when another takes it", async () => {
    const id = await addReview();
    await addRecommendation(id, "Share information at referral");
    const other = await holdOpen(insertRecommendation(id, 2));
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const adding = createRecommendation(null, recommendationInput(id, "Train staff on neglect"));
    await other.waitUntilBlocked();
    await other.commit();
    expect(await adding).toMatchObject({ ok: true, data: { number: 3 } });
    const numbers = await database.prisma.caseReviewRecommendation.findMany({
      where: { caseReviewId: id },
      orderBy: { number: "asc" },
      select: { number: true, text: true },
    });
    expect(numbers).toEqual([
      { number: 1, text: "Share information at referral" },
      { number: 2, text: "Added by someone else as 2" },
      { number: 3, text: "Train staff on neglect" },
    ]);
  });

  it("asks to try again, not about a number never typed, when the next number is taken twice", async () => {
    const id = await addReview();
    const first = await holdOpen(insertRecommendation(id, 1));
    const second = await holdOpen(insertRecommendation(id, 2));
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const adding = createRecommendation(null, recommendationInput(id, "Train staff on neglect"));
    await first.waitUntilBlocked();
    await first.commit();
    await second.waitUntilBlocked();
    await second.commit();
    expect(await adding).toEqual({
      ok: false,
      message: "Someone added a recommendation at the same time: try again",
    });
    expect(
      await database.prisma.caseReviewRecommendation.count({ where: { caseReviewId: id } }),
    ).toBe(2);
  });

  it("keeps a typed number, saying it is taken when another took it at the same moment", async () => {
    const id = await addReview();
    const other = await holdOpen(insertRecommendation(id, 4));
    await signInAs(world.members.BUSINESS_MANAGER.id);
    const adding = createRecommendation(null, recommendationInput(id, "Audit supervision", "4"));
    await other.waitUntilBlocked();
    await other.commit();
    expect(await adding).toMatchObject({
      ok: false,
      fieldErrors: { number: ["There is already a recommendation 4 in this review"] },
    });
  });
});
