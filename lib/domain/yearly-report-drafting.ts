/**
 * Drafting the yearly report's scrutiny section: who sees it, each part's status on the task list,
 * what may still change, and the form schemas. Pure rules; the actions are in
 * lib/actions/yearly-report and the read in lib/data/yearly-report-facts.ts.
 */
import { z } from "zod";
import type { Role } from "@/lib/authz/permissions";
import { YEARLY_REPORT_PARTS, type YearlyReportPartKey } from "./yearly-report";

export type YearlySectionStatus = "DRAFT" | "SHARED" | "SIGNED_OFF" | "PUBLISHED";

export const PART_TEXT_MAX = 20_000;

export const YEARLY_MESSAGES = {
  reload: "Reload the page and try again",
  part: "That is not a part of the yearly report's scrutiny section",
  partLength: `The text must be ${PART_TEXT_MAX.toLocaleString("en-GB")} characters or fewer`,
  notShared:
    "The business manager has not shared this section of the yearly report with the independent scrutineer yet.",
  notStarted: "The yearly report section for this cycle has not been started yet.",
  locked:
    "This section has been signed off by the safeguarding partners, so its text can no longer be changed.",
  signedText:
    "One or more statutory partners have signed off this text, so it cannot be changed. Remove their sign-offs first, then ask them to sign off the changed text.",
  emptyParts: "Write every part before you share the section with the independent scrutineer.",
  conflict:
    "Someone else changed this section while you were editing it. What is saved now for this part is shown below: check it, then save again if you still want to replace it with yours.",
} as const;

export const YEARLY_AUDIT_ACTIONS = {
  started: "yearly-report.started",
  partSaved: "yearly-report.part-saved",
  shared: "yearly-report.shared",
} as const;

/**
 * Everyone in the partnership reads the section, except that an independent scrutineer sees it only
 * once the business manager has shared it with them (seed 001 Section 6 Q16–17): until then it is
 * the partners' working draft.
 */
export function sectionVisibleTo(role: Role, status: YearlySectionStatus | null): boolean {
  if (role !== "SCRUTINEER") return true;
  return status !== null && status !== "DRAFT";
}

/** The texts may change while the section is a draft or shared; not once signed off or published. */
export function sectionEditable(status: YearlySectionStatus): boolean {
  return status === "DRAFT" || status === "SHARED";
}

export type PartStatus = "WRITTEN" | "SUGGESTED" | "NOT_STARTED";

export const PART_STATUS_LABELS: Record<PartStatus, string> = {
  WRITTEN: "Written",
  SUGGESTED: "Suggested text available",
  NOT_STARTED: "Not started",
};

const blank = (text: string | null | undefined) => !text || text.trim() === "";

/** The task list's tag for a part: written by someone, or a suggestion waits, or nothing yet. */
export function partStatus(text: string | null | undefined, suggestion: string | null): PartStatus {
  if (!blank(text)) return "WRITTEN";
  return blank(suggestion) ? "NOT_STARTED" : "SUGGESTED";
}

/** The parts still empty, in report order. */
export function emptyParts(
  texts: Partial<Record<YearlyReportPartKey, string | null>>,
): YearlyReportPartKey[] {
  return YEARLY_REPORT_PARTS.filter((part) => blank(texts[part.key])).map((part) => part.key);
}

export function isPartKey(value: unknown): value is YearlyReportPartKey {
  return typeof value === "string" && YEARLY_REPORT_PARTS.some((part) => part.key === value);
}

export function yearlyPart(key: YearlyReportPartKey) {
  return YEARLY_REPORT_PARTS.find((part) => part.key === key)!;
}

const ids = {
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  cycleId: z.uuid({ error: "That cycle does not exist" }),
};

export const startYearlySectionSchema = z.object(ids);

export const saveYearlyPartSchema = z.object({
  ...ids,
  part: z
    .string({ error: YEARLY_MESSAGES.part })
    .refine(isPartKey, { error: YEARLY_MESSAGES.part }),
  // Browsers send line breaks as CRLF; stored text uses LF. An empty text clears the part.
  text: z
    .string({ error: YEARLY_MESSAGES.reload })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(PART_TEXT_MAX, { error: YEARLY_MESSAGES.partLength })),
  version: z.coerce
    .number({ error: YEARLY_MESSAGES.reload })
    .int({ error: YEARLY_MESSAGES.reload })
    .min(1, { error: YEARLY_MESSAGES.reload })
    .max(2_147_483_647, { error: YEARLY_MESSAGES.reload }),
});

export const shareWithScrutineerSchema = z.object(ids);
