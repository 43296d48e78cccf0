import { ROLE_LABELS, ROLES, type Role } from "@/lib/authz/permissions";
import { csvWords, readCsvTable } from "./csv";
import { emailSchema, needsOrganisation } from "./members";
import { parseInput } from "@/lib/validation";

export const CSV_COLUMNS = ["email", "name", "role", "organisation"] as const;
export const CSV_MAX_PEOPLE = 500;

export type CsvInvitee = {
  row: number;
  email: string;
  name?: string;
  role: Role;
  organisationId?: string;
};

export type CsvReadResult = { ok: true; people: CsvInvitee[] } | { ok: false; problems: string[] };

const words = csvWords;

// People type what they see on screen ("agency respondent"), what an export holds
// ("AGENCY_RESPONDENT") or the short form "scrutineer".
const ROLE_WORDS = new Map<string, Role>(
  ROLES.flatMap((role) => [
    [words(ROLE_LABELS[role]), role],
    [words(role), role],
  ]),
);

export function roleFromText(value: string): Role | undefined {
  return ROLE_WORDS.get(words(value));
}

export const ROLE_CHOICES = ROLES.map((role) => ROLE_LABELS[role].toLowerCase()).join(", ");

/**
 * Reads a whole invitation file against the partnership's organisations. Every row is checked and
 * every problem named by its row, so a person can fix the file in one go; nothing is partly valid.
 */
export function readInvitationCsv(
  text: string,
  organisations: ReadonlyArray<{ id: string; name: string }>,
): CsvReadResult {
  const table = readCsvTable(text, CSV_COLUMNS, { max: CSV_MAX_PEOPLE, noun: "people" });
  if (!table.ok) return table;
  const rows = table.rows;
  const organisationsByName = new Map(organisations.map((o) => [words(o.name), o.id]));
  const firstRowOf = new Map<string, number>();
  const problems: string[] = [];
  const people: CsvInvitee[] = [];
  for (const { line, cells } of rows) {
    const [email = "", name = "", roleText = "", organisation = ""] = cells.map((cell) =>
      cell.trim(),
    );
    const rowProblems: string[] = [];
    const parsedEmail = parseInput(emailSchema, email);
    if (!parsedEmail.success)
      rowProblems.push(email ? `email "${email}" is not valid` : "enter an email address");
    const role = roleFromText(roleText);
    if (!role)
      rowProblems.push(
        roleText
          ? `role "${roleText}" is not one of ${ROLE_CHOICES}`
          : `enter a role: one of ${ROLE_CHOICES}`,
      );
    const organisationId = organisation ? organisationsByName.get(words(organisation)) : undefined;
    if (organisation && !organisationId)
      rowProblems.push(
        `organisation "${organisation}" is not one of this partnership's organisations`,
      );
    else if (role && needsOrganisation(role) && !organisationId)
      rowProblems.push(
        `enter an organisation: every ${ROLE_LABELS[role].toLowerCase()} belongs to one`,
      );
    if (name.length > 200) rowProblems.push("name must be 200 characters or fewer");
    if (parsedEmail.success) {
      const earlier = firstRowOf.get(parsedEmail.data);
      if (earlier) rowProblems.push(`${parsedEmail.data} is also on row ${earlier}`);
      else firstRowOf.set(parsedEmail.data, line);
    }
    for (const problem of rowProblems) problems.push(`Row ${line}: ${problem}`);
    if (rowProblems.length === 0 && parsedEmail.success && role)
      people.push({
        row: line,
        email: parsedEmail.data,
        name: name || undefined,
        role,
        organisationId,
      });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, people };
}
