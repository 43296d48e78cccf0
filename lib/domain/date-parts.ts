import { isDateStamp } from "./london-time";

/**
 * The GOV.UK date input posts a date as three fields (`<name>-day`, `-month`, `-year`). These turn
 * them into one calendar date "YYYY-MM-DD", or say in words what is wrong.
 */
const PARTS = ["day", "month", "year"] as const;

/** Gathers `<field>-day/-month/-year` into `{ day, month, year }` under `<field>`, for zod. */
export function gatherDateParts(raw: unknown, fields: readonly string[]): unknown {
  if (!raw || typeof raw !== "object" || raw instanceof FormData) return raw;
  const record = { ...(raw as Record<string, unknown>) };
  for (const field of fields) {
    const keys = PARTS.map((part) => `${field}-${part}`);
    if (keys.every((key) => record[key] === undefined)) continue;
    if (record[field] === undefined)
      record[field] = Object.fromEntries(PARTS.map((part) => [part, record[`${field}-${part}`]]));
    for (const key of keys) delete record[key];
  }
  return record;
}

export type DateParse =
  | { kind: "date"; stamp: string }
  | { kind: "blank" }
  | { kind: "incomplete"; missing: string }
  | { kind: "invalid" };

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** A "YYYY-MM-DD" string or gathered parts, read as a real calendar date (no 31 February). */
export function parseDateParts(value: unknown): DateParse {
  let stamp: string;
  if (value === undefined || value === null) return { kind: "blank" };
  if (typeof value === "string") {
    stamp = value.trim();
    if (!stamp) return { kind: "blank" };
  } else if (typeof value === "object") {
    const parts = value as Record<string, unknown>;
    const [day, month, year] = PARTS.map((part) => text(parts[part]));
    const missing = PARTS.filter((part) => !text(parts[part]));
    if (missing.length === 3) return { kind: "blank" };
    if (missing.length > 0) return { kind: "incomplete", missing: missing.join(" and ") };
    if (![day, month, year].every((part) => /^\d+$/.test(part ?? "")) || year?.length !== 4)
      return { kind: "invalid" };
    stamp = `${year}-${month?.padStart(2, "0")}-${day?.padStart(2, "0")}`;
  } else {
    return { kind: "invalid" };
  }
  if (!isDateStamp(stamp) || stamp < "1900-01-01" || stamp > "2999-12-31")
    return { kind: "invalid" };
  return { kind: "date", stamp };
}

/** "2027-04-01" → { day: "1", month: "4", year: "2027" }, to fill a date input. */
export function dateStampParts(stamp: string): { day: string; month: string; year: string } {
  const [year = "", month = "", day = ""] = stamp.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}
