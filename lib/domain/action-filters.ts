import { z } from "zod";
import { emailSchema } from "./members";
import {
  ACTION_PRIORITY_LABELS,
  ACTION_SOURCE_LABELS,
  ACTION_SOURCES,
  DISPLAY_STATUS_LABELS,
  type ActionDisplayStatus,
  type ActionPriorityValue,
  type ActionSourceValue,
  type ActionStatusValue,
} from "./actions";
import { isUuid, parseInput } from "@/lib/validation";

/**
 * The action tracker's filters, sort and columns: pure, shared by the page and the CSV/XLSX
 * export so the two can never show different rows or different words.
 */

// ───────────────────────────── Filters and sort ─────────────────────────────

/** The status filter: a recorded status (not overdue), "Overdue" (derived), or any open one. */
export const STATUS_FILTERS = [
  "OPEN",
  "OVERDUE",
  "NOT_STARTED",
  "ON_TRACK",
  "AT_RISK",
  "COMPLETE",
] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  OPEN: "Open (not complete)",
  OVERDUE: "Overdue",
  NOT_STARTED: "Not started",
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  COMPLETE: "Complete",
};

export const TRACKER_SORTS = ["due", "priority", "status", "organisation", "raised"] as const;
export type TrackerSort = (typeof TRACKER_SORTS)[number];

export const TRACKER_SORT_LABELS: Record<TrackerSort, string> = {
  due: "Due date",
  priority: "Priority",
  status: "Status",
  organisation: "Owner organisation",
  raised: "Date raised",
};

export type SortDirection = "asc" | "desc";

/** An owner filter names a member (their user id) or someone without an account (their email). */
export type OwnerFilter = { userId: string } | { email: string };

export type TrackerFilters = {
  source: ActionSourceValue | null;
  step: number | null;
  /** A question code, "3.2". */
  question: string | null;
  organisationId: string | null;
  status: StatusFilter | null;
  cycleId: string | null;
  owner: OwnerFilter | null;
  sort: TrackerSort;
  dir: SortDirection;
  /** "Select all shown" for bulk reassignment, without JavaScript. */
  selectAll: boolean;
};

export const DEFAULT_TRACKER_FILTERS: TrackerFilters = {
  source: null,
  step: null,
  question: null,
  organisationId: null,
  status: null,
  cycleId: null,
  owner: null,
  sort: "due",
  dir: "asc",
  selectAll: false,
};

type Params = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

