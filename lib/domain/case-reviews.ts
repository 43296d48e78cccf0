import { z } from "zod";
import { isDateStamp, ukDateStamp } from "./london-time";

/**
 * The case-review register (seed 002 §3.9: the yearly report records "decisions and actions … to
 * implement the recommendations of any local and national child safeguarding practice reviews").
 * Pure rules and form schemas; no database types. Reviews carry anonymised identifiers only.
 */

export const CASE_REVIEW_TYPES = [
  "RAPID_REVIEW",
  "LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW",
  "NATIONAL_REVIEW",
] as const;
export type CaseReviewTypeValue = (typeof CASE_REVIEW_TYPES)[number];

export const CASE_REVIEW_TYPE_LABELS: Record<CaseReviewTypeValue, string> = {
  RAPID_REVIEW: "Rapid review",
  LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW: "Local child safeguarding practice review",
  NATIONAL_REVIEW: "National review",
};

export const CASE_REVIEW_TYPE_HINTS: Record<CaseReviewTypeValue, string> = {
  RAPID_REVIEW:
    "The partnership’s first look at a serious incident, and its decision on whether to carry out a local review.",
  LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW:
    "A local child safeguarding practice review (LCSPR) commissioned by the partnership.",
  NATIONAL_REVIEW: "A review by the Child Safeguarding Practice Review Panel (the Panel).",
};

export const CASE_REVIEW_STATUSES = ["OPEN", "IN_PROGRESS", "COMPLETED", "PUBLISHED"] as const;
export type CaseReviewStatusValue = (typeof CASE_REVIEW_STATUSES)[number];

export const CASE_REVIEW_STATUS_LABELS: Record<CaseReviewStatusValue, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  PUBLISHED: "Published",
};

export const IDENTIFIER_MAX = 60;
export const LONG_TEXT_MAX = 4_000;
export const TIMESCALE_MAX = 200;

export const IDENTIFIER_HINT =
  "Use an anonymised identifier, such as ‘Child L’ or ‘LCSPR 2026/03’. Never use a child's name.";
export const IDENTIFYING_DETAILS_WARNING =
  "Do not enter anything that identifies a child or family: no names, dates of birth, addresses or case numbers.";
export const SUMMARY_HINT =
  "What the review looked at and its main findings, in a few sentences. Do not include names, ages, addresses or other details that could identify a child or family.";

export const CASE_REVIEW_DATE_FIELDS = [
  "referredOn",
  "decidedOn",
  "completedOn",
  "publishedOn",
] as const;
export type CaseReviewDateField = (typeof CASE_REVIEW_DATE_FIELDS)[number];

/** Labels for the form and the error summary. */
export const CASE_REVIEW_FIELD_LABELS = {
  type: "Type of review",
  identifier: "Identifier",
  status: "Status",
  referredOn: "Date the serious incident was notified to the Panel",
  decidedOn: "Date of the decision on whether to carry out a local review",
  completedOn: "Date the review was completed",
  publishedOn: "Date the review was published",
  publicationUrl: "Link to the published review",
  summary: "Summary",
} as const;

/** The date fields' names inside a sentence ("The date … must be a real date"). */
const DATE_NAMES: Record<CaseReviewDateField, string> = {
  referredOn: "date the serious incident was notified to the Panel",
  decidedOn: "date of the decision on whether to carry out a local review",
  completedOn: "date the review was completed",
  publishedOn: "date the review was published",
};

