import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/(app)/partnerships/[partnershipId]/frameworks/[versionId]/export/route";
import { createAssessment } from "@/lib/actions/assessments/create-assessment";
import { adaptFramework } from "@/lib/actions/frameworks/adapt-framework";
import { importFramework } from "@/lib/actions/frameworks/import-framework";
import { publishFrameworkVersion } from "@/lib/actions/frameworks/publish-framework-version";
import { saveFrameworkDraft } from "@/lib/actions/frameworks/save-framework-draft";
import { startDraft } from "@/lib/actions/frameworks/start-draft";
import { assessmentFormOptions } from "@/lib/data/assessments";
import {
  getFrameworkComparison,
  getFrameworkDraft,
  getFrameworkLibrary,
  getFrameworkVersion,
} from "@/lib/data/frameworks";
import { toDraftPayload, toEditorDraft, type DraftPayload } from "@/lib/domain/framework-editor";
import type { VersionContent } from "@/lib/domain/framework-versions";
import {
  ADAPTATION_ATTRIBUTION,
  FRAMEWORK_CITATION,
  RAG_DEFINITIONS,
  SIX_STEPS_FRAMEWORK,
} from "@/lib/framework/six-steps";
import { seedFramework } from "../../prisma/seed/framework";
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
let originalVersionId: string;
beforeAll(async () => {
  database = await startTestApp();
  originalVersionId = (await seedFramework(database.prisma)).versionId;
});
afterAll(() => database.drop());

async function expectNotFoundPage(promise: Promise<unknown>) {
  await expect(promise).rejects.toMatchObject({ digest: expect.stringContaining(";404") });
}

async function setUp() {
  const prisma = database.prisma;
  const partnership = await createPartnership(prisma);
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  const viewer = await createMember(prisma, partnership.id, "VIEWER");
  const scrutineer = await createMember(prisma, partnership.id, "SCRUTINEER");
  await signInAs(manager.user.id);
  return { partnership, manager, viewer, scrutineer };
}

/** The original's text as it is stored, to prove it never changes. */
async function originalSnapshot() {
  return database.prisma.frameworkVersion.findUniqueOrThrow({
    where: { id: originalVersionId },
    select: {
      label: true,
      status: true,
      citation: true,
      publishedAt: true,
      steps: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          lineageKey: true,
          questions: {
            orderBy: { position: "asc" },
            select: { id: true, code: true, text: true, lineageKey: true },
          },
        },
      },
    },
  });
}