function oneOf<T extends string>(values: readonly T[], value: string): T | null {
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

const email = z.email();

/**
 * Reads the tracker's query string. Anything unknown or malformed is ignored (that filter is
 * simply not applied), never an error: a stale bookmark still shows the tracker.
 */
export function parseTrackerFilters(params: Params): TrackerFilters {
  const step = Number(single(params.step));
  const question = single(params.question);
  const organisationId = single(params.organisation);
  const cycleId = single(params.cycle);
  const owner = single(params.owner);
  const sort = oneOf(TRACKER_SORTS, single(params.sort)) ?? DEFAULT_TRACKER_FILTERS.sort;
  return {
    source: oneOf(ACTION_SOURCES, single(params.source)),
    step: /^\d{1,2}$/.test(single(params.step)) && step >= 1 ? step : null,
    question: /^\d{1,2}\.\d{1,2}$/.test(question) ? question : null,
    organisationId: isUuid(organisationId) ? organisationId : null,
    status: oneOf(STATUS_FILTERS, single(params.status)),
    cycleId: isUuid(cycleId) ? cycleId : null,
    owner: isUuid(owner)
      ? { userId: owner }
      : owner.length <= 254 && parseInput(email, owner).success
        ? { email: owner.toLowerCase() }
        : null,
    sort,
    dir: oneOf(["asc", "desc"] as const, single(params.dir)) ?? "asc",
    selectAll: single(params.select) === "all",
  };
}

/** The owner filter's value in a query string or a select. */
export function ownerFilterValue(owner: OwnerFilter | null): string {
  if (!owner) return "";
  return "userId" in owner ? owner.userId : owner.email;
}

/**
 * The filters and sort as a query string ("?status=OVERDUE&sort=due&dir=asc"), defaults left
 * out; `changes` overrides some values (a column header's sort link, the export's format).
 */
export function trackerQuery(
  filters: TrackerFilters,
  changes: Partial<TrackerFilters> & { format?: "csv" | "xlsx" } = {},
): string {
  const { format, ...rest } = changes;
  const f = { ...filters, ...rest };
  const query = new URLSearchParams();
  if (format) query.set("format", format);
  if (f.source) query.set("source", f.source);
  if (f.step !== null) query.set("step", String(f.step));
  if (f.question) query.set("question", f.question);
  if (f.organisationId) query.set("organisation", f.organisationId);
  if (f.status) query.set("status", f.status);
  if (f.cycleId) query.set("cycle", f.cycleId);
  if (f.owner) query.set("owner", ownerFilterValue(f.owner));
  if (f.sort !== DEFAULT_TRACKER_FILTERS.sort || f.dir !== DEFAULT_TRACKER_FILTERS.dir) {
    query.set("sort", f.sort);
    query.set("dir", f.dir);
  }
  if (f.selectAll) query.set("select", "all");
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The filters that are set, for the export's access-log entry. */
export function activeFilters(filters: TrackerFilters): Record<string, string | number> {
  const active: Record<string, string | number> = {};
  if (filters.source) active.source = filters.source;
  if (filters.step !== null) active.step = filters.step;
  if (filters.question) active.question = filters.question;
  if (filters.organisationId) active.organisationId = filters.organisationId;
  if (filters.status) active.status = filters.status;
  if (filters.cycleId) active.cycleId = filters.cycleId;
  if (filters.owner) active.owner = ownerFilterValue(filters.owner);
  active.sort = filters.sort;
  active.dir = filters.dir;
  return active;
}

// ───────────────────────────── Rows, sorting and columns ─────────────────────────────

/** One tracker row, as the page and the exports show it. Dates are "YYYY-MM-DD". */
export type TrackerRow = {
  id: string;
  description: string;
  ownerOrganisationId: string;
  ownerOrganisation: string;
  ownerUserId: string | null;
  /** The named person: a member's name, or the name given for someone without an account. */
  owner: string;
  dueOn: string;
  status: ActionStatusValue;
  displayStatus: ActionDisplayStatus;
  priority: ActionPriorityValue;
  sourceType: ActionSourceValue;
  /** The source in words, with its detail ("Case review recommendation: Child L, 2"). */
  source: string;
  questionCodes: string[];
  cycle: string | null;
  /** When it was raised (ISO instant). */
  createdAt: string;
};

const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

/** "2027-03-31" → "31 Mar 2027" (fixed month names, whatever the platform's locale data). */
export function formatDueDate(stamp: string): string {
  const [year, month, day] = stamp.split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Question codes in framework order, each once: ["3.4", "1.2", "3.4"] → ["1.2", "3.4"]. */
export function sortQuestionCodes(codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

const NOTE_LIMIT = 120;

/**
 * Where an action came from, in words: the kind of source and what identifies it (the question,
 * the case review and recommendation number, or the start of the finding's note).
 */
export function actionSourceText(source: {
  sourceType: ActionSourceValue;
  questionCode?: string | null;
  stepNumber?: number | null;
  caseReview?: { identifier: string; number: number } | null;
  note?: string | null;
}): string {
  const label = ACTION_SOURCE_LABELS[source.sourceType];
  if (source.caseReview)
    return `${label}: ${source.caseReview.identifier}, recommendation ${source.caseReview.number}`;
  if (source.questionCode) return `${label}: question ${source.questionCode}`;
  if (source.stepNumber) return `${label}: step ${source.stepNumber}`;
  const note = source.note?.trim().replace(/\s+/g, " ");
  if (note)
    return `${label}: ${note.length > NOTE_LIMIT ? `${note.slice(0, NOTE_LIMIT - 1).trimEnd()}…` : note}`;
  return label;
}

const PRIORITY_RANK: Record<ActionPriorityValue, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };
// Most pressing first: overdue, at risk, not started, on track, complete.
const STATUS_RANK: Record<ActionDisplayStatus, number> = {
  OVERDUE: 0,
  AT_RISK: 1,
  NOT_STARTED: 2,
  ON_TRACK: 3,
  COMPLETE: 4,
};

/**
 * Rows in the chosen order. "Ascending" priority is high first and ascending status is the most
 * pressing first; ties fall back to the due date, then the description, so the order is stable.
 */
export function sortTrackerRows(
  rows: readonly TrackerRow[],
  sort: TrackerSort,
  dir: SortDirection,
): TrackerRow[] {
  const key = (row: TrackerRow): string | number => {
    switch (sort) {
      case "due":
        return row.dueOn;
      case "priority":
        return PRIORITY_RANK[row.priority];
      case "status":
        return STATUS_RANK[row.displayStatus];
      case "organisation":
        return row.ownerOrganisation.toLocaleLowerCase("en-GB");
      case "raised":
        return row.createdAt;
    }
  };
  const compare = (a: string | number, b: string | number) =>
    typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * compare(key(a), key(b)) ||
      a.dueOn.localeCompare(b.dueOn) ||
      a.description.localeCompare(b.description) ||
      a.id.localeCompare(b.id),
  );
}

export type TrackerColumnKey =
  | "action"
  | "organisation"
  | "owner"
  | "due"
  | "status"
  | "priority"
  | "source"
  | "questions"
  | "cycle";

export type TrackerColumn = {
  key: TrackerColumnKey;
  heading: string;
  /** The sort a click on the heading chooses, when the column is sortable. */
  sort?: TrackerSort;
  /** The cell in words: the export writes exactly this, the page shows the same words. */
  text: (row: TrackerRow) => string;
  /** Spreadsheet column width, in characters. */
  width: number;
};

/** The one column list: the page's table and both exports are built from it, in this order. */
export const TRACKER_COLUMNS: readonly TrackerColumn[] = [
  { key: "action", heading: "Action", text: (row) => row.description, width: 60 },
  {
    key: "organisation",
    heading: "Owner organisation",
    sort: "organisation",
    text: (row) => row.ownerOrganisation,
    width: 28,
  },
  { key: "owner", heading: "Owner", text: (row) => row.owner, width: 24 },
  { key: "due", heading: "Due", sort: "due", text: (row) => formatDueDate(row.dueOn), width: 13 },
  {
    key: "status",
    heading: "Status",
    sort: "status",
    text: (row) => DISPLAY_STATUS_LABELS[row.displayStatus],
    width: 13,
  },
  {
    key: "priority",
    heading: "Priority",
    sort: "priority",
    text: (row) => ACTION_PRIORITY_LABELS[row.priority],
    width: 10,
  },
  { key: "source", heading: "Source", text: (row) => row.source, width: 40 },
  {
    key: "questions",
    heading: "Questions",
    text: (row) => row.questionCodes.join(", "),
    width: 14,
  },
  { key: "cycle", heading: "Cycle", text: (row) => row.cycle ?? "", width: 14 },
];

export const TRACKER_HEADINGS: readonly string[] = TRACKER_COLUMNS.map((column) => column.heading);

/** A row as the export's cells, in column order. */
export function trackerRowCells(row: TrackerRow): string[] {
  return TRACKER_COLUMNS.map((column) => column.text(row));
}

// ───────────────────────────── Bulk reassignment ─────────────────────────────

export const REASSIGN_MESSAGES = {
  actionIds: "Select at least one action to reassign",
  actionIdsValid: "Select actions from the list",
  ownerType: "Select whether the new owner has an account",
  ownerUserId: "Select the new owner",
  ownerName: "Enter the new owner's full name",
  ownerNameLength: "The new owner's name must be 200 characters or fewer",
  ownerOrganisationId: "Select an organisation from the list",
} as const;

export const REASSIGN_FIELD_LABELS: Record<string, string> = {
  actionIds: "Actions",
  ownerType: "New owner",
  ownerUserId: "Member",
  ownerName: "Full name",
  ownerEmail: "Email address",
  ownerOrganisationId: "Owner organisation",
};

const blank = (value: unknown) =>
  typeof value === "string" ? value.trim() || undefined : value === null ? undefined : value;

/** A checkbox list arrives as nothing, one value or several. */
const toList = (value: unknown) =>
  value === undefined || value === null || value === ""
    ? []
    : Array.isArray(value)
      ? value
      : [value];

export type NewOwner =
  { kind: "member"; userId: string } | { kind: "other"; name: string; email: string };

/** The reassignment form: which actions, the new named owner, optionally a new organisation. */
export const reassignActionsSchema = z
  .object({
    partnershipId: z.uuid({ error: "That partnership does not exist" }),
    actionIds: z.preprocess(
      toList,
      z
        .array(z.uuid({ error: REASSIGN_MESSAGES.actionIdsValid }), {
          error: REASSIGN_MESSAGES.actionIds,
        })
        .min(1, { error: REASSIGN_MESSAGES.actionIds })
        .max(1000, { error: "Reassign at most 1,000 actions at a time" }),
    ),
    ownerType: z.enum(["MEMBER", "OTHER"], { error: REASSIGN_MESSAGES.ownerType }),
    ownerUserId: z.preprocess(blank, z.unknown().optional()),
    ownerName: z.preprocess(blank, z.unknown().optional()),
    ownerEmail: z.preprocess(blank, z.unknown().optional()),
    ownerOrganisationId: z.preprocess(
      blank,
      z.uuid({ error: REASSIGN_MESSAGES.ownerOrganisationId }).optional(),
    ),
  })
  .transform((input, ctx) => {
    let owner: NewOwner | null = null;
    if (input.ownerType === "MEMBER") {
      const userId = input.ownerUserId;
      if (typeof userId === "string" && isUuid(userId)) owner = { kind: "member", userId };
      else
        ctx.addIssue({
          code: "custom",
          path: ["ownerUserId"],
          message: REASSIGN_MESSAGES.ownerUserId,
        });
    } else {
      const name = typeof input.ownerName === "string" ? input.ownerName : "";
      if (!name)
        ctx.addIssue({ code: "custom", path: ["ownerName"], message: REASSIGN_MESSAGES.ownerName });
      else if (name.length > 200)
        ctx.addIssue({
          code: "custom",
          path: ["ownerName"],
          message: REASSIGN_MESSAGES.ownerNameLength,
        });
      const mail = parseInput(emailSchema, input.ownerEmail ?? "");
      if (!mail.success)
        ctx.addIssue({
          code: "custom",
          path: ["ownerEmail"],
          message: mail.error.issues[0]?.message ?? "Enter an email address",
        });
      if (name && name.length <= 200 && mail.success)
        owner = { kind: "other", name, email: mail.data };
    }
    if (!owner) return z.NEVER;
    return {
      partnershipId: input.partnershipId,
      // The same action once, however its id is written.
      actionIds: [...new Set(input.actionIds.map((id) => id.toLowerCase()))],
      owner,
      ownerOrganisationId: input.ownerOrganisationId ?? null,
    };
  });

export type ReassignActionsInput = z.infer<typeof reassignActionsSchema>;

/** "Jane Smith" or, when the organisation changes too, "Jane Smith (Police)". */
export function reassignmentNote(
  before: { owner: string; organisation: string },
  after: { owner: string; organisation: string },
): string {
  const name = (who: { owner: string; organisation: string }) =>
    before.organisation === after.organisation
      ? who.owner || "no one"
      : `${who.owner || "no one"} (${who.organisation})`;
  return `Reassigned from ${name(before)} to ${name(after)}`;
}
