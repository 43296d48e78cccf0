import { z } from "zod";

/**
 * Wording for the audience: a partnership's wider-partner version of a framework question (for a
 * school, "the three core partners" makes no sense). Kept against the question's lineage key, so
 * it follows the question into later framework versions; respondents of a wider-partner
 * self-assessment read it, with the original one click away; the report and the exports always
 * show the original. Pure: schemas, messages and the rule for which wording a respondent sees.
 */

export const WORDING_MAX = 2_000;

export const WORDING_MESSAGES = {
  text: "Enter the wording for relevant agencies",
  textLength: `The wording must be ${WORDING_MAX.toLocaleString("en-GB")} characters or fewer`,
  sameAsOriginal:
    "The wording is the same as the original question. Change it, or remove the wider-partner wording instead",
  question: "That question is not in any of the partnership's frameworks. Reload the page",
  reload: "Reload the page and try again",
  conflict:
    "Someone else changed this question's wording while you were editing it. What is saved now is shown below: check it, then save again if you still want yours.",
  gone: "This wording has already been removed.",
} as const;

export const WORDING_AUDIT_ACTIONS = {
  saved: "question-wording.saved",
  removed: "question-wording.removed",
} as const;

/** Browsers send a textarea's line breaks as CRLF; stored text uses LF. */
const normalise = (value: string) => value.replace(/\r\n?/g, "\n").trim();

const ids = {
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  lineageKey: z
    .string({ error: WORDING_MESSAGES.question })
    .trim()
    .min(1, { error: WORDING_MESSAGES.question })
    .max(200, { error: WORDING_MESSAGES.question }),
};

/** Version 0: the form saw no wording yet (creating); otherwise the version it edited. */
const version = z.coerce
  .number({ error: WORDING_MESSAGES.reload })
  .int({ error: WORDING_MESSAGES.reload })
  .min(0, { error: WORDING_MESSAGES.reload })
  .max(2_147_483_647, { error: WORDING_MESSAGES.reload });

export const saveQuestionWordingSchema = z.object({
  ...ids,
  text: z
    .string({ error: WORDING_MESSAGES.text })
    .transform(normalise)
    .pipe(
      z
        .string()
        .min(1, { error: WORDING_MESSAGES.text })
        .max(WORDING_MAX, { error: WORDING_MESSAGES.textLength }),
    ),
  version,
});

export const removeQuestionWordingSchema = z.object({
  ...ids,
  version: version.min(1, { error: WORDING_MESSAGES.reload }),
});

/** Whitespace and case aside, is this the original question's text? */
export function sameWording(a: string, b: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  return squash(a) === squash(b);
}

export type AssessmentKindValue =
  "INDEPENDENT_SCRUTINY" | "CORE_PARTNER_SELF_ASSESSMENT" | "WIDER_PARTNER_SELF_ASSESSMENT";

/**
 * The wording a respondent reads: the wider-partner version in a wider-partner self-assessment
 * when there is one, with the original to show alongside; otherwise the original alone.
 */
export function wordingForAudience(
  kind: AssessmentKindValue,
  original: string,
  widerPartner: string | null | undefined,
): { text: string; original: string | null } {
  if (kind !== "WIDER_PARTNER_SELF_ASSESSMENT" || !widerPartner)
    return { text: original, original: null };
  return { text: widerPartner, original };
}

/** The summary of the disclosure that shows the original wording: "Original wording (Pearce 2019)". */
export function originalWordingLabel(framework: { isAdapted: boolean }): string {
  return framework.isAdapted
    ? "Original wording (your partnership's framework)"
    : "Original wording (Pearce 2019)";
}