async function adapt(partnershipId: string, title = "Northshire adaptation") {
  const result = await adaptFramework(null, {
    partnershipId,
    versionId: originalVersionId,
    title,
  });
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

function save(partnershipId: string, versionId: string, baseline: string, content: DraftPayload) {
  return saveFrameworkDraft(null, {
    partnershipId,
    versionId,
    baseline,
    content: JSON.stringify(content) as never,
  });
}

/** Stored steps and questions of a version, as "code key text". */
async function stored(versionId: string) {
  const questions = await database.prisma.frameworkQuestion.findMany({
    where: { versionId },
    orderBy: [{ step: { position: "asc" } }, { position: "asc" }],
    select: { code: true, lineageKey: true, text: true, step: { select: { number: true } } },
  });
  return questions;
}

async function download(partnershipId: string, versionId: string) {
  return exportRoute(
    new Request(
      `http://localhost:3000/partnerships/${partnershipId}/frameworks/${versionId}/export`,
    ),
    { params: Promise.resolve({ partnershipId, versionId }) },
  );
}

describe("adapting the original", () => {
  it("copies it as a draft with its identities, its ratings and the attribution; the original is untouched", async () => {
    const { partnership, manager } = await setUp();
    const before = await originalSnapshot();
    const { frameworkId, versionId } = await adapt(partnership.id);

    const framework = await database.prisma.framework.findUniqueOrThrow({
      where: { id: frameworkId },
      include: { versions: true },
    });
    expect(framework).toMatchObject({
      title: "Northshire adaptation",
      partnershipId: partnership.id,
      isOriginal: false,
    });
    expect(framework.key).toMatch(/^p-[a-z0-9-]+-[a-f0-9]{10}$/);
    expect(framework.versions).toHaveLength(1);
    expect(framework.versions[0]).toMatchObject({
      id: versionId,
      version: 1,
      status: "DRAFT",
      isAdapted: true,
      citation: ADAPTATION_ATTRIBUTION,
      basedOnVersionId: originalVersionId,
      ragGreen: RAG_DEFINITIONS.GREEN,
      ragAmber: RAG_DEFINITIONS.AMBER,
      ragRed: RAG_DEFINITIONS.RED,
    });
    const copied = await stored(versionId);
    expect(copied.map((q) => [q.code, q.lineageKey, q.text])).toEqual(
      SIX_STEPS_FRAMEWORK.steps.flatMap((step) =>
        step.questions.map((q) => [q.code, q.lineageKey, q.text]),
      ),
    );
    const steps = await database.prisma.frameworkStep.findMany({
      where: { versionId },
      orderBy: { position: "asc" },
    });
    expect(steps.map((s) => s.lineageKey)).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `six-steps:step-${n}`),
    );
    const audit = await database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "framework.adapted", entityId: frameworkId },
    });
    expect(audit).toMatchObject({ actorUserId: manager.user.id, partnershipId: partnership.id });
    expect(await originalSnapshot()).toEqual(before);

    // The draft's pages carry the attribution; the original's its citation.
    const page = await getFrameworkVersion(partnership.id, versionId);
    expect(page.attribution).toBe(ADAPTATION_ATTRIBUTION);
    expect((await getFrameworkVersion(partnership.id, originalVersionId)).attribution).toBe(
      FRAMEWORK_CITATION,
    );
  });

  it("is for business managers only", async () => {
    const { partnership, viewer, scrutineer } = await setUp();
    const count = await database.prisma.framework.count();
    for (const user of [viewer, scrutineer]) {
      await signInAs(user.user.id);
      const result = await adaptFramework(null, {
        partnershipId: partnership.id,
        versionId: originalVersionId,
        title: "Not allowed",
      });
      expect(result).toEqual({ ok: false, message: "You do not have permission to do that." });
    }
    expect(await database.prisma.framework.count()).toBe(count);
  });
});

