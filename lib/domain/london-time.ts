/**
 * Partnerships work in UK time; the database keeps UTC. These turn one into the other without a
 * date library, using the platform's time-zone data (so British Summer Time is always right).
 */
export const UK_TIME_ZONE = "Europe/London";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: UK_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

const display = new Intl.DateTimeFormat("en-GB", {
  timeZone: UK_TIME_ZONE,
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function wallClock(at: Date) {
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.formatToParts(at).find((part) => part.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** "22 Nov 2026, 14:02:05" in UK time. */
export function formatUkDateTime(at: Date): string {
  return display.format(at);
}

/** The UK calendar date, "2026-11-22": for file names and date inputs. */
export function ukDateStamp(at: Date): string {
  const { year, month, day } = wallClock(at);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A valid calendar date written "YYYY-MM-DD" (no 31 February). */
export function isDateStamp(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The instant a UK calendar day starts ("2026-03-29" → 2026-03-29T00:00:00Z, GMT). */
export function ukDayStart(stamp: string, addDays = 0): Date {
  const [year, month, day] = stamp.split("-").map(Number) as [number, number, number];
  const guess = Date.UTC(year, month - 1, day + addDays);
  // The UK offset at that moment (0 or +1 hour); clocks change at 01:00 UTC, never at midnight.
  const seen = wallClock(new Date(guess));
  const seenUtc = Date.UTC(
    seen.year,
    seen.month - 1,
    seen.day,
    seen.hour,
    seen.minute,
    seen.second,
  );
  return new Date(guess - (seenUtc - guess));
}
