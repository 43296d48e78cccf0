import { auditActionLabel } from "./audit-labels";
import { RATING_LABELS, RATINGS, type RatingValue } from "./rating";

/**
 * A question's history in words: what changed in one audit event, field by field, from the event's
 * `before` and `after` snapshots (JSON as recorded by the actions). Pure: evidence titles are
 * passed in by the caller, who reads them with one query.
 */

/** "Rating: Amber → Green". */
export type ValueChange = {
  kind: "value";
  field: string;
  label: string;
  before: string;
  after: string;
};

/** "Narrative: changed", with the new (and previous) text for a <details>. */
export type TextChange = {
  kind: "text";
  field: string;
  label: string;
  change: "added" | "changed" | "removed";
  before: string;
  after: string;
};

/** "Evidence: added "Plan", removed "Audit"". */
export type ListChange = {
  kind: "list";
  field: string;
  label: string;
  added: string[];
  removed: string[];
};

export type FieldChange = ValueChange | TextChange | ListChange;

export const NOT_RATED = "Not rated";
export const UNKNOWN_EVIDENCE = "An evidence item that is no longer recorded";

const TEXT_FIELDS: Record<string, string> = {
  narrative: "Narrative",
  remainingWork: "Work that remains",
  notInScopeReason: "Why it is not in scope",
  reason: "Reason",
};

/** Bookkeeping recorded with a change that a reader of the history does not need field by field. */
const HIDDEN_FIELDS = new Set([
  "updatedById",
  "enteredOnBehalf",
  "version",
  "updatedAt",
  "agreedById",
  "agreedAt",
]);

/** The order a person reads an answer in; unknown fields follow, alphabetically. */
const FIELD_ORDER = [
  "rating",
  "notInScopeReason",
  "narrative",
  "remainingWork",
  "evidenceIds",
  "reason",
];

/** Labels that read better on a question's history than the access log's general sentences. */
const HISTORY_ACTION_LABELS: Record<string, string> = {
  "response.updated": "Changed the answer",
  "response.created": "Started the answer",
  "rating.agreed": "Agreed the rating",
};

/** What happened, in words; an unknown action key is shown as it is (via the access log labels). */
export function historyActionLabel(action: string): string {
  return Object.hasOwn(HISTORY_ACTION_LABELS, action)
    ? (HISTORY_ACTION_LABELS[action] as string)
    : auditActionLabel(action);
}

type Snapshot = Record<string, unknown>;

function asSnapshot(value: unknown): Snapshot {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Snapshot)
    : {};
}

function isRating(value: unknown): value is RatingValue {
  return typeof value === "string" && (RATINGS as readonly string[]).includes(value);
}

function ratingWord(value: unknown): string {
  if (value === null || value === undefined || value === "") return NOT_RATED;
  return isRating(value) ? RATING_LABELS[value].word : String(value);
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function idList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
}

function plain(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(none)";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** "remainingWork" → "Remaining work": a readable name for a field this module does not know. */
function humanise(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function fieldRank(field: string): number {
  const index = FIELD_ORDER.indexOf(field);
  return index === -1 ? FIELD_ORDER.length : index;
}

/**
 * The fields that differ between `before` and `after`, in reading order. A missing `before` (a
 * record's first event) counts as empty: no rating, no text, no evidence. Evidence ids are named
 * with `evidenceTitles`; an id it does not know is still shown, never dropped.
 */
export function describeChanges(
  before: unknown,
  after: unknown,
  evidenceTitles: ReadonlyMap<string, string> = new Map(),
): FieldChange[] {
  const was = asSnapshot(before);
  const now = asSnapshot(after);
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])]
    .filter((field) => !HIDDEN_FIELDS.has(field))
    .sort((a, b) => fieldRank(a) - fieldRank(b) || a.localeCompare(b));
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = was[field];
    const to = now[field];
    if (field === "rating") {
      const fromWord = ratingWord(from);
      const toWord = ratingWord(to);
      if (fromWord !== toWord)
        changes.push({ kind: "value", field, label: "Rating", before: fromWord, after: toWord });
    } else if (Object.hasOwn(TEXT_FIELDS, field)) {
      const fromText = text(from);
      const toText = text(to);
      if (fromText.trim() === toText.trim()) continue;
      const change =
        fromText.trim() === "" ? "added" : toText.trim() === "" ? "removed" : "changed";
      changes.push({
        kind: "text",
        field,
        label: TEXT_FIELDS[field] as string,
        change,
        before: fromText,
        after: toText,
      });
    } else if (field === "evidenceIds") {
      const fromIds = idList(from);
      const toIds = idList(to);
      const title = (id: string) => evidenceTitles.get(id) ?? UNKNOWN_EVIDENCE;
      const added = toIds.filter((id) => !fromIds.includes(id)).map(title);
      const removed = fromIds.filter((id) => !toIds.includes(id)).map(title);
      if (added.length > 0 || removed.length > 0)
        changes.push({ kind: "list", field, label: "Evidence", added, removed });
    } else if (!same(from, to)) {
      changes.push({
        kind: "value",
        field,
        label: humanise(field),
        before: plain(from),
        after: plain(to),
      });
    }
  }
  return changes;
}

/** Every evidence id named in a set of snapshots, for resolving titles with one query. */
export function evidenceIdsIn(snapshots: unknown[]): string[] {
  const ids = new Set<string>();
  for (const snapshot of snapshots)
    for (const id of idList(asSnapshot(snapshot).evidenceIds)) ids.add(id);
  return [...ids];
}

/** True when the saved answer was entered by a business manager on an organisation's behalf. */
export function enteredOnBehalf(after: unknown): boolean {
  return asSnapshot(after).enteredOnBehalf === true;
}

/** What happened to one field, after its label: "Amber → Green", "added", "added “Plan”". */
export function changeDetail(change: FieldChange): string {
  switch (change.kind) {
    case "value":
      return `${change.before} → ${change.after}`;
    case "text":
      return change.change;
    case "list":
      return [
        ...change.added.map((title) => `added “${title}”`),
        ...change.removed.map((title) => `removed “${title}”`),
      ].join(", ");
  }
}

/** One change as a sentence: "Rating: Amber → Green". */
export function changeSentence(change: FieldChange): string {
  return `${change.label}: ${changeDetail(change)}`;
}