describe("a seven-step adaptation, from draft to assessment", () => {
  it("is edited, published, assessed and exported with the attribution; the original stays as it was", async () => {
    const { partnership, scrutineer, viewer } = await setUp();
    const before = await originalSnapshot();
    const { versionId } = await adapt(partnership.id, "Northshire Six Steps");
    const draft = await getFrameworkDraft(partnership.id, versionId);
    const editor = toEditorDraft(draft.content);
    // Step 1: 1.2 reworded and moved above 1.1; step 6 loses 6.2; step 3 gains a question;
    // a seventh step with three new questions.
    const step1 = editor.steps[0]!;
    step1.questions = [
      { ...step1.questions[1]!, text: "Reworded: do the partners agree?" },
      step1.questions[0]!,
      ...step1.questions.slice(2),
    ];
    editor.steps[5]!.questions.splice(1, 1);
    editor.steps[2]!.questions.push({ id: "n1", key: null, text: "Is learning shared?" });
    editor.steps.push({
      id: "n2",
      key: null,
      title: "  Learning from reviews  ",
      questions: [
        "Are rapid reviews timely?",
        "Are recommendations tracked?",
        "Is impact shown?",
      ].map((text, i) => ({ id: `n3-${i}`, key: null, text })),
    });
    editor.label = "2027 adaptation";
    const saved = await save(partnership.id, versionId, draft.baseline, toDraftPayload(editor));
    expect(saved.ok, saved.ok ? "" : saved.message).toBe(true);

    const questions = await stored(versionId);
    const framework = await database.prisma.framework.findFirstOrThrow({
      where: { versions: { some: { id: versionId } } },
    });
    expect(questions).toHaveLength(24 - 1 + 1 + 3);
    expect(questions.slice(0, 2).map((q) => [q.code, q.lineageKey, q.text])).toEqual([
      ["1.1", "six-steps:1.2", "Reworded: do the partners agree?"],
      ["1.2", "six-steps:1.1", SIX_STEPS_FRAMEWORK.steps[0]!.questions[0]!.text],
    ]);
    expect(questions.filter((q) => q.step.number === 6).map((q) => [q.code, q.lineageKey])).toEqual(
      [
        ["6.1", "six-steps:6.1"],
        ["6.2", "six-steps:6.3"],
        ["6.3", "six-steps:6.4"],
      ],
    );
    const added = questions.filter((q) => !q.lineageKey.startsWith("six-steps:"));
    expect(added.map((q) => q.code)).toEqual(["3.5", "7.1", "7.2", "7.3"]);
    for (const q of added) expect(q.lineageKey).toMatch(new RegExp(`^${framework.key}:[a-f0-9]+$`));
    const seventh = await database.prisma.frameworkStep.findFirstOrThrow({
      where: { versionId, position: 7 },
    });
    expect(seventh).toMatchObject({ number: 7, title: "Learning from reviews" });
    expect(seventh.lineageKey).toMatch(new RegExp(`^${framework.key}:`));
    // The editor gets the new identities back, so the next save keeps them.
    if (saved.ok) {
      const keys = saved.data.content.steps.flatMap((s) => s.questions.map((q) => q.lineageKey));
      expect(keys).toEqual(questions.map((q) => q.lineageKey));
      expect(saved.data.baseline).toBe(
        (await getFrameworkDraft(partnership.id, versionId)).baseline,
      );
    }

    // Comparing with the original names each change by identity.
    const { compared } = await getFrameworkComparison(partnership.id, originalVersionId, versionId);
    expect(compared?.diff.added.map((q) => q.code)).toEqual(["3.5", "7.1", "7.2", "7.3"]);
    expect(compared?.diff.removed.map((q) => q.code)).toEqual(["6.2"]);
    expect(compared?.diff.reworded.map((q) => q.lineageKey)).toEqual(["six-steps:1.2"]);
    expect(compared?.diff.persisting).toBe(23);

    const published = await publishFrameworkVersion(null, {
      partnershipId: partnership.id,
      versionId,
    });
    expect(published.ok).toBe(true);
    const version = await database.prisma.frameworkVersion.findUniqueOrThrow({
      where: { id: versionId },
    });
    expect(version.status).toBe("PUBLISHED");
    expect(version.publishedAt).not.toBeNull();
    expect(version.label).toBe("2027 adaptation");

    // Offered for, and used by, a new assessment.
    const options = await assessmentFormOptions(partnership.id);
    expect(options.versions.map((v) => v.id)).toContain(versionId);
    const cycle = await database.prisma.cycle.create({
      data: {
        partnershipId: partnership.id,
        name: "2027–28",
        startsOn: new Date("2027-04-01"),
        endsOn: new Date("2028-03-31"),
      },
    });
    const created = await createAssessment(null, {
      partnershipId: partnership.id,
      cycleId: cycle.id,
      frameworkVersionId: versionId,
      kind: "INDEPENDENT_SCRUTINY",
      title: "Scrutiny on the adaptation",
      scrutineerIds: [scrutineer.user.id],
      leadScrutineerId: scrutineer.user.id,
    });
    expect(created.ok).toBe(true);
    expect(
      await database.prisma.response.count({
        where: { assessment: { frameworkVersionId: versionId } },
      }),
    ).toBe(27);
    const page = await getFrameworkVersion(partnership.id, versionId);
    expect(page.assessments.map((a) => a.title)).toEqual(["Scrutiny on the adaptation"]);
    expect(page.steps).toHaveLength(7);

    // Exported (by anyone in the partnership) with the attribution.
    await signInAs(viewer.user.id);
    const response = await download(partnership.id, versionId);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="framework-northshire-six-steps-v1.json"',
    );
    const file = JSON.parse(await response.text());
    expect(file.attribution).toBe(ADAPTATION_ATTRIBUTION);
    expect(file.steps).toHaveLength(7);
    expect(
      await database.prisma.auditEvent.count({
        where: { action: "framework.exported", entityId: versionId, actorUserId: viewer.user.id },
      }),
    ).toBe(1);

    const library = await getFrameworkLibrary(partnership.id);
    const entry = library.frameworks.find((f) => f.title === "Northshire Six Steps");
    expect(entry?.attribution).toBe(ADAPTATION_ATTRIBUTION);
    expect(entry?.versions[0]).toMatchObject({ steps: 7, questions: 27, assessments: 1 });
    expect(library.canManage).toBe(false);
    expect(await originalSnapshot()).toEqual(before);
  });
});

