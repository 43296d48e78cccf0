import { z } from "zod";
import { ADAPTATION_ATTRIBUTION, FRAMEWORK_CITATION } from "@/lib/framework/six-steps";
import { hasUnstorableCharacter, parseInput, UNREADABLE_INPUT } from "@/lib/validation";

/**
 * Framework versions as plain data, for adapting, comparing and sharing them (seed 001: the model
 * "can be adapted in any way needed, extending or reducing the number of steps and extending or
 * reducing the number of questions in each step"). Steps and questions carry a stable lineage key:
 * a question keeps its key when it is reworded or moved, so trends across cycles follow it; a new
 * question gets a new key. Codes ("3.2") come from positions and are never stored here.
 */

export type VersionQuestion = { lineageKey: string; text: string };
export type VersionStep = { lineageKey: string; title: string; questions: VersionQuestion[] };
export type VersionContent = {
  title: string;
  label: string;
  rag: { GREEN: string; AMBER: string; RED: string };
  steps: VersionStep[];
};

/** The text every page and export shows under a framework: the citation, or the attribution. */
export function frameworkAttribution(version: { isAdapted: boolean }): string {
  return version.isAdapted ? ADAPTATION_ATTRIBUTION : FRAMEWORK_CITATION;
}

/** "3.2" for the second question of the third step. */
export function questionCode(stepIndex: number, questionIndex: number): string {
  return `${stepIndex + 1}.${questionIndex + 1}`;
}

type Located = { lineageKey: string; code: string; text: string };

function locate(content: Pick<VersionContent, "steps">): Map<string, Located> {
  const found = new Map<string, Located>();
  content.steps.forEach((step, s) =>
    step.questions.forEach((question, q) =>
      found.set(question.lineageKey, {
        lineageKey: question.lineageKey,
        code: questionCode(s, q),
        text: question.text,
      }),
    ),
  );
  return found;
}

export type VersionDiff = {
  added: Located[];
  removed: Located[];
  reworded: Array<{ lineageKey: string; code: string; before: string; after: string }>;
  moved: Array<{ lineageKey: string; from: string; to: string }>;
  /** Questions in both versions: their trends continue across the two. */
  persisting: number;
};

/**
 * What changed from one version to another, by question identity: added, removed, reworded and
 * moved questions. A question can be both reworded and moved.
 */
export function diffVersions(
  from: Pick<VersionContent, "steps">,
  to: Pick<VersionContent, "steps">,
): VersionDiff {
  const before = locate(from);
  const after = locate(to);
  const diff: VersionDiff = { added: [], removed: [], reworded: [], moved: [], persisting: 0 };
  for (const [key, question] of after) {
    const old = before.get(key);
    if (!old) {
      diff.added.push(question);
      continue;
    }
    diff.persisting += 1;
    if (old.text !== question.text)
      diff.reworded.push({
        lineageKey: key,
        code: question.code,
        before: old.text,
        after: question.text,
      });
    if (old.code !== question.code)
      diff.moved.push({ lineageKey: key, from: old.code, to: question.code });
  }
  for (const [key, question] of before) if (!after.has(key)) diff.removed.push(question);
  return diff;
}

// ───────────────────────────── Sharing a version as a JSON file ─────────────────────────────

export const FRAMEWORK_FILE_FORMAT = "six-steps-framework";
export const FRAMEWORK_FILE_VERSION = 1;
export const MAX_FRAMEWORK_FILE_BYTES = 200_000;
export const MAX_STEPS = 20;
export const MAX_QUESTIONS_PER_STEP = 20;
const MAX_TEXT = 1_000;

const KEY = /^[a-z0-9][a-z0-9-]*:[a-z0-9][a-z0-9.-]*$/;

const text = (what: string, max: number) =>
  z
    .string({ error: `Give the ${what} as text` })
    .trim()
    .min(1, `Enter the ${what}`)
    .max(max, `The ${what} must be ${max.toLocaleString("en-GB")} characters or fewer`)
    .refine(
      (value) => !hasUnstorableCharacter(value),
      `The ${what} contains a hidden character that cannot be saved`,
    );

const key = z
  .string({ error: "Give the key as text" })
  .regex(
    KEY,
    "A key must look like ‘my-partnership:question-1’ (lower-case letters, digits and hyphens)",
  )
  .optional();

/** Fields the format does not have, named (at most five, shortened) so they can be removed. */
function extraFields(keys: readonly string[]): string {
  const named = keys.slice(0, 5).map((key) =>
    Array.from(key.replace(/[\p{Cc}\p{Cf}]/gu, ""))
      .slice(0, 40)
      .join(""),
  );
  return keys.length > 5 ? `${named.join(", ")} and ${keys.length - 5} more` : named.join(", ");
}

/** A part of the file: an object with exactly these fields. */
const part = <S extends z.ZodRawShape>(shape: S, notObject: string) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? "Remove the fields this format does not have"
        : notObject,
  });

/**
 * The documented file format (docs/framework-file-format.md). Unknown fields are refused, so a
 * file that means something else is not half-read.
 */
