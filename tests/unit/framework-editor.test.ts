import { describe, expect, it } from "vitest";
import {
  addQuestion,
  addStep,
  checkDraft,
  draftCanonical,
  draftFieldLabel,
  DRAFT_UNREADABLE,
  foreignKeys,
  frameworkExport,
  frameworkFileName,
  importFrameworkSchema,
  moveQuestion,
  moveQuestionToStep,
  moveStep,
  newFrameworkKey,
  newLineageKey,
  removeQuestion,
  removeStep,
  retitleStep,
  rewordQuestion,
  saveDraftSchema,
  setLabel,
  toDraftPayload,
  toEditorDraft,
  withoutAttribution,
  type EditorDraft,
} from "../../lib/domain/framework-editor";
import {
  fromFrameworkFile,
  parseFrameworkFile,
  questionCode,
  type VersionContent,
} from "../../lib/domain/framework-versions";
import {
  ADAPTATION_ATTRIBUTION,
  FRAMEWORK_CITATION,
  RAG_DEFINITIONS,
} from "../../lib/framework/six-steps";

const RAG = { ...RAG_DEFINITIONS };

function content(): VersionContent {
  return {
    title: "Northshire adaptation",
    label: "Version 1",
    rag: RAG,
    steps: [
      {
        lineageKey: "six-steps:step-1",
        title: "Leadership",
        questions: [
          { lineageKey: "six-steps:1.1", text: "First?" },
          { lineageKey: "six-steps:1.2", text: "Second?" },
        ],
      },
      {
        lineageKey: "six-steps:step-2",
        title: "Learning",
        questions: [{ lineageKey: "six-steps:2.1", text: "Third?" }],
      },
    ],
  };
}

/** The draft as "code text" lines, as the preview reads it. */
function read(draft: EditorDraft): string[] {
  return draft.steps.flatMap((step, s) => [
    `${s + 1} ${step.title}`,
    ...step.questions.map((q, i) => `${questionCode(s, i)} ${q.text}`),
  ]);
}

describe("editing a draft", () => {
  it("moves questions up and down within a step, renumbering their codes", () => {
    const draft = toEditorDraft(content());
    const moved = moveQuestion(draft, 0, 1, -1);
    expect(read(moved)).toEqual([
      "1 Leadership",
      "1.1 Second?",
      "1.2 First?",
      "2 Learning",
      "2.1 Third?",
    ]);
    // Identity goes with the question.
    expect(moved.steps[0]!.questions[0]!.key).toBe("six-steps:1.2");
    // Past either end nothing changes (the same object back).
    expect(moveQuestion(draft, 0, 0, -1)).toBe(draft);
    expect(moveQuestion(draft, 1, 0, 1)).toBe(draft);
    expect(read(draft)).toContain("1.1 First?");
  });

  it("moves, removes, adds and retitles steps", () => {
    const draft = toEditorDraft(content());
    expect(read(moveStep(draft, 1, -1))).toEqual([
      "1 Learning",
      "1.1 Third?",
      "2 Leadership",
      "2.1 First?",
      "2.2 Second?",
    ]);
    expect(moveStep(draft, 0, -1)).toBe(draft);
    expect(read(removeStep(draft, 0))).toEqual(["1 Learning", "1.1 Third?"]);
    const added = addStep(draft, { step: "new-1", question: "new-2" });
    expect(added.steps).toHaveLength(3);
    expect(added.steps[2]).toEqual({
      id: "new-1",
      key: null,
      title: "",
      questions: [{ id: "new-2", key: null, text: "" }],
    });
    expect(read(retitleStep(added, 2, "Reviews"))).toContain("3 Reviews");
    expect(setLabel(draft, "2027").label).toBe("2027");
  });

  it("adds, rewords, removes and moves questions between steps", () => {
    let draft = toEditorDraft(content());
    draft = addQuestion(draft, 1, "new-1");
    draft = rewordQuestion(draft, 1, 1, "Fourth?");
    expect(read(draft).slice(-2)).toEqual(["2.1 Third?", "2.2 Fourth?"]);
    draft = moveQuestionToStep(draft, 0, 0, 1);
    expect(read(draft)).toEqual([
      "1 Leadership",
      "1.1 Second?",
      "2 Learning",
      "2.1 Third?",
      "2.2 Fourth?",
      "2.3 First?",
    ]);
    expect(draft.steps[1]!.questions[2]!.key).toBe("six-steps:1.1");
    expect(moveQuestionToStep(draft, 0, 0, 0)).toBe(draft);
    draft = removeQuestion(draft, 1, 0);
    expect(read(draft)).toEqual([
      "1 Leadership",
      "1.1 Second?",
      "2 Learning",
      "2.1 Fourth?",
      "2.2 First?",
    ]);
  });

  it("posts the draft without its browser-only ids; new items carry no key", () => {
    const draft = addQuestion(toEditorDraft(content()), 1, "new-1");
    const payload = toDraftPayload(rewordQuestion(draft, 1, 1, "New?"));
    expect(payload.steps[1]).toEqual({
      key: "six-steps:step-2",
      title: "Learning",
      questions: [
        { key: "six-steps:2.1", text: "Third?" },
        { key: null, text: "New?" },
      ],
    });
  });
});