describe("saving a draft", () => {
  it("names every problem by its place and saves nothing", async () => {
    const { partnership } = await setUp();
    const { versionId } = await adapt(partnership.id);
    const draft = await getFrameworkDraft(partnership.id, versionId);
    const payload = toDraftPayload(toEditorDraft(draft.content));
    payload.steps[2]!.questions[1]!.text = "   ";
    payload.steps.push({ key: null, title: "", questions: [] });
    const result = await save(partnership.id, versionId, draft.baseline, payload);
    expect(result).toMatchObject({
      ok: false,
      message: "There is a problem with the draft: nothing was saved.",
      fieldErrors: {
        "step-3-question-2-text": ["Enter the question text"],
        "step-7-title": ["Enter the step title"],
        "step-7-add-question": ["A step needs at least one question"],
      },
    });
    expect((await getFrameworkDraft(partnership.id, versionId)).baseline).toBe(draft.baseline);
  });

  it("refuses identities the draft does not have: a client cannot invent or borrow keys", async () => {
    const { partnership, manager } = await setUp();
    const { versionId } = await adapt(partnership.id);
    // Another partnership's adaptation, with a new question of its own.
    const other = await createPartnership(database.prisma);
    const otherManager = await createMember(database.prisma, other.id, "BUSINESS_MANAGER");
    await signInAs(otherManager.user.id);
    const theirs = await adapt(other.id, "Theirs");
    const theirDraft = await getFrameworkDraft(other.id, theirs.versionId);
    const theirPayload = toDraftPayload(toEditorDraft(theirDraft.content));
    theirPayload.steps[0]!.questions.push({ key: null, text: "Their own question?" });
    expect((await save(other.id, theirs.versionId, theirDraft.baseline, theirPayload)).ok).toBe(
      true,
    );
    const theirKey = (await stored(theirs.versionId)).find(
      (q) => q.text === "Their own question?",
    )!.lineageKey;

    await signInAs(manager.user.id);
    const draft = await getFrameworkDraft(partnership.id, versionId);
    for (const key of [theirKey, "invented:question-1", "six-steps:step-1"]) {
      const payload = toDraftPayload(toEditorDraft(draft.content));
      // "six-steps:step-1" is this draft's step key, sent as a question's key.
      if (key === "six-steps:step-1") payload.steps[0]!.key = null;
      payload.steps[1]!.questions.push({ key, text: "Borrowed?" });
      const result = await save(partnership.id, versionId, draft.baseline, payload);
      expect(result).toMatchObject({
        ok: false,
        message:
          "Some steps or questions sent are not part of this draft. Reload the draft and try again: nothing was saved.",
      });
    }
    expect((await getFrameworkDraft(partnership.id, versionId)).baseline).toBe(draft.baseline);
  });

  it("refuses a save over someone else's, then lets the person choose to save over it", async () => {
    const { partnership } = await setUp();
    const { versionId } = await adapt(partnership.id);
    const draft = await getFrameworkDraft(partnership.id, versionId);
    const mine = toEditorDraft(draft.content);
    const theirs = toEditorDraft(draft.content);
    theirs.steps[0]!.questions[0]!.text = "Their wording";
    mine.steps[0]!.questions[0]!.text = "My wording";
    const first = await save(partnership.id, versionId, draft.baseline, toDraftPayload(theirs));
    expect(first.ok).toBe(true);
    const stale = await save(partnership.id, versionId, draft.baseline, toDraftPayload(mine));
    expect(stale.ok).toBe(false);
    if (stale.ok || !first.ok) return;
    expect(stale.message).toMatch(/^Someone else saved this draft while you were editing it/);
    expect(stale.conflict).toEqual({ baseline: first.data.baseline });
    expect((await stored(versionId))[0]!.text).toBe("Their wording");

    const again = await save(partnership.id, versionId, first.data.baseline, toDraftPayload(mine));
    expect(again.ok).toBe(true);
    expect((await stored(versionId))[0]!.text).toBe("My wording");
    expect(
      await database.prisma.auditEvent.count({
        where: { action: "framework.draft-saved", entityId: versionId },
      }),
    ).toBe(2);
  });
});

