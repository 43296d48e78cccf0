import { describe, expect, it } from "vitest";
import {
  diffVersions,
  frameworkAttribution,
  fromFrameworkFile,
  parseFrameworkFile,
  toFrameworkFile,
  type VersionContent,
} from "../../lib/domain/framework-versions";
import {
  ADAPTATION_ATTRIBUTION,
  FRAMEWORK_CITATION,
  RAG_DEFINITIONS,
  SIX_STEPS_FRAMEWORK,
} from "../../lib/framework/six-steps";

/** The original Six Steps as version content. */
function original(): VersionContent {
  return {
    title: SIX_STEPS_FRAMEWORK.title,
    label: "Original (Pearce 2019)",
    rag: { ...RAG_DEFINITIONS },
    steps: SIX_STEPS_FRAMEWORK.steps.map((step) => ({
      lineageKey: `six-steps:step-${step.number}`,
      title: step.title,
      questions: step.questions.map((q) => ({ lineageKey: q.lineageKey, text: q.text })),
    })),
  };
}

describe("frameworkAttribution", () => {
  it("cites the original and gives seed 001's attribution, to the letter, for an adaptation", () => {
    expect(frameworkAttribution({ isAdapted: false })).toBe(FRAMEWORK_CITATION);
    expect(frameworkAttribution({ isAdapted: true })).toBe(
      "Adapted from Pearce, J (2019) Six Steps for Independent Scrutiny: Safeguarding children arrangements. Institute of Applied Social Research, Luton, University of Bedfordshire",
    );
    expect(frameworkAttribution({ isAdapted: true })).toBe(ADAPTATION_ATTRIBUTION);
  });
});

describe("diffVersions", () => {
  it("finds nothing between a version and itself", () => {
    expect(diffVersions(original(), original())).toEqual({
      added: [],
      removed: [],
      reworded: [],
      moved: [],
      persisting: 24,
    });
  });

  it("names added, removed, reworded and moved questions by identity", () => {
    const adapted = original();
    // Step 3 gains a question; step 6 loses its second; 1.2 is reworded.
    adapted.steps[2]!.questions.push({ lineageKey: "northshire:q-1", text: "A new question?" });
    adapted.steps[5]!.questions.splice(1, 1);
    adapted.steps[0]!.questions[1]!.text = "Reworded question?";
    // A seventh step.
    adapted.steps.push({
      lineageKey: "northshire:step-7",
      title: "Learning from reviews",
      questions: [{ lineageKey: "northshire:q-2", text: "Are rapid reviews timely?" }],
    });
    const diff = diffVersions(original(), adapted);
    expect(diff.added.map((q) => [q.code, q.text])).toEqual([
      ["3.5", "A new question?"],
      ["7.1", "Are rapid reviews timely?"],
    ]);
    expect(diff.removed.map((q) => q.code)).toEqual(["6.2"]);
    expect(diff.reworded).toEqual([
      {
        lineageKey: "six-steps:1.2",
        code: "1.2",
        before: SIX_STEPS_FRAMEWORK.steps[0]!.questions[1]!.text,
        after: "Reworded question?",
      },
    ]);
    // 6.3 and 6.4 became 6.2 and 6.3: the same questions, so their trends continue.
    expect(diff.moved).toEqual([
      { lineageKey: "six-steps:6.3", from: "6.3", to: "6.2" },
      { lineageKey: "six-steps:6.4", from: "6.4", to: "6.3" },
    ]);
    expect(diff.persisting).toBe(23);
  });
});

describe("framework files", () => {
  it("round-trips a version exactly, keys included", () => {
    const content = original();
    const text = JSON.stringify(toFrameworkFile(content));
    const parsed = parseFrameworkFile(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(fromFrameworkFile(parsed.file, () => "unused:key")).toEqual(content);
  });

  it("gives new keys to a hand-made file's steps and questions", () => {
    let n = 0;
    const parsed = parseFrameworkFile(
      JSON.stringify({
        format: "six-steps-framework",
        formatVersion: 1,
        title: "Our framework",
        label: "Draft 1",
        rag: { GREEN: "g", AMBER: "a", RED: "r" },
        steps: [{ title: "Voice", questions: [{ text: "Do children shape plans?" }] }],
      }),
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(fromFrameworkFile(parsed.file, () => `ours:k-${(n += 1)}`).steps).toEqual([
        {
          lineageKey: "ours:k-1",
          title: "Voice",
          questions: [{ lineageKey: "ours:k-2", text: "Do children shape plans?" }],
        },
      ]);
  });

  it("refuses files that are not JSON, too big, or another format, saying why", () => {
    expect(parseFrameworkFile("{ not json")).toEqual({
      ok: false,
      problems: ["The file is not valid JSON: export it again from Six Steps"],
    });
    expect(parseFrameworkFile(`"${"x".repeat(200_001)}"`)).toEqual({
      ok: false,
      problems: ["The file must be 200 KB or smaller"],
    });
    const other = parseFrameworkFile(JSON.stringify({ format: "spreadsheet", formatVersion: 1 }));
    expect(other.ok).toBe(false);
    if (!other.ok)
      expect(other.problems).toContain(
        'format: This is not a Six Steps framework file: "format" must be "six-steps-framework"',
      );
  });

  it("lists every problem with where it is, and refuses unknown fields and repeated keys", () => {
    const file = toFrameworkFile(original());
    const bad = {
      ...file,
      extra: true,
      steps: [
        { ...file.steps[0]!, questions: [{ key: "six-steps:1.1", text: "" }] },
        { ...file.steps[1]!, questions: [] },
        { ...file.steps[2]!, questions: [{ key: "six-steps:1.1", text: "Again" }] },
        { title: "x", questions: [{ text: "ok", evil: 1 }] },
      ],
    };
    const parsed = parseFrameworkFile(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems).toEqual(
        expect.arrayContaining([
          "The file has fields this format does not have: extra",
          "Step 1, question 1, text: Enter the question text",
          "Step 2, questions: A step needs at least one question",
          "Step 3, question 1, key: The key ‘six-steps:1.1’ is used more than once",
          "Step 4, question 1 has fields this format does not have: evil",
        ]),
      );
  });

  it("refuses an object where text belongs whose length cannot be compared, without crashing", () => {
    // zod's length checks compare an object's `length` with a number, which throws for this one.
    const hostile = { length: { toString: "x", valueOf: 1 } };
    const file = { ...toFrameworkFile(original()), title: hostile };
    const parsed = parseFrameworkFile(JSON.stringify(file));
    expect(parsed).toEqual({
      ok: false,
      problems: [
        "The file holds values that cannot be read where text or numbers belong: export it again from Six Steps",
      ],
    });
  });

  it("does not let a file's __proto__ field reach any object", () => {
    const file = JSON.stringify(toFrameworkFile(original())).replace(
      '"title":',
      '"__proto__":{"polluted":true},"title":',
    );
    const parsed = parseFrameworkFile(file);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems).toEqual(["The file has fields this format does not have: __proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses more steps or questions than a framework can have", () => {
    const file = toFrameworkFile(original());
    const many = { ...file, steps: Array.from({ length: 21 }, () => file.steps[0]!) };
    const parsed = parseFrameworkFile(JSON.stringify(many));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems).toContain("steps: A framework can have at most 20 steps");
  });
});
