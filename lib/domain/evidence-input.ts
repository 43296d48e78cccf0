import { z } from "zod";
import { isDateStamp, ukDateStamp } from "./london-time";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "./uploads";

import { EVIDENCE_KINDS, EVIDENCE_NATURES, type EvidenceNatureValue } from "./evidence-kinds";

export {
  EVIDENCE_KINDS,
  EVIDENCE_NATURES,
  NATURE_LABELS,
  type EvidenceKindValue,
  type EvidenceNatureValue,
} from "./evidence-kinds";

export const EVIDENCE_MESSAGES = {
  title: "Enter a title for the evidence",
  nature: "Select whether this is evidence of outcomes for children or of process",
  kind: "Select whether you are adding a link or uploading a file",
  url: "Enter the link to the evidence",
  urlFormat:
    "Enter a link that starts with https:// or http://, like https://www.example.org/report",
  file: "Select a file to upload",
  date: "Enter the date of the evidence",
  dateReal: "The date of the evidence must be a real date",
  dateFuture: "The date of the evidence must be today or in the past",
  reason: "Enter why the file is being removed",
} as const;

const DATE_PARTS = ["day", "month", "year"] as const;

/**
 * The date arrives either as one "YYYY-MM-DD" value (`evidenceDate`) or as the GOV.UK date input's
 * three fields (`evidenceDate-day`, `-month`, `-year`); the three are gathered into one value.
 */
function gatherDateParts(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || raw instanceof FormData) return raw;
  const record = raw as Record<string, unknown>;
  if (record.evidenceDate !== undefined) return record;
  const parts = Object.fromEntries(
    DATE_PARTS.map((part) => [part, record[`evidenceDate-${part}`]]),
  ) as Record<(typeof DATE_PARTS)[number], unknown>;
  if (DATE_PARTS.every((part) => parts[part] === undefined)) return record;
  return { ...record, evidenceDate: parts };
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** "YYYY-MM-DD" for a real date that is not in the future (UK time), or an issue. */
function evidenceDate(value: unknown, ctx: z.RefinementCtx): string {
  const fail = (message: string) => {
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  };
  let stamp: string;
  if (typeof value === "string") {
    stamp = value.trim();
    if (!stamp) return fail(EVIDENCE_MESSAGES.date);
  } else if (value && typeof value === "object") {
    const parts = value as Record<string, unknown>;
    const [day, month, year] = DATE_PARTS.map((part) => text(parts[part]));
    const missing = DATE_PARTS.filter((part) => !text(parts[part]));
    if (missing.length === 3) return fail(EVIDENCE_MESSAGES.date);
    if (missing.length > 0)
      return fail(`The date of the evidence must include a ${missing.join(" and ")}`);
    if (![day, month, year].every((part) => /^\d+$/.test(part ?? "")) || year?.length !== 4)
      return fail(EVIDENCE_MESSAGES.dateReal);
    stamp = `${year}-${month?.padStart(2, "0")}-${day?.padStart(2, "0")}`;
  } else {
    return fail(EVIDENCE_MESSAGES.date);
  }
  if (!isDateStamp(stamp) || stamp < "1900-01-01") return fail(EVIDENCE_MESSAGES.dateReal);
  if (stamp > ukDateStamp(new Date())) return fail(EVIDENCE_MESSAGES.dateFuture);
  return stamp;
}

/** Only absolute web links: no javascript:, data: or file: links in the library. */
export function isWebLink(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

// Blank form fields mean "not given".
const optionalText = (max: number, label: string, notText: string) =>
  z
    .string({ error: notText })
    .optional()
    .transform((value) => value?.trim() || undefined)
    .pipe(
      z
        .string()
        .max(max, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`)
        .optional(),
    );

/** A file input left empty still sends a nameless, empty File. */
const chosenFile = (value: unknown): value is File =>
  value instanceof File && (value.size > 0 || value.name !== "");

const fields = z.object({
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  title: z
    .string({ error: EVIDENCE_MESSAGES.title })
    .trim()
    .min(1, EVIDENCE_MESSAGES.title)
    .max(200, "The title must be 200 characters or fewer"),
  nature: z.enum(EVIDENCE_NATURES, { error: EVIDENCE_MESSAGES.nature }),
  evidenceDate: z.unknown().transform(evidenceDate),
  kind: z.enum(EVIDENCE_KINDS, { error: EVIDENCE_MESSAGES.kind }),
  url: optionalText(2_000, "The link", EVIDENCE_MESSAGES.urlFormat),
  file: z.unknown().optional(),
  description: optionalText(2_000, "The description", "Enter the description as text"),
});

type Common = {
  partnershipId: string;
  title: string;
  nature: EvidenceNatureValue;
  evidenceDate: string;
  description?: string;
};
export type AddEvidenceInput = Common &
  ({ kind: "LINK"; url: string } | { kind: "DOCUMENT"; file: File });

/**
 * Adding evidence to the library: a link (http or https only) or a file (its content is checked
 * by lib/domain/uploads.ts when it is read), with a title, a date and whether it shows outcomes for
 * children or process.
 */
export const addEvidenceSchema = z.preprocess(
  gatherDateParts,
  fields
    .superRefine(
      (value, ctx) => {
        if (value.kind === "LINK") {
          if (!value.url)
            ctx.addIssue({ code: "custom", path: ["url"], message: EVIDENCE_MESSAGES.url });
          else if (typeof value.url === "string" && !isWebLink(value.url))
            ctx.addIssue({ code: "custom", path: ["url"], message: EVIDENCE_MESSAGES.urlFormat });
        }
        if (value.kind === "DOCUMENT") {
          if (!chosenFile(value.file))
            ctx.addIssue({ code: "custom", path: ["file"], message: EVIDENCE_MESSAGES.file });
          else if (value.file.size === 0)
            ctx.addIssue({ code: "custom", path: ["file"], message: UPLOAD_MESSAGES.empty });
          else if (value.file.size > MAX_UPLOAD_BYTES)
            ctx.addIssue({ code: "custom", path: ["file"], message: UPLOAD_MESSAGES.tooLarge });
        }
        // Also when other fields are wrong, so every problem is listed at once.
      },
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    )
    .transform((value): AddEvidenceInput => {
      const common: Common = {
        partnershipId: value.partnershipId,
        title: value.title,
        nature: value.nature,
        evidenceDate: value.evidenceDate,
        ...(value.description ? { description: value.description } : {}),
      };
      return value.kind === "LINK"
        ? { ...common, kind: "LINK", url: value.url as string }
        : { ...common, kind: "DOCUMENT", file: value.file as File };
    }),
);

export const removeEvidenceFileSchema = z.object({
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  evidenceId: z.uuid({ error: "That evidence does not exist" }),
  reason: z
    .string({ error: EVIDENCE_MESSAGES.reason })
    .trim()
    .min(1, EVIDENCE_MESSAGES.reason)
    .max(500, "The reason must be 500 characters or fewer"),
});

export type RemoveEvidenceFileInput = z.infer<typeof removeEvidenceFileSchema>;