describe("publishing", () => {
  it("locks the version: a save is refused in words and the database refuses a direct change", async () => {
    const { partnership } = await setUp();
    const { versionId } = await adapt(partnership.id);
    const draft = await getFrameworkDraft(partnership.id, versionId);
    expect(
      (await publishFrameworkVersion(null, { partnershipId: partnership.id, versionId })).ok,
    ).toBe(true);
    const payload = toDraftPayload(toEditorDraft(draft.content));
    payload.steps[0]!.questions[0]!.text = "Changed after publishing";
    const result = await save(partnership.id, versionId, draft.baseline, payload);
    expect(result).toEqual({
      ok: false,
      message:
        "This framework version is published, so it cannot be changed. Start a new draft from it instead.",
    });
    const question = await database.prisma.frameworkQuestion.findFirstOrThrow({
      where: { versionId },
    });
    await expect(
      database.prisma.frameworkQuestion.update({
        where: { id: question.id },
        data: { text: "Changed" },
      }),
    ).rejects.toThrow(/framework_published/);
    expect(
      await publishFrameworkVersion(null, { partnershipId: partnership.id, versionId }),
    ).toEqual({ ok: false, message: "This version is already published." });
  });

  it("refuses a step without questions", async () => {
    const { partnership } = await setUp();
    const { versionId } = await adapt(partnership.id);
    const step = await database.prisma.frameworkStep.findFirstOrThrow({
      where: { versionId, position: 4 },
    });
    await database.prisma.frameworkQuestion.deleteMany({ where: { stepId: step.id } });
    const result = await publishFrameworkVersion(null, {
      partnershipId: partnership.id,
      versionId,
    });
    expect(result).toEqual({
      ok: false,
      message:
        "Every step needs at least one question before the framework can be published: add a question to step 4.",
    });
    expect(
      (await database.prisma.frameworkVersion.findUniqueOrThrow({ where: { id: versionId } }))
        .status,
    ).toBe("DRAFT");
  });

  it("starts the next version as a draft copy, one draft at a time; the original cannot be drafted", async () => {
    const { partnership } = await setUp();
    const { frameworkId, versionId } = await adapt(partnership.id);
    const notYet = await startDraft(null, { partnershipId: partnership.id, versionId });
    expect(notYet.ok).toBe(false);
    await publishFrameworkVersion(null, { partnershipId: partnership.id, versionId });
    const next = await startDraft(null, { partnershipId: partnership.id, versionId });
    expect(next.ok).toBe(true);
    if (!next.ok) return;
    const version = await database.prisma.frameworkVersion.findUniqueOrThrow({
      where: { id: next.data.versionId },
    });
    expect(version).toMatchObject({
      frameworkId,
      version: 2,
      status: "DRAFT",
      citation: ADAPTATION_ATTRIBUTION,
      basedOnVersionId: versionId,
    });
    expect((await stored(next.data.versionId)).map((q) => q.lineageKey)).toEqual(
      (await stored(versionId)).map((q) => q.lineageKey),
    );
    expect(await startDraft(null, { partnershipId: partnership.id, versionId })).toEqual({
      ok: false,
      message:
        "This framework already has a draft. Finish and publish that draft before starting another.",
    });
    expect(
      await startDraft(null, { partnershipId: partnership.id, versionId: originalVersionId }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/does not exist/) });
  });
});