describe("checking a posted draft", () => {
  const framework = { title: "Northshire adaptation", rag: RAG };

  it("accepts a good draft, texts trimmed", () => {
    const payload = toDraftPayload(toEditorDraft(content()));
    payload.steps[0]!.title = "  Leadership  ";
    const checked = checkDraft(payload, framework);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.file.steps[0]!.title).toBe("Leadership");
  });

  it("names every problem by where it is, in words", () => {
    const payload = toDraftPayload(toEditorDraft(content()));
    payload.label = " ";
    payload.steps[1]!.title = "";
    payload.steps[0]!.questions[1]!.text = "";
    payload.steps.push({ key: null, title: "Empty", questions: [] });
    const checked = checkDraft(payload, framework);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.fieldErrors).toEqual({
      "draft-label": ["Enter the version label"],
      "step-1-question-2-text": ["Enter the question text"],
      "step-2-title": ["Enter the step title"],
      "step-3-add-question": ["A step needs at least one question"],
    });
    expect(draftFieldLabel("step-1-question-2-text")).toBe("Step 1, question 2");
    expect(draftFieldLabel("step-3-add-question")).toBe("Step 3");
    expect(draftFieldLabel("draft-label")).toBe("Version label");
  });

  it("refuses no steps, too many steps and duplicated keys", () => {
    const none = checkDraft({ label: "x", steps: [] }, framework);
    expect(none).toEqual({
      ok: false,
      fieldErrors: { "add-step": ["A framework needs at least one step"] },
    });
    const many = checkDraft(
      {
        label: "x",
        steps: Array.from({ length: 21 }, (_, i) => ({
          title: `Step ${i}`,
          questions: [{ text: "Q?" }],
        })),
      },
      framework,
    );
    expect(many.ok || many.fieldErrors["add-step"]).toEqual([
      "A framework can have at most 20 steps",
    ]);
    const payload = toDraftPayload(toEditorDraft(content()));
    payload.steps[1]!.questions[0]!.key = "six-steps:1.1";
    const duplicated = checkDraft(payload, framework);
    expect(duplicated.ok || duplicated.fieldErrors["step-2-question-1-text"]).toEqual([
      "The key ‘six-steps:1.1’ is used more than once",
    ]);
  });

  it("finds keys the draft does not have, of either kind", () => {
    const existing = {
      steps: new Set(["six-steps:step-1", "six-steps:step-2"]),
      questions: new Set(["six-steps:1.1", "six-steps:1.2", "six-steps:2.1"]),
    };
    const ok = checkDraft(toDraftPayload(toEditorDraft(content())), framework);
    if (!ok.ok) throw new Error("expected a valid draft");
    expect(foreignKeys(ok.file, existing)).toEqual([]);
    const payload = toDraftPayload(toEditorDraft(content()));
    payload.steps[0]!.questions[0]!.key = "other-partnership:q-9"; // stolen
    payload.steps[1]!.questions[0]!.key = null;
    payload.steps[1]!.key = "six-steps:2.1"; // a question's key used for a step
    const stolen = checkDraft(payload, framework);
    if (!stolen.ok) throw new Error("expected a valid draft");
    expect(foreignKeys(stolen.file, existing)).toEqual(["other-partnership:q-9", "six-steps:2.1"]);
  });

  it("gives new items server keys and keeps the existing ones", () => {
    const draft = addStep(toEditorDraft(content()), { step: "a", question: "b" });
    const payload = toDraftPayload(retitleStep(rewordQuestion(draft, 2, 0, "New?"), 2, "New step"));
    const checked = checkDraft(payload, framework);
    if (!checked.ok) throw new Error("expected a valid draft");
    let n = 0;
    const keyed = fromFrameworkFile(checked.file, () =>
      newLineageKey("northshire-ab12", `k${++n}`),
    );
    expect(keyed.steps.map((s) => s.lineageKey)).toEqual([
      "six-steps:step-1",
      "six-steps:step-2",
      "northshire-ab12:k1",
    ]);
    expect(keyed.steps[2]!.questions[0]!.lineageKey).toBe("northshire-ab12:k2");
  });

  it("changes the canonical form with any change of text, order or identity", () => {
    const base = draftCanonical(content());
    expect(draftCanonical(content())).toBe(base);
    const reworded = content();
    reworded.steps[0]!.questions[0]!.text = "First!";
    const relabelled = { ...content(), label: "Version 2" };
    const reordered = content();
    reordered.steps.reverse();
    for (const changed of [reworded, relabelled, reordered])
      expect(draftCanonical(changed)).not.toBe(base);
  });
});

