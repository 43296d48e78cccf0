const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "31 Mar 2027" for a calendar date written "2027-03-31" (no time zone to shift it). */
export function formatDueDate(stamp: string): string {
  const [year, month, day] = stamp.split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1] ?? ""} ${year}`;
}

/** The GOV.UK date input's three fields for a calendar date ("2027-03-31" → 31, 3, 2027). */
export function dateParts(stamp: string): { day: string; month: string; year: string } {
  const [year, month, day] = stamp.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year: year ?? "" };
}