export const CASE_REVIEW_MESSAGES = {
  type: "Select the type of review",
  identifier: "Enter an identifier for the review",
  identifierLength: `The identifier must be ${IDENTIFIER_MAX} characters or fewer`,
  status: "Select the status of the review",
  publishedOnRequired: "Enter the date the review was published",
  publishedOnNotPublished: "Select ‘Published’ as the status, or remove the date it was published",
  publicationUrlNotPublished:
    "Select ‘Published’ as the status, or remove the link to the published review",
  publicationUrlFormat:
    "Enter a link that starts with https://, like https://www.example.gov.uk/lcspr-child-l",
  decidedBeforeReferred:
    "The date of the decision on whether to carry out a local review must be the same as or after the date the serious incident was notified to the Panel",
  completedBeforeReferred:
    "The date the review was completed must be the same as or after the date the serious incident was notified to the Panel",
  completedInFuture: "The date the review was completed must be today or in the past",
  publishedInFuture: "The date the review was published must be today or in the past",
  publishedBeforeReferred:
    "The date the review was published must be the same as or after the date the serious incident was notified to the Panel",
  publishedBeforeCompleted:
    "The date the review was published must be the same as or after the date it was completed",
  publicationUrlLength: "The link must be 2,000 characters or fewer",
  summaryLength: "The summary must be 4,000 characters or fewer",
  summaryText: "Enter the summary as text",
  identifierTaken: (identifier: string) => `There is already a case review called ‘${identifier}’`,
  partnership: "That partnership does not exist",
  caseReview: "That case review does not exist",
  version: "This form is out of date: reload the page and try again",
  conflict:
    "Someone else changed this case review while you were editing it. Reload the page to see their changes, then make yours again.",
} as const;

export const RECOMMENDATION_FIELD_LABELS = {
  number: "Recommendation number",
  text: "Recommendation",
  partnershipResponse: "The partnership’s response",
  timescale: "Timescale",
} as const;

export const RECOMMENDATION_MESSAGES = {
  number: "The recommendation number must be a whole number, like 3",
  numberTooSmall: "The recommendation number must be 1 or more",
  numberTooLarge: "The recommendation number must be 999 or less",
  text: "Enter the recommendation",
  textLength: "The recommendation must be 4,000 characters or fewer",
  responseLength: "The partnership’s response must be 4,000 characters or fewer",
  timescaleLength: "The timescale must be 200 characters or fewer",
  responseText: "Enter the partnership’s response as text",
  timescaleText: "Enter the timescale as text",
  numberTaken: (number: number) => `There is already a recommendation ${number} in this review`,
  addedAtSameTime: "Someone added a recommendation at the same time: try again",
  recommendation: "That recommendation does not exist",
  version: "This form is out of date: reload the page and try again",
  conflict:
    "Someone else changed this recommendation while you were editing it. Reload the page to see their changes, then make yours again.",
} as const;

const DATE_PARTS = ["day", "month", "year"] as const;

/**
 * Each date arrives either as one "YYYY-MM-DD" value or as the GOV.UK date input's three fields
 * (`referredOn-day`, `-month`, `-year`); the three are gathered into one value.
 */
function gatherDates(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || raw instanceof FormData) return raw;
  const record = { ...(raw as Record<string, unknown>) };
  for (const field of CASE_REVIEW_DATE_FIELDS) {
    const keys = DATE_PARTS.map((part) => `${field}-${part}`);
    if (keys.every((key) => record[key] === undefined)) continue;
    if (record[field] === undefined)
      record[field] = Object.fromEntries(
        DATE_PARTS.map((part) => [part, record[`${field}-${part}`]]),
      );
    for (const key of keys) delete record[key];
  }
  return record;
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** An optional calendar date: "YYYY-MM-DD", null when left blank, or an issue. */
function optionalDate(field: CaseReviewDateField) {
  const name = DATE_NAMES[field];
  return z
    .unknown()
    .optional()
    .transform((value, ctx): string | null => {
      const fail = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      let stamp: string;
      if (value === undefined || value === null) return null;
      if (typeof value === "string") {
        stamp = value.trim();
        if (!stamp) return null;
      } else if (typeof value === "object") {
        const parts = value as Record<string, unknown>;
        const [day, month, year] = DATE_PARTS.map((part) => text(parts[part]));
        const missing = DATE_PARTS.filter((part) => !text(parts[part]));
        if (missing.length === 3) return null;
        if (missing.length > 0) return fail(`The ${name} must include a ${missing.join(" and ")}`);
        if (![day, month, year].every((part) => /^\d+$/.test(part ?? "")) || year?.length !== 4)
          return fail(`The ${name} must be a real date`);
        stamp = `${year}-${month?.padStart(2, "0")}-${day?.padStart(2, "0")}`;
      } else {
        return fail(`The ${name} must be a real date`);
      }
      if (!isDateStamp(stamp) || stamp < "1900-01-01")
        return fail(`The ${name} must be a real date`);
      return stamp;
    });
}