describe("sharing a framework as a file", () => {
  it("round-trips: export then import gives the same content and identities, as a new draft", async () => {
    const { partnership } = await setUp();
    const { versionId } = await adapt(partnership.id, "Shared adaptation");
    const draft = await getFrameworkDraft(partnership.id, versionId);
    const payload = toDraftPayload(toEditorDraft(draft.content));
    payload.steps[1]!.questions.push({ key: null, text: "A question of our own?" });
    const saved = await save(partnership.id, versionId, draft.baseline, payload);
    expect(saved.ok).toBe(true);
    await publishFrameworkVersion(null, { partnershipId: partnership.id, versionId });

    const response = await download(partnership.id, versionId);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    const body = await response.text();
    const exported: VersionContent = (await getFrameworkDraft(partnership.id, versionId)).content;

    // Another partnership imports it.
    const other = await createPartnership(database.prisma);
    const manager = await createMember(database.prisma, other.id, "BUSINESS_MANAGER");
    await signInAs(manager.user.id);
    const imported = await importFramework(null, {
      partnershipId: other.id,
      file: new File([body], "framework-shared-adaptation-v1.json", { type: "application/json" }),
    });
    expect(imported.ok, imported.ok ? "" : imported.message).toBe(true);
    if (!imported.ok) return;
    const copy = await database.prisma.frameworkVersion.findUniqueOrThrow({
      where: { id: imported.data.versionId },
      include: { framework: true },
    });
    expect(copy).toMatchObject({
      status: "DRAFT",
      version: 1,
      isAdapted: true,
      citation: ADAPTATION_ATTRIBUTION,
      framework: { partnershipId: other.id, title: "Shared adaptation", isOriginal: false },
    });
    const content = (await getFrameworkDraft(other.id, copy.id)).content;
    expect(content).toEqual(exported);
    expect(content.steps[1]!.questions.at(-1)?.text).toBe("A question of our own?");
    expect(
      await database.prisma.auditEvent.count({
        where: { action: "framework.imported", entityId: copy.frameworkId },
      }),
    ).toBe(1);
  });

  it("refuses a malformed or hostile file with every problem listed, creating nothing", async () => {
    const { partnership } = await setUp();
    const good = JSON.parse(await (await download(partnership.id, originalVersionId)).text());
    const cases: Array<[string, string, RegExp]> = [
      ["not json", "{ this is not json", /not valid JSON/],
      [
        "wrong format",
        JSON.stringify({ ...good, format: "something-else" }),
        /not a Six Steps framework file/,
      ],
      [
        "unknown field",
        JSON.stringify({ ...good, script: "<script>alert(1)</script>" }),
        /fields this format does not have: script/,
      ],
      [
        "too many steps",
        JSON.stringify({ ...good, steps: Array.from({ length: 21 }, () => good.steps[0]) }),
        /at most 20 steps/,
      ],
      [
        "duplicate keys and an empty question",
        JSON.stringify({
          ...good,
          steps: [
            {
              ...good.steps[0],
              questions: [
                { key: "six-steps:1.1", text: "One" },
                { key: "six-steps:1.1", text: "" },
              ],
            },
          ],
        }),
        /used more than once/,
      ],
    ];
    const count = await database.prisma.framework.count();
    for (const [name, text, problem] of cases) {
      const result = await importFramework(null, {
        partnershipId: partnership.id,
        file: new File([text], `${name}.json`, { type: "application/json" }),
      });
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.message).toBe(
        "The file was not imported. Correct these problems in the file and try again",
      );
      expect(result.fieldErrors?.file?.join("\n"), name).toMatch(problem);
    }
    const several = await importFramework(null, {
      partnershipId: partnership.id,
      file: new File([cases[4]![1]], "several.json"),
    });
    expect(several.ok || several.fieldErrors?.file).toEqual([
      "Step 1, question 2, text: Enter the question text",
      "Step 1, question 2, key: The key ‘six-steps:1.1’ is used more than once",
    ]);
    const tooBig = await importFramework(null, {
      partnershipId: partnership.id,
      file: new File(["x".repeat(200_001)], "big.json"),
    });
    expect(tooBig).toMatchObject({
      ok: false,
      fieldErrors: { file: ["The file must be 200 KB or smaller"] },
    });
    expect(await database.prisma.framework.count()).toBe(count);
  });
});

describe("another partnership", () => {
  it("cannot see, compare, adapt, draft, edit or download this partnership's frameworks", async () => {
    const { partnership } = await setUp();
    const { versionId } = await adapt(partnership.id);
    await publishFrameworkVersion(null, { partnershipId: partnership.id, versionId });
    const other = await createPartnership(database.prisma);
    const outsider = await createMember(database.prisma, other.id, "BUSINESS_MANAGER");
    await signInAs(outsider.user.id);
    const count = await database.prisma.frameworkVersion.count();

    await expectNotFoundPage(getFrameworkVersion(other.id, versionId));
    await expectNotFoundPage(getFrameworkDraft(other.id, versionId));
    await expectNotFoundPage(getFrameworkComparison(other.id, originalVersionId, versionId));
    expect((await download(other.id, versionId)).status).toBe(404);
    expect((await download(partnership.id, versionId)).status).toBe(404);
    expect((await getFrameworkLibrary(other.id)).frameworks.map((f) => f.isOriginal)).toEqual([
      true,
    ]);
    expect(
      await adaptFramework(null, { partnershipId: other.id, versionId, title: "Stolen" }),
    ).toMatchObject({ ok: false, message: "Select a published framework version to adapt." });
    expect(await startDraft(null, { partnershipId: other.id, versionId })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
    expect(await startDraft(null, { partnershipId: partnership.id, versionId })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
    expect(await database.prisma.frameworkVersion.count()).toBe(count);

    // The original is everyone's to read and download.
    expect((await download(other.id, originalVersionId)).status).toBe(200);
  });
});
