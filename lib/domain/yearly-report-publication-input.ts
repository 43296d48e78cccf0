import { z } from "zod";
import { isHttpsLink } from "./case-reviews";
import { gatherDateParts, parseDateParts } from "./date-parts";
import { ukDateStamp } from "./london-time";
import { SIGN_OFF_DESIGNATION_LABELS } from "./yearly-report";

/**
 * The forms that take the yearly report's scrutiny section from shared to published: each
 * statutory partner's sign-off, the publication (which happens outside the app) and the date a
 * copy was sent to each recipient; and the recipient list. Pure schemas and messages.
 */

export const SIGN_OFF_DESIGNATIONS = Object.keys(SIGN_OFF_DESIGNATION_LABELS) as Array<
  keyof typeof SIGN_OFF_DESIGNATION_LABELS
>;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "2026-06-01" → "1 June 2026" (GOV.UK style, whatever the platform's locale data). */
export function formatLongDate(stamp: string): string {
  const [year, month, day] = stamp.split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1] ?? ""} ${year}`;
}

export const NAME_MAX = 200;
export const PLACE_MAX = 300;
export const URL_MAX = 2_000;

export const PUBLICATION_FIELD_LABELS = {
  organisationId: "Statutory partner",
  designation: "Signed as",
  signerName: "Name of the person who signed off",
  signedOn: "Date signed off",
  meeting: "Meeting where it was signed off",
  publishedOn: "Date published",
  publishedUrl: "Link to the published report",
  presentedAt: "Where it was presented",
  sentOn: "Date sent",
  name: "Name of the recipient",
} as const;

export const PUBLICATION_MESSAGES = {
  partnership: "That partnership does not exist",
  cycle: "That cycle does not exist",
  organisationId: "Select the statutory partner who signed off",
  designation: "Select whether they signed as the lead or a delegated safeguarding partner",
  signerName: "Enter the name of the person who signed off",
  signerNameLength: `The name must be ${NAME_MAX} characters or fewer`,
  meeting: "Enter the meeting where it was signed off, like ‘Safeguarding partners’ executive’",
  meetingLength: `The meeting must be ${PLACE_MAX} characters or fewer`,
  publishedUrl: "Enter the link to the published report",
  publishedUrlFormat:
    "Enter a link that starts with https://, like https://www.example.gov.uk/yearly-report",
  publishedUrlLength: `The link must be ${URL_MAX.toLocaleString("en-GB")} characters or fewer`,
  presentedAt: "Enter where the report was presented, like ‘Partnership board, 12 June 2026’",
  presentedAtLength: `Where it was presented must be ${PLACE_MAX} characters or fewer`,
  recipientName: "Enter the name of the recipient",
  recipientNameLength: `The name must be ${NAME_MAX} characters or fewer`,
  signOff: "That sign-off does not exist",
  recipient: "That recipient does not exist",
  notStarted: "The yearly report section for this cycle has not been started",
  notShared:
    "Share the section with the independent scrutineer before the statutory partners sign it off",
  alreadyPublished:
    "The section has been published: its sign-offs can no longer be recorded or removed",
  notStatutory: "Only a statutory partner of this partnership can sign off the section",
  alreadySigned: (organisation: string) =>
    `${organisation} has already signed off. Remove that sign-off first to record a different one`,
  notSignedOff: "Every statutory partner must sign off the section before it is published",
  stillToSign: (names: string[]) =>
    `Every statutory partner must sign off the section before it is published. Still to sign: ${names.join(", ")}`,
  alreadyPublishedOnce: "The section has already been recorded as published",
  notPublished: "Record the publication before the dates it was sent",
  sentBeforePublished: (published: string) =>
    `The date sent must be the same as or after the date it was published (${published})`,
  recipientTaken: (name: string) => `There is already a recipient called ‘${name}’`,
  recipientInUse: (name: string) =>
    `${name} cannot be removed: the yearly report was recorded as sent to it. Rename it instead`,
} as const;

/** A required calendar date that is today or earlier (UK time), with messages naming it. */
function pastDate(name: string) {
  return z.unknown().transform((value, ctx): string => {
    const parsed = parseDateParts(value);
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (parsed.kind === "blank") return fail(`Enter the ${name}`);
    if (parsed.kind === "incomplete") return fail(`The ${name} must include a ${parsed.missing}`);
    if (parsed.kind === "invalid") return fail(`The ${name} must be a real date`);
    if (parsed.stamp > ukDateStamp(new Date()))
      return fail(`The ${name} must be today or in the past`);
    return parsed.stamp;
  });
}

const requiredText = (max: number, blank: string, long: string) =>
  z
    .string({ error: blank })
    .transform((value) => value.trim().replace(/\s+/g, " "))
    .pipe(z.string().min(1, blank).max(max, long));

const ids = {
  partnershipId: z.uuid({ error: PUBLICATION_MESSAGES.partnership }),
  cycleId: z.uuid({ error: PUBLICATION_MESSAGES.cycle }),
};

/**
 * Forms repeated on one page name their fields after the row (`sentOn-<recipientId>`), so every
 * id is unique; this moves such a field (and its date parts) back to its plain name.
 */
export function unkeyField(raw: unknown, field: string, idField: string): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const record = { ...(raw as Record<string, unknown>) };
  const id = record[idField];
  if (typeof id !== "string" || !id) return record;
  for (const suffix of ["", "-day", "-month", "-year"]) {
    const keyed = `${field}-${id}${suffix}`;
    if (record[keyed] === undefined) continue;
    record[`${field}${suffix}`] ??= record[keyed];
    delete record[keyed];
  }
  return record;
}

export const recordSignOffSchema = z.preprocess(
  (raw) => gatherDateParts(raw, ["signedOn"]),
  z.object({
    ...ids,
    organisationId: z.uuid({ error: PUBLICATION_MESSAGES.organisationId }),
    designation: z.enum(SIGN_OFF_DESIGNATIONS, { error: PUBLICATION_MESSAGES.designation }),
    signerName: requiredText(
      NAME_MAX,
      PUBLICATION_MESSAGES.signerName,
      PUBLICATION_MESSAGES.signerNameLength,
    ),
    signedOn: pastDate("date signed off"),
    meeting: requiredText(
      PLACE_MAX,
      PUBLICATION_MESSAGES.meeting,
      PUBLICATION_MESSAGES.meetingLength,
    ),
  }),
);
export type RecordSignOffInput = z.infer<typeof recordSignOffSchema>;

export const removeSignOffSchema = z.object({
  ...ids,
  signOffId: z.uuid({ error: PUBLICATION_MESSAGES.signOff }),
});

export const publishSectionSchema = z.preprocess(
  (raw) => gatherDateParts(raw, ["publishedOn"]),
  z.object({
    ...ids,
    publishedOn: pastDate("date published"),
    publishedUrl: z
      .string({ error: PUBLICATION_MESSAGES.publishedUrl })
      .trim()
      .min(1, PUBLICATION_MESSAGES.publishedUrl)
      .max(URL_MAX, PUBLICATION_MESSAGES.publishedUrlLength)
      .refine(isHttpsLink, PUBLICATION_MESSAGES.publishedUrlFormat),
    presentedAt: requiredText(
      PLACE_MAX,
      PUBLICATION_MESSAGES.presentedAt,
      PUBLICATION_MESSAGES.presentedAtLength,
    ),
  }),
);
export type PublishSectionInput = z.infer<typeof publishSectionSchema>;

export const recordSubmissionSchema = z.preprocess(
  (raw) => gatherDateParts(unkeyField(raw, "sentOn", "recipientId"), ["sentOn"]),
  z.object({
    ...ids,
    recipientId: z.uuid({ error: PUBLICATION_MESSAGES.recipient }),
    sentOn: pastDate("date sent"),
  }),
);

const recipientName = requiredText(
  NAME_MAX,
  PUBLICATION_MESSAGES.recipientName,
  PUBLICATION_MESSAGES.recipientNameLength,
);

export const addRecipientSchema = z.object({
  partnershipId: ids.partnershipId,
  name: recipientName,
});

export const updateRecipientSchema = z.preprocess(
  (raw) => unkeyField(raw, "name", "recipientId"),
  z.object({
    partnershipId: ids.partnershipId,
    recipientId: z.uuid({ error: PUBLICATION_MESSAGES.recipient }),
    name: recipientName,
  }),
);

export const removeRecipientSchema = z.object({
  partnershipId: ids.partnershipId,
  recipientId: z.uuid({ error: PUBLICATION_MESSAGES.recipient }),
});

/** The audit log's keys for these changes (labels in lib/domain/audit-labels.ts). */
export const PUBLICATION_AUDIT_ACTIONS = {
  signOffRecorded: "yearly-report.sign-off-recorded",
  signOffRemoved: "yearly-report.sign-off-removed",
  published: "yearly-report.published",
  submissionRecorded: "yearly-report.sent-recorded",
  recipientAdded: "yearly-report.recipient-added",
  recipientRenamed: "yearly-report.recipient-renamed",
  recipientRemoved: "yearly-report.recipient-removed",
} as const;
