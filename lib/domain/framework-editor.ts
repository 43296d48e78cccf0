import { z } from "zod";
import {
  FRAMEWORK_FILE_FORMAT,
  FRAMEWORK_FILE_VERSION,
  MAX_FRAMEWORK_FILE_BYTES,
  frameworkAttribution,
  frameworkFileSchema,
  toFrameworkFile,
  type FrameworkFile,
  type VersionContent,
} from "./framework-versions";
import { slugify } from "./slug";
import { parseInput } from "@/lib/validation";

/**
 * Editing a framework draft, as plain data: the editor holds the whole draft in the browser and
 * saves it in one go. Existing steps and questions keep their lineage key (so their trends follow
 * them); new ones have none until the server gives them one. `id` only tells React which item is
 * which while editing.
 */

export type EditorQuestion = { id: string; key: string | null; text: string };
export type EditorStep = {
  id: string;
  key: string | null;
  title: string;
  questions: EditorQuestion[];
};
export type EditorDraft = { label: string; steps: EditorStep[] };

export function toEditorDraft(content: Pick<VersionContent, "label" | "steps">): EditorDraft {
  return {
    label: content.label,
    steps: content.steps.map((step) => ({
      id: step.lineageKey,
      key: step.lineageKey,
      title: step.title,
      questions: step.questions.map((q) => ({ id: q.lineageKey, key: q.lineageKey, text: q.text })),
    })),
  };
}

type Direction = -1 | 1;