/** Blank form fields mean "not given" (null). `invalid`: for anything that is not text at all. */
const optionalText = (max: number, message: string, invalid: string) =>
  z
    .string({ error: invalid })
    .nullish()
    .transform((value) => value?.trim() || null)
    .pipe(z.string().max(max, message).nullable());

/** Only https links to a published report: no javascript:, data:, file: or plain http. */
export function isHttpsLink(value: string): boolean {
  if (!/^https:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.length > 0 && !/\s/.test(value);
  } catch {
    return false;
  }
}

const reviewFields = z.object({
  partnershipId: z.uuid({ error: CASE_REVIEW_MESSAGES.partnership }),
  type: z.enum(CASE_REVIEW_TYPES, { error: CASE_REVIEW_MESSAGES.type }),
  identifier: z
    .string({ error: CASE_REVIEW_MESSAGES.identifier })
    .transform((value) => value.trim().replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(1, CASE_REVIEW_MESSAGES.identifier)
        .max(IDENTIFIER_MAX, CASE_REVIEW_MESSAGES.identifierLength),
    ),
  status: z.enum(CASE_REVIEW_STATUSES, { error: CASE_REVIEW_MESSAGES.status }),
  referredOn: optionalDate("referredOn"),
  decidedOn: optionalDate("decidedOn"),
  completedOn: optionalDate("completedOn"),
  publishedOn: optionalDate("publishedOn"),
  publicationUrl: optionalText(
    2_000,
    CASE_REVIEW_MESSAGES.publicationUrlLength,
    CASE_REVIEW_MESSAGES.publicationUrlFormat,
  ),
  summary: optionalText(
    LONG_TEXT_MAX,
    CASE_REVIEW_MESSAGES.summaryLength,
    CASE_REVIEW_MESSAGES.summaryText,
  ),
});

type ReviewShape = {
  status?: unknown;
  referredOn?: unknown;
  decidedOn?: unknown;
  completedOn?: unknown;
  publishedOn?: unknown;
  publicationUrl?: unknown;
};

const isStamp = (value: unknown): value is string =>
  typeof value === "string" && isDateStamp(value);

/** The rules between fields: what "Published" needs, and dates in a sensible order. */
function reviewRules(value: ReviewShape, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: "custom", path: [path], message });
  const published = value.status === "PUBLISHED";
  const knownStatus = typeof value.status === "string";
  if (published && value.publishedOn === null)
    issue("publishedOn", CASE_REVIEW_MESSAGES.publishedOnRequired);
  if (knownStatus && !published && isStamp(value.publishedOn))
    issue("publishedOn", CASE_REVIEW_MESSAGES.publishedOnNotPublished);
  if (typeof value.publicationUrl === "string") {
    if (!isHttpsLink(value.publicationUrl))
      issue("publicationUrl", CASE_REVIEW_MESSAGES.publicationUrlFormat);
    else if (knownStatus && !published)
      issue("publicationUrl", CASE_REVIEW_MESSAGES.publicationUrlNotPublished);
  }
  const { referredOn, decidedOn, completedOn, publishedOn } = value;
  // Today in the UK: a review cannot have been completed or published on a later day.
  const today = ukDateStamp(new Date());
  if (isStamp(referredOn) && isStamp(decidedOn) && decidedOn < referredOn)
    issue("decidedOn", CASE_REVIEW_MESSAGES.decidedBeforeReferred);
  if (isStamp(completedOn)) {
    if (completedOn > today) issue("completedOn", CASE_REVIEW_MESSAGES.completedInFuture);
    else if (isStamp(referredOn) && completedOn < referredOn)
      issue("completedOn", CASE_REVIEW_MESSAGES.completedBeforeReferred);
  }
  if (isStamp(publishedOn)) {
    if (publishedOn > today) issue("publishedOn", CASE_REVIEW_MESSAGES.publishedInFuture);
    else if (isStamp(referredOn) && publishedOn < referredOn)
      issue("publishedOn", CASE_REVIEW_MESSAGES.publishedBeforeReferred);
    else if (isStamp(completedOn) && publishedOn < completedOn)
      issue("publishedOn", CASE_REVIEW_MESSAGES.publishedBeforeCompleted);
  }
}

