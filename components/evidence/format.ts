const CALENDAR_DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const LONDON_DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

/** "14 February 2026" for a calendar date written "2026-02-14" (no time zone to shift it). */
export function formatEvidenceDate(stamp: string): string {
  return CALENDAR_DATE.format(new Date(`${stamp}T00:00:00Z`));
}

/** "3 March 2027" for a moment, in UK time. */
export function formatMomentDate(iso: string): string {
  return LONDON_DATE.format(new Date(iso));
}

/** "Removed on 3 March 2027 by Bea Manager: it names a child". */
export function describeRemoval(removed: { at: string; by: string | null; reason: string }) {
  return `Removed on ${formatMomentDate(removed.at)}${removed.by ? ` by ${removed.by}` : ""}: ${removed.reason}`;
}