function move<T>(items: T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items;
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

function withStep(
  draft: EditorDraft,
  stepIndex: number,
  change: (step: EditorStep) => EditorStep,
): EditorDraft {
  const step = draft.steps[stepIndex];
  if (!step) return draft;
  return { ...draft, steps: draft.steps.map((s, i) => (i === stepIndex ? change(s) : s)) };
}

export function setLabel(draft: EditorDraft, label: string): EditorDraft {
  return { ...draft, label };
}

/** A new step, with one empty question ready to fill in (a step needs at least one). */
export function addStep(draft: EditorDraft, ids: { step: string; question: string }): EditorDraft {
  return {
    ...draft,
    steps: [
      ...draft.steps,
      {
        id: ids.step,
        key: null,
        title: "",
        questions: [{ id: ids.question, key: null, text: "" }],
      },
    ],
  };
}

export function retitleStep(draft: EditorDraft, stepIndex: number, title: string): EditorDraft {
  return withStep(draft, stepIndex, (step) => ({ ...step, title }));
}

export function moveStep(draft: EditorDraft, stepIndex: number, by: Direction): EditorDraft {
  const steps = move(draft.steps, stepIndex, stepIndex + by);
  return steps === draft.steps ? draft : { ...draft, steps };
}

export function removeStep(draft: EditorDraft, stepIndex: number): EditorDraft {
  if (!draft.steps[stepIndex]) return draft;
  return { ...draft, steps: draft.steps.filter((_, i) => i !== stepIndex) };
}

export function addQuestion(draft: EditorDraft, stepIndex: number, id: string): EditorDraft {
  return withStep(draft, stepIndex, (step) => ({
    ...step,
    questions: [...step.questions, { id, key: null, text: "" }],
  }));
}

export function rewordQuestion(
  draft: EditorDraft,
  stepIndex: number,
  questionIndex: number,
  text: string,
): EditorDraft {
  return withStep(draft, stepIndex, (step) =>
    step.questions[questionIndex]
      ? {
          ...step,
          questions: step.questions.map((q, i) => (i === questionIndex ? { ...q, text } : q)),
        }
      : step,
  );
}

/** Up or down within its step. */
export function moveQuestion(
  draft: EditorDraft,
  stepIndex: number,
  questionIndex: number,
  by: Direction,
): EditorDraft {
  const step = draft.steps[stepIndex];
  if (!step) return draft;
  const questions = move(step.questions, questionIndex, questionIndex + by);
  return questions === step.questions
    ? draft
    : withStep(draft, stepIndex, (s) => ({ ...s, questions }));
}

/** To the end of another step; it keeps its identity, so its trend continues. */
export function moveQuestionToStep(
  draft: EditorDraft,
  stepIndex: number,
  questionIndex: number,
  targetStepIndex: number,
): EditorDraft {
  const question = draft.steps[stepIndex]?.questions[questionIndex];
  if (!question || stepIndex === targetStepIndex || !draft.steps[targetStepIndex]) return draft;
  return {
    ...draft,
    steps: draft.steps.map((step, i) => {
      if (i === stepIndex)
        return { ...step, questions: step.questions.filter((_, q) => q !== questionIndex) };
      if (i === targetStepIndex) return { ...step, questions: [...step.questions, question] };
      return step;
    }),
  };
}

export function removeQuestion(
  draft: EditorDraft,
  stepIndex: number,
  questionIndex: number,
): EditorDraft {
  return withStep(draft, stepIndex, (step) => ({
    ...step,
    questions: step.questions.filter((_, i) => i !== questionIndex),
  }));
}

// ───────────────────────────── Saving a draft ─────────────────────────────

/** What the editor posts: the draft without its browser-only ids. */
export type DraftPayload = {
  label: string;
  steps: Array<{
    key?: string | null;
    title: string;
    questions: Array<{ key?: string | null; text: string }>;
  }>;
};

export function toDraftPayload(draft: EditorDraft): DraftPayload {
  return {
    label: draft.label,
    steps: draft.steps.map((step) => ({
      key: step.key,
      title: step.title,
      questions: step.questions.map((q) => ({ key: q.key, text: q.text })),
    })),
  };
}

export const DRAFT_UNREADABLE =
  "The draft could not be read. Reload the page and try again: nothing was saved";

const unreadable = { error: DRAFT_UNREADABLE };
// Generous outer bounds for a hostile post; the framework's own rules give the real messages.
const looseText = z.string(unreadable).max(10_000, unreadable);
const looseKey = z.string(unreadable).max(300, unreadable).nullish();

export const draftPayloadSchema = z.strictObject(
  {
    label: looseText,
    steps: z
      .array(
        z.strictObject(
          {
            key: looseKey,
            title: looseText,
            questions: z
              .array(z.strictObject({ key: looseKey, text: looseText }, unreadable), unreadable)
              .max(100, unreadable),
          },
          unreadable,
        ),
        unreadable,
      )
      .max(100, unreadable),
  },
  unreadable,
);

function parseJson(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

const HASH = /^[0-9a-f]{64}$/;

/**
 * Saving a draft: the whole content (JSON, from a hidden field) and the fingerprint of the stored
 * draft it was edited from, so an edit made over someone else's save is refused, not lost.
 */
export const saveDraftSchema = z.object({
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  versionId: z.uuid({ error: "That framework version does not exist" }),
  baseline: z.string({ error: DRAFT_UNREADABLE }).regex(HASH, DRAFT_UNREADABLE),
  content: z.preprocess(parseJson, draftPayloadSchema),
});

export type SaveDraftInput = z.infer<typeof saveDraftSchema>;

/** The field a problem belongs to, as the editor's input ids (the error summary links to them). */
export function draftFieldId(path: readonly PropertyKey[]): string {
  const [first, stepIndex, third, questionIndex] = path;
  if (first === "label") return "draft-label";
  if (first !== "steps") return "form";
  if (typeof stepIndex !== "number") return "add-step";
  const step = `step-${stepIndex + 1}`;
  if (third === "questions") {
    if (typeof questionIndex !== "number") return `${step}-add-question`;
    return `${step}-question-${questionIndex + 1}-text`;
  }
  return `${step}-title`;
}

/** "Step 3, question 2" for `step-3-question-2-text`: the words in front of a message. */
export function draftFieldLabel(id: string): string | undefined {
  if (id === "draft-label") return "Version label";
  if (id === "add-step") return "Steps";
  const question = /^step-(\d+)-question-(\d+)-text$/.exec(id);
  if (question) return `Step ${question[1]}, question ${question[2]}`;
  const step = /^step-(\d+)-(?:title|add-question)$/.exec(id);
  if (step) return `Step ${step[1]}`;
  return undefined;
}

export type CheckedDraft =
  { ok: true; file: FrameworkFile } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * A posted draft checked by the same rules as an imported file (1–20 steps, 1–20 questions a step,
 * every text filled in, keys unique), as the file those rules accept, texts trimmed.
 */
export function checkDraft(
  payload: DraftPayload,
  framework: { title: string; rag: VersionContent["rag"] },
): CheckedDraft {
  const candidate = {
    format: FRAMEWORK_FILE_FORMAT,
    formatVersion: FRAMEWORK_FILE_VERSION,
    title: framework.title,
    label: payload.label,
    rag: { ...framework.rag },
    steps: payload.steps.map((step) => ({
      ...(step.key ? { key: step.key } : {}),
      title: step.title,
      questions: step.questions.map((q) => ({ ...(q.key ? { key: q.key } : {}), text: q.text })),
    })),
  };
  const parsed = parseInput(frameworkFileSchema, candidate);
  if (parsed.success) return { ok: true, file: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const id = draftFieldId(issue.path);
    const list = (fieldErrors[id] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return { ok: false, fieldErrors };
}

/**
 * Keys a client sent that this draft does not have (a step's key must be one of the draft's steps,
 * a question's one of its questions): a client can keep identities, never invent or borrow them.
 */
export function foreignKeys(
  file: FrameworkFile,
  existing: { steps: ReadonlySet<string>; questions: ReadonlySet<string> },
): string[] {
  const foreign: string[] = [];
  for (const step of file.steps) {
    if (step.key && !existing.steps.has(step.key)) foreign.push(step.key);
    for (const q of step.questions)
      if (q.key && !existing.questions.has(q.key)) foreign.push(q.key);
  }
  return foreign;
}

/** A string that changes whenever the draft's label, order, texts or identities change. */
export function draftCanonical(content: Pick<VersionContent, "label" | "steps">): string {
  return JSON.stringify([
    content.label,
    content.steps.map((step) => [
      step.lineageKey,
      step.title,
      step.questions.map((q) => [q.lineageKey, q.text]),
    ]),
  ]);
}

// ───────────────────────────── Keys and files ─────────────────────────────

/** A framework's key, unique to it: "<partnership slug>-<random>", lower case. */
export function newFrameworkKey(partnershipSlug: string, random: string): string {
  return `${slugify(partnershipSlug).slice(0, 60)}-${random.toLowerCase()}`;
}

/** A new step's or question's identity within a framework: "<framework key>:<random>". */
export function newLineageKey(frameworkKey: string, random: string): string {
  return `${frameworkKey}:${random.toLowerCase()}`;
}

/** "framework-northshire-adaptation-v2.json" */
export function frameworkFileName(title: string, version: number): string {
  return `framework-${slugify(title)}-v${version}.json`;
}

/**
 * A version as the downloaded file: the documented format plus the attribution (or, for the
 * original, its citation), so every copy of an adapted framework carries seed 001's reference.
 */
export function frameworkExport(
  content: VersionContent,
  version: { isAdapted: boolean },
): FrameworkFile & { attribution: string } {
  const { format, formatVersion, title, label, rag, steps } = toFrameworkFile(content);
  return {
    format,
    formatVersion,
    title,
    label,
    attribution: frameworkAttribution(version),
    rag,
    steps,
  };
}

/**
 * An uploaded file's text, without the top-level "attribution" our exports carry (the service sets
 * the attribution itself, whatever a file says), for `parseFrameworkFile`. Anything else is left
 * exactly as it is, for the file rules to judge.
 */
export function withoutAttribution(raw: string): string {
  if (new TextEncoder().encode(raw).length > MAX_FRAMEWORK_FILE_BYTES) return raw;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return raw;
  }
  if (
    !json ||
    typeof json !== "object" ||
    Array.isArray(json) ||
    !Object.hasOwn(json, "attribution") ||
    typeof (json as { attribution: unknown }).attribution !== "string"
  )
    return raw;
  const { attribution: _attribution, ...rest } = json as Record<string, unknown>;
  return JSON.stringify(rest);
}

// ───────────────────────────── Adapting and importing ─────────────────────────────

const title = z
  .string({ error: "Enter a title for the adapted framework" })
  .trim()
  .min(1, "Enter a title for the adapted framework")
  .max(200, "The title must be 200 characters or fewer");

export const ADAPT_FIELD_LABELS = { title: "Title of the adapted framework" };

export const adaptFrameworkSchema = z.object({
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  versionId: z.uuid({ error: "Select a published framework version to adapt" }),
  title,
});

export const versionActionSchema = z.object({
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  versionId: z.uuid({ error: "That framework version does not exist" }),
});

export const IMPORT_MESSAGES = {
  file: "Select a framework file to import",
  empty: "The selected file is empty",
  tooLarge: `The file must be ${MAX_FRAMEWORK_FILE_BYTES / 1000} KB or smaller`,
  refused: "The file was not imported. Correct these problems in the file and try again",
} as const;

/** A file input left empty still sends a nameless, empty File. */
const chosenFile = (value: unknown): value is File =>
  value instanceof File && (value.size > 0 || value.name !== "");

export const importFrameworkSchema = z.object({
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  file: z
    .custom<File>((value) => chosenFile(value), IMPORT_MESSAGES.file)
    .superRefine((file, ctx) => {
      if (!(file instanceof File)) return;
      if (file.size === 0) ctx.addIssue({ code: "custom", message: IMPORT_MESSAGES.empty });
      else if (file.size > MAX_FRAMEWORK_FILE_BYTES)
        ctx.addIssue({ code: "custom", message: IMPORT_MESSAGES.tooLarge });
    }),
});
