import { z } from "zod";
import { SECTION_SIX_QUESTIONS, type SectionSixQuestion } from "@/lib/framework/six-steps";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";

/**
 * The partnership's scrutiny arrangements (seed 001 Section 6: the 18 context questions) and the
 * partnership profile its published arrangements need (seed 002 §3.9: who the safeguarding partners
 * are, the geographical boundaries, the relevant agencies and why they were chosen). Pure rules,
 * form schemas and history wording; no database types.
 */

export const ARRANGEMENT_QUESTION_COUNT = SECTION_SIX_QUESTIONS.length;
export const ANSWER_MAX = 4_000;
export const AGENCY_TEXT_MAX = 2_000;
export const AREA_MAX = 200;
export const AREAS_MAX = 50;

/** The question with this number, or null: the numbers come from links, so they are checked. */
export function arrangementQuestion(number: number): SectionSixQuestion | null {
  return SECTION_SIX_QUESTIONS.find((question) => question.number === number) ?? null;
}

/** "7" from a page address → 7; anything that is not one of the questions → null. */
export function parseQuestionNumber(raw: string): number | null {
  if (!/^[1-9]\d?$/.test(raw)) return null;
  const number = Number(raw);
  return arrangementQuestion(number) ? number : null;
}

export const ARRANGEMENT_MESSAGES = {
  question: `Choose one of the ${ARRANGEMENT_QUESTION_COUNT} questions about the scrutiny arrangements`,
  answer: "Enter an answer",
  answerLength: `The answer must be ${ANSWER_MAX.toLocaleString("en-GB")} characters or fewer`,
  version: "Reload the page and try again",
  conflict:
    "Someone else changed this answer while you were editing it. Their answer is shown below: check it, then save again if you still want to replace it with yours.",
} as const;

export const PROFILE_MESSAGES = {
  areasRequired: "Enter at least one local authority area",
  areaLength: `Each local authority area must be ${AREA_MAX} characters or fewer`,
  areasCount: `Enter no more than ${AREAS_MAX} local authority areas`,
  whyChosenLength: `Why the agency was chosen must be ${AGENCY_TEXT_MAX.toLocaleString("en-GB")} characters or fewer`,
  contributionLength: `The agency’s contribution must be ${AGENCY_TEXT_MAX.toLocaleString("en-GB")} characters or fewer`,
  agency: "That relevant agency does not exist. Reload the page and try again",
  duplicateAgency: "Each relevant agency can be changed only once in a save",
  version: "Reload the page and try again",
  conflict:
    "Someone else changed the partnership profile while you were editing it. What they saved is shown under each part that changed: check it, then save again if you still want to replace it with yours.",
  notRelevantAgency:
    "Only relevant agencies have a reason for being chosen and a contribution. Reload the page and try again.",
} as const;

/** Browsers send a textarea's line breaks as CRLF; stored text uses LF, so lengths match what was typed. */
function normaliseLineBreaks(value: string): string {
  return value.replace(/\r\n?/g, "\n");
}

const partnershipId = z.uuid({ error: "That partnership does not exist" });

export const saveArrangementAnswerSchema = z.object({
  partnershipId,
  questionNumber: z.coerce
    .number({ error: ARRANGEMENT_MESSAGES.question })
    .int({ error: ARRANGEMENT_MESSAGES.question })
    .refine((number) => arrangementQuestion(number) !== null, {
      error: ARRANGEMENT_MESSAGES.question,
    }),
  answer: z
    .string({ error: ARRANGEMENT_MESSAGES.answer })
    .transform((value) => normaliseLineBreaks(value).trim())
    .pipe(
      z
        .string()
        .min(1, { error: ARRANGEMENT_MESSAGES.answer })
        .max(ANSWER_MAX, { error: ARRANGEMENT_MESSAGES.answerLength }),
    ),
  // 0 for a question not answered yet; otherwise the version the person edited.
  version: z.coerce
    .number({ error: ARRANGEMENT_MESSAGES.version })
    .int({ error: ARRANGEMENT_MESSAGES.version })
    .min(0, { error: ARRANGEMENT_MESSAGES.version })
    .max(2_147_483_647, { error: ARRANGEMENT_MESSAGES.version }),
});

export type SaveArrangementAnswerInput = z.infer<typeof saveArrangementAnswerSchema>;

/**
 * The local authority areas from the form's textarea, one a line: blank lines dropped, spaces
 * tidied, repeats (ignoring case) kept once in the order first written.
 */
export function parseAreas(value: string | string[]): string[] {
  const lines = (Array.isArray(value) ? value : normaliseLineBreaks(value).split("\n")).map(
    (line) => line.replace(/\s+/g, " ").trim(),
  );
  const seen = new Set<string>();
  const areas: string[] = [];
  for (const line of lines) {
    const key = line.toLowerCase();
    if (!line || seen.has(key)) continue;
    seen.add(key);
    areas.push(line);
  }
  return areas;
}

/** The areas as the textarea shows them. */
export function areasText(areas: readonly string[]): string {
  return areas.join("\n");
}

