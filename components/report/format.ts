import { formatEvidenceDate, formatMomentDate } from "@/components/evidence/format";

/** "3 March 2027" for a moment (ISO), in UK time. */
export const formatOn = formatMomentDate;

/** "31 March 2027" for a calendar date ("2027-03-31"). */
export const formatDay = formatEvidenceDate;

/** "Asha Lead and Ben Second", "A, B and C". */
export function namesList(names: ReadonlyArray<string>): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** "1 question", "3 questions". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