describe("the save-draft form", () => {
  const ids = {
    partnershipId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    versionId: "9b2f3c1e-3d1a-4e6b-8f0a-2c4d5e6f7a8b",
    baseline: "a".repeat(64),
  };

  it("reads the draft from JSON in a hidden field", () => {
    const parsed = saveDraftSchema.safeParse({
      ...ids,
      content: JSON.stringify(toDraftPayload(toEditorDraft(content()))),
    });
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.data.content.steps).toHaveLength(2);
  });

  it("refuses unreadable or hostile content with one plain sentence", () => {
    for (const bad of [
      "not json",
      JSON.stringify({ label: "x", steps: "nope" }),
      JSON.stringify({ label: "x", steps: [], extra: true }),
      JSON.stringify({ label: "x", steps: [{ title: "t", questions: [{ text: 5 }] }] }),
    ]) {
      const parsed = saveDraftSchema.safeParse({ ...ids, content: bad });
      expect(parsed.success, bad).toBe(false);
      if (!parsed.success)
        expect(new Set(parsed.error.issues.map((i) => i.message))).toEqual(
          new Set([DRAFT_UNREADABLE]),
        );
    }
    expect(saveDraftSchema.safeParse({ ...ids, baseline: "stale", content: "{}" }).success).toBe(
      false,
    );
  });
});

describe("framework files", () => {
  it("exports with the attribution, and an import of that file reads back the same", () => {
    const exported = frameworkExport(content(), { isAdapted: true });
    expect(exported.attribution).toBe(ADAPTATION_ATTRIBUTION);
    expect(frameworkExport(content(), { isAdapted: false }).attribution).toBe(FRAMEWORK_CITATION);
    const parsed = parseFrameworkFile(withoutAttribution(JSON.stringify(exported)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(fromFrameworkFile(parsed.file, () => "x:y")).toEqual(content());
  });

  it("leaves any other file as it is for the file rules to judge", () => {
    expect(withoutAttribution("not json")).toBe("not json");
    expect(withoutAttribution("[1,2]")).toBe("[1,2]");
    const odd = JSON.stringify({ attribution: 5, format: "x" });
    expect(withoutAttribution(odd)).toBe(odd);
    const parsed = parseFrameworkFile(
      withoutAttribution(JSON.stringify({ attribution: "a", evil: 1 })),
    );
    expect(parsed.ok).toBe(false);
  });

  it("names files and keys in lower case", () => {
    expect(frameworkFileName("Northshire Adaptation (2027)", 2)).toBe(
      "framework-northshire-adaptation-2027-v2.json",
    );
    expect(newFrameworkKey("Northshire-SCP", "AB12")).toBe("northshire-scp-ab12");
    expect(newLineageKey("northshire-scp-ab12", "C3")).toBe("northshire-scp-ab12:c3");
    // The keys meet the file format's rule, so they survive export and import.
    const file = frameworkExport(
      {
        ...content(),
        steps: [
          {
            lineageKey: newLineageKey(newFrameworkKey("Northshire-SCP", "ab12"), "c3"),
            title: "t",
            questions: [{ lineageKey: "northshire-scp-ab12:d4", text: "q" }],
          },
        ],
      },
      { isAdapted: true },
    );
    expect(parseFrameworkFile(withoutAttribution(JSON.stringify(file))).ok).toBe(true);
  });
});

describe("the import form", () => {
  const partnershipId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
  const message = (file: unknown) => {
    const parsed = importFrameworkSchema.safeParse({ partnershipId, file });
    return parsed.success ? null : parsed.error.issues.map((i) => i.message);
  };

  it("needs a file, not empty, at most 200 KB", () => {
    expect(message(undefined)).toEqual(["Select a framework file to import"]);
    expect(message(new File([], ""))).toEqual(["Select a framework file to import"]);
    expect(message(new File([], "a.json"))).toEqual(["The selected file is empty"]);
    expect(message(new File(["x".repeat(200_001)], "a.json"))).toEqual([
      "The file must be 200 KB or smaller",
    ]);
    expect(message(new File(["{}"], "a.json"))).toBeNull();
  });
});