/** Blank means "not recorded" (null). */
const optionalText = (message: string, notText: string) =>
  z
    .string({ error: notText })
    .nullish()
    .transform((value) => (value ? normaliseLineBreaks(value).trim() : "") || null)
    .pipe(z.string().max(AGENCY_TEXT_MAX, { error: message }).nullable());

/** A record's updatedAt as the form got it: the version for optimistic concurrency. */
const version = z.iso.datetime({ error: PROFILE_MESSAGES.version });

const agencyInput = z.object(
  {
    id: z.uuid({ error: PROFILE_MESSAGES.agency }),
    version,
    whyChosen: optionalText(
      PROFILE_MESSAGES.whyChosenLength,
      "Enter why the agency was chosen as text",
    ),
    contribution: optionalText(
      PROFILE_MESSAGES.contributionLength,
      "Enter the agency’s contribution as text",
    ),
  },
  { error: PROFILE_MESSAGES.agency },
);

const AGENCY_KEY = /^agencies\.(\d{1,3})\.(id|version|whyChosen|contribution)$/;

/**
 * A form post names each agency's fields `agencies.<index>.<field>`, so that field errors (zod
 * paths joined with dots) are the inputs' ids; they are gathered into an array here.
 */
function gatherAgencies(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const record: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  if (record.agencies !== undefined) return record;
  const agencies: Array<Record<string, unknown>> = [];
  for (const [key, value] of Object.entries(record)) {
    const match = AGENCY_KEY.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    (agencies[index] ??= {})[match[2] as string] = value;
    delete record[key];
  }
  record.agencies = agencies.filter(Boolean);
  return record;
}

export const updateProfileSchema = z.preprocess(
  gatherAgencies,
  z.object({
    partnershipId,
    version,
    localAuthorityAreas: z
      .union([z.string(), z.array(z.string())], { error: PROFILE_MESSAGES.areasRequired })
      .transform(parseAreas)
      .pipe(
        z
          .array(z.string().max(AREA_MAX, { error: PROFILE_MESSAGES.areaLength }))
          .min(1, { error: PROFILE_MESSAGES.areasRequired })
          .max(AREAS_MAX, { error: PROFILE_MESSAGES.areasCount }),
      ),
    agencies: z
      .array(agencyInput, { error: PROFILE_MESSAGES.agency })
      .max(200, { error: PROFILE_MESSAGES.agency })
      .default([])
      .superRefine((agencies, ctx) => {
        const seen = new Set<string>();
        agencies.forEach((agency, index) => {
          if (seen.has(agency.id))
            ctx.addIssue({
              code: "custom",
              path: [index, "id"],
              message: PROFILE_MESSAGES.duplicateAgency,
            });
          seen.add(agency.id);
        });
      }),
  }),
);

export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

/** True when two lists of areas say the same, in the same order. */
export function sameAreas(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((area, index) => area === b[index]);
}

// ───────────────────────────── The profile in words ─────────────────────────────

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  LOCAL_AUTHORITY: "Local authority",
  POLICE: "Police",
  HEALTH_ICB: "Health (integrated care board)",
  EDUCATION: "Education",
  PROBATION: "Probation",
  OTHER_RELEVANT_AGENCY: "Other relevant agency",
};

const KIND_ORDER: readonly OrganisationKind[] = [
  "LOCAL_AUTHORITY",
  "POLICE",
  "HEALTH_ICB",
  "EDUCATION",
  "PROBATION",
  "OTHER_RELEVANT_AGENCY",
];

/** Statutory partners in the usual order (local authority, police, health, …), then by name. */
export function byKindThenName<T extends { kind: OrganisationKind; name: string }>(
  a: T,
  b: T,
): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name);
}

/** "Sam Patel, Director of Children’s Services", or just the name when no job title is known. */
export function personLabel(person: { name: string; jobTitle: string | null }): string {
  return person.jobTitle ? `${person.name}, ${person.jobTitle}` : person.name;
}

// ───────────────────────────── History of an answer ─────────────────────────────

/** What one recorded save did to an answer, from the audit event's before and after snapshots. */
export type AnswerChange =
  | { kind: "added"; after: string }
  | { kind: "changed"; before: string; after: string }
  | { kind: "removed"; before: string }
  | { kind: "unchanged"; answer: string };

function answerIn(snapshot: unknown): string {
  if (snapshot === null || typeof snapshot !== "object" || Array.isArray(snapshot)) return "";
  const answer = (snapshot as Record<string, unknown>).answer;
  return typeof answer === "string" ? answer : "";
}

/** A missing `before` (the first answer) counts as no answer. */
export function describeAnswerChange(before: unknown, after: unknown): AnswerChange {
  const was = answerIn(before);
  const now = answerIn(after);
  if (was.trim() === now.trim()) return { kind: "unchanged", answer: now };
  if (!was.trim()) return { kind: "added", after: now };
  if (!now.trim()) return { kind: "removed", before: was };
  return { kind: "changed", before: was, after: now };
}

/** The heading of one history entry. */
export function answerChangeTitle(change: AnswerChange): string {
  switch (change.kind) {
    case "added":
      return "Answered the question";
    case "changed":
      return "Changed the answer";
    case "removed":
      return "Removed the answer";
    case "unchanged":
      return "Saved the answer with no change";
  }
}