export const frameworkFileSchema = part(
  {
    format: z.literal(FRAMEWORK_FILE_FORMAT, {
      error: `This is not a Six Steps framework file: "format" must be "${FRAMEWORK_FILE_FORMAT}"`,
    }),
    formatVersion: z.literal(FRAMEWORK_FILE_VERSION, {
      error: `This file's format version is not one this service reads (it reads version ${FRAMEWORK_FILE_VERSION})`,
    }),
    title: text("framework title", 200),
    label: text("version label", 200),
    rag: part(
      {
        GREEN: text("Green definition", MAX_TEXT),
        AMBER: text("Amber definition", MAX_TEXT),
        RED: text("Red definition", MAX_TEXT),
      },
      "Give the Red, Amber and Green definitions",
    ),
    steps: z
      .array(
        part(
          {
            key,
            title: text("step title", 300),
            questions: z
              .array(
                part(
                  { key, text: text("question text", MAX_TEXT) },
                  "Give each question as its text and, optionally, its key",
                ),
                { error: "Give the step's questions as a list" },
              )
              .min(1, "A step needs at least one question")
              .max(
                MAX_QUESTIONS_PER_STEP,
                `A step can have at most ${MAX_QUESTIONS_PER_STEP} questions`,
              ),
          },
          "Give each step as its title, its questions and, optionally, its key",
        ),
        { error: "Give the steps as a list" },
      )
      .min(1, "A framework needs at least one step")
      .max(MAX_STEPS, `A framework can have at most ${MAX_STEPS} steps`),
  },
  "This is not a Six Steps framework file: export it again from Six Steps",
).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.steps.forEach((step, s) => {
    const keys = [
      { value: step.key, path: ["steps", s, "key"] },
      ...step.questions.map((q, i) => ({
        value: q.key,
        path: ["steps", s, "questions", i, "key"],
      })),
    ];
    for (const { value, path } of keys) {
      if (!value) continue;
      if (seen.has(value))
        ctx.addIssue({
          code: "custom",
          path,
          message: `The key ‘${value}’ is used more than once`,
        });
      seen.add(value);
    }
  });
});

export type FrameworkFile = z.infer<typeof frameworkFileSchema>;

/** Where a problem is, in words: "Step 3, question 2, text". */
function describePath(path: PropertyKey[]): string {
  const words: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const part = path[i];
    const next = path[i + 1];
    if (part === "steps" && typeof next === "number") {
      words.push(`Step ${next + 1}`);
      i += 1;
    } else if (part === "questions" && typeof next === "number") {
      words.push(`question ${next + 1}`);
      i += 1;
    } else if (typeof part === "string") words.push(part);
  }
  return words.join(", ");
}

export type ParsedFrameworkFile =
  { ok: true; file: FrameworkFile } | { ok: false; problems: string[] };

/**
 * Reads an uploaded framework file. A malformed or hostile file gets a list of what is wrong, in
 * words, and nothing else happens.
 */
export function parseFrameworkFile(raw: string): ParsedFrameworkFile {
  if (new TextEncoder().encode(raw).length > MAX_FRAMEWORK_FILE_BYTES)
    return {
      ok: false,
      problems: [`The file must be ${MAX_FRAMEWORK_FILE_BYTES / 1000} KB or smaller`],
    };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, problems: ["The file is not valid JSON: export it again from Six Steps"] };
  }
  const parsed = parseInput(frameworkFileSchema, json);
  if (parsed.success) return { ok: true, file: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    if (issue.message === UNREADABLE_INPUT)
      return "The file holds values that cannot be read where text or numbers belong: export it again from Six Steps";
    if (issue.code === "unrecognized_keys")
      return `${describePath(issue.path) || "The file"} has fields this format does not have: ${extraFields(issue.keys)}`;
    const where = describePath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  return { ok: false, problems: [...new Set(problems)].slice(0, 50) };
}

/** A version as a shareable file: keys travel with it so trends survive the round trip. */
export function toFrameworkFile(content: VersionContent): FrameworkFile {
  return {
    format: FRAMEWORK_FILE_FORMAT,
    formatVersion: FRAMEWORK_FILE_VERSION,
    title: content.title,
    label: content.label,
    rag: { ...content.rag },
    steps: content.steps.map((step) => ({
      key: step.lineageKey,
      title: step.title,
      questions: step.questions.map((q) => ({ key: q.lineageKey, text: q.text })),
    })),
  };
}

/**
 * A file's content as a version, giving keys to steps and questions that have none (a hand-made
 * file) with `newKey`.
 */
export function fromFrameworkFile(file: FrameworkFile, newKey: () => string): VersionContent {
  return {
    title: file.title,
    label: file.label,
    rag: { ...file.rag },
    steps: file.steps.map((step) => ({
      lineageKey: step.key ?? newKey(),
      title: step.title,
      questions: step.questions.map((q) => ({ lineageKey: q.key ?? newKey(), text: q.text })),
    })),
  };
}
