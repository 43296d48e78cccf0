import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { ORGANISATION_KIND_LABELS } from "./arrangements";
import { csvWords, readCsvTable } from "./csv";
import { isDateStamp } from "./london-time";
import { emailSchema } from "./members";
import { RETURN_TEXT_MAX } from "./returns";
import { parseInput } from "@/lib/validation";

/**
 * The file that adds many organisations to a wider-partner self-assessment: one row per
 * organisation with its respondent and deadline. Every row is checked before anything is saved and
 * every problem names its row and column, so a person can fix the whole file in one go.
 */

export const RETURNS_CSV_COLUMNS = [
  "organisation",
  "kind",
  "respondent name",
  "respondent email",
  "deadline",
] as const;
export const RETURNS_CSV_MAX_ROWS = 200;

export const RETURNS_CSV_EXAMPLE = [
  RETURNS_CSV_COLUMNS.join(","),
  "Northfield Academy,Education,Sam Okafor,s.okafor@northfield.example.org,31/03/2027",
  "Riverside Housing Association,Other relevant agency,Alex Byrne,alex.byrne@riverside.example.org,2027-03-31",
].join("\r\n");

export type ReturnsCsvRow = {
  row: number;
  /** An organisation the partnership already has, or a new relevant agency to create. */
  organisationId: string | null;
  organisationName: string;
  kind: OrganisationKind;
  respondentName: string;
  respondentEmail: string;
  dueOn: string;
};

export type ReturnsCsvResult =
  { ok: true; rows: ReturnsCsvRow[] } | { ok: false; problems: string[] };

const words = csvWords;

const KIND_WORDS = new Map<string, OrganisationKind>([
  ...(Object.keys(ORGANISATION_KIND_LABELS) as OrganisationKind[]).flatMap(
    (kind) =>
      [
        [words(ORGANISATION_KIND_LABELS[kind]), kind],
        [words(kind), kind],
      ] as Array<[string, OrganisationKind]>,
  ),
  ["health", "HEALTH_ICB"],
  ["integrated care board", "HEALTH_ICB"],
  ["icb", "HEALTH_ICB"],
  ["school", "EDUCATION"],
  ["relevant agency", "OTHER_RELEVANT_AGENCY"],
  ["other", "OTHER_RELEVANT_AGENCY"],
]);

export const KIND_CHOICES = Object.values(ORGANISATION_KIND_LABELS)
  .map((label) => label.toLowerCase())
  .join(", ");

export function kindFromText(value: string): OrganisationKind | undefined {
  return KIND_WORDS.get(words(value));
}

/** "31/03/2027", "31/3/2027" or "2027-03-31" → "2027-03-31"; anything else → null. */
export function deadlineFromText(value: string): string | null {
  const trimmed = value.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const stamp = uk
    ? `${uk[3]}-${uk[2]?.padStart(2, "0")}-${uk[1]?.padStart(2, "0")}`
    : /^\d{4}-\d{2}-\d{2}$/.test(trimmed)
      ? trimmed
      : null;
  return stamp && isDateStamp(stamp) ? stamp : null;
}

type Known = { id: string; name: string; kind: OrganisationKind };

/**
 * Reads the file against the partnership's organisations and those already taking part. A known
 * organisation's kind must match what is recorded; an unknown one becomes a new relevant agency.
 */
export function readReturnsCsv(
  text: string,
  organisations: readonly Known[],
  takingPart: ReadonlySet<string>,
): ReturnsCsvResult {
  const table = readCsvTable(text, RETURNS_CSV_COLUMNS, {
    max: RETURNS_CSV_MAX_ROWS,
    noun: "organisations",
  });
  if (!table.ok) return table;
  const rows = table.rows;
  const byName = new Map(organisations.map((o) => [words(o.name), o]));
  const firstEmail = new Map<string, number>();
  const firstOrganisation = new Map<string, number>();
  const problems: string[] = [];
  const result: ReturnsCsvRow[] = [];
  for (const { line, cells } of rows) {
    const [name = "", kindText = "", respondent = "", email = "", deadline = ""] = cells.map(
      (cell) => cell.trim().replace(/\s+/g, " "),
    );
    const found: string[] = [];
    const problem = (column: string, message: string) => found.push(`${column}: ${message}`);
    const known = byName.get(words(name));
    const kind = kindFromText(kindText);
    if (!name) problem("organisation", "enter the organisation's name");
    else if (name.length > RETURN_TEXT_MAX)
      problem("organisation", `must be ${RETURN_TEXT_MAX} characters or fewer`);
    else if (known && takingPart.has(known.id))
      problem("organisation", `${known.name} is already taking part in this self-assessment`);
    else if (firstOrganisation.has(words(name)))
      problem("organisation", `${name} is also on row ${firstOrganisation.get(words(name))}`);
    if (name) firstOrganisation.set(words(name), firstOrganisation.get(words(name)) ?? line);
    if (!kind)
      problem(
        "kind",
        kindText ? `"${kindText}" is not one of ${KIND_CHOICES}` : `enter one of ${KIND_CHOICES}`,
      );
    else if (known && known.kind !== kind)
      problem(
        "kind",
        `${known.name} is recorded as ${ORGANISATION_KIND_LABELS[known.kind].toLowerCase()}, not ${ORGANISATION_KIND_LABELS[kind].toLowerCase()}`,
      );
    if (!respondent) problem("respondent name", "enter the respondent's name");
    else if (respondent.length > RETURN_TEXT_MAX)
      problem("respondent name", `must be ${RETURN_TEXT_MAX} characters or fewer`);
    const parsedEmail = parseInput(emailSchema, email);
    if (!parsedEmail.success)
      problem(
        "respondent email",
        email ? `"${email}" is not a valid email address` : "enter an email address",
      );
    else if (firstEmail.has(parsedEmail.data))
      problem(
        "respondent email",
        `${parsedEmail.data} is also on row ${firstEmail.get(parsedEmail.data)}`,
      );
    else firstEmail.set(parsedEmail.data, line);
    const dueOn = deadlineFromText(deadline);
    if (!dueOn)
      problem(
        "deadline",
        deadline
          ? `"${deadline}" is not a real date written DD/MM/YYYY or YYYY-MM-DD`
          : "enter the deadline as DD/MM/YYYY or YYYY-MM-DD",
      );
    for (const message of found) problems.push(`Row ${line}, ${message}`);
    if (found.length === 0 && kind && dueOn && parsedEmail.success)
      result.push({
        row: line,
        organisationId: known?.id ?? null,
        organisationName: known?.name ?? name,
        kind,
        respondentName: respondent,
        respondentEmail: parsedEmail.data,
        dueOn,
      });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: result };
}
