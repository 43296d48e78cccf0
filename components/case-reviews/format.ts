const SHORT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "31 Mar 2027" for a calendar date written "2027-03-31" (no time zone to shift it). */
export function formatShortDate(stamp: string): string {
  return SHORT.format(new Date(`${stamp}T00:00:00Z`));
}

/** "YYYY-MM-DD" → the GOV.UK date input's three fields, without leading zeros. */
export function dateParts(stamp: string | null | undefined): {
  day?: string;
  month?: string;
  year?: string;
} {
  const match = stamp ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(stamp) : null;
  if (!match) return {};
  return { year: match[1], month: String(Number(match[2])), day: String(Number(match[3])) };
}