// The rules also run when other fields are wrong, so every problem is listed at once.
const always = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === "object" && payload.value !== null,
};

/** Adding a case review to the register. */
export const caseReviewSchema = z.preprocess(
  gatherDates,
  reviewFields.superRefine((value, ctx) => reviewRules(value, ctx), always),
);

/** Changing a case review: the same questions, and which review. */
export const updateCaseReviewSchema = z.preprocess(
  gatherDates,
  reviewFields
    .extend({
      caseReviewId: z.uuid({ error: CASE_REVIEW_MESSAGES.caseReview }),
      /** When the review was last changed, as the form loaded it (ISO 8601): see updateCaseReview. */
      updatedAt: z.iso.datetime({ error: CASE_REVIEW_MESSAGES.version }),
    })
    .superRefine((value, ctx) => reviewRules(value, ctx), always),
);

export type CaseReviewInput = z.infer<typeof caseReviewSchema>;

const recommendationNumber = z
  .unknown()
  .optional()
  .transform((value, ctx): number | null => {
    const raw = typeof value === "number" ? String(value) : text(value);
    if (raw === "") return null;
    if (!/^\d+$/.test(raw)) {
      ctx.addIssue({ code: "custom", message: RECOMMENDATION_MESSAGES.number });
      return z.NEVER;
    }
    const number = Number(raw);
    if (number < 1) {
      ctx.addIssue({ code: "custom", message: RECOMMENDATION_MESSAGES.numberTooSmall });
      return z.NEVER;
    }
    if (number > 999) {
      ctx.addIssue({ code: "custom", message: RECOMMENDATION_MESSAGES.numberTooLarge });
      return z.NEVER;
    }
    return number;
  });

const recommendationFields = z.object({
  partnershipId: z.uuid({ error: CASE_REVIEW_MESSAGES.partnership }),
  caseReviewId: z.uuid({ error: CASE_REVIEW_MESSAGES.caseReview }),
  /** Blank: the next number after the review's highest. */
  number: recommendationNumber,
  text: z
    .string({ error: RECOMMENDATION_MESSAGES.text })
    .trim()
    .min(1, RECOMMENDATION_MESSAGES.text)
    .max(LONG_TEXT_MAX, RECOMMENDATION_MESSAGES.textLength),
  partnershipResponse: optionalText(
    LONG_TEXT_MAX,
    RECOMMENDATION_MESSAGES.responseLength,
    RECOMMENDATION_MESSAGES.responseText,
  ),
  timescale: optionalText(
    TIMESCALE_MAX,
    RECOMMENDATION_MESSAGES.timescaleLength,
    RECOMMENDATION_MESSAGES.timescaleText,
  ),
});

/** Adding a recommendation to a review. */
export const recommendationSchema = recommendationFields;

/** Changing a recommendation. */
export const updateRecommendationSchema = recommendationFields.extend({
  recommendationId: z.uuid({ error: RECOMMENDATION_MESSAGES.recommendation }),
  /** A fingerprint of the recommendation as the form loaded it: see updateRecommendation. */
  version: z
    .string({ error: RECOMMENDATION_MESSAGES.version })
    .regex(/^[0-9a-f]{64}$/, { error: RECOMMENDATION_MESSAGES.version }),
});

export type RecommendationInput = z.infer<typeof recommendationSchema>;

/** The number a new recommendation gets when none is given: one after the highest so far. */
export function nextRecommendationNumber(existing: number[]): number {
  return existing.reduce((max, number) => Math.max(max, number), 0) + 1;
}

/** The key dates of a review for the register, in the order they happen, leaving out blanks. */
export function keyDates(review: {
  referredOn: string | null;
  decidedOn: string | null;
  completedOn: string | null;
  publishedOn: string | null;
}): Array<{ field: CaseReviewDateField; label: string; date: string }> {
  const short: Record<CaseReviewDateField, string> = {
    referredOn: "Notified to the Panel",
    decidedOn: "Decision on a local review",
    completedOn: "Completed",
    publishedOn: "Published",
  };
  return CASE_REVIEW_DATE_FIELDS.flatMap((field) =>
    review[field] ? [{ field, label: short[field], date: review[field] as string }] : [],
  );
}
