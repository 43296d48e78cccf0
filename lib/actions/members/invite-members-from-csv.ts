"use server";

import { partnershipAction } from "@/lib/actions/safe-action";
import { DomainError } from "@/lib/authz/errors";
import { readInvitationCsv } from "@/lib/domain/member-csv";
import { csvImportSchema } from "@/lib/domain/members";
import { issueInvitations, thenSendMails } from "./issue-invitations";
import { alreadyMemberMessage, existingMembers, membersPath } from "./support";

const NOT_UTF8 =
  'The file must be saved as "CSV UTF-8". In Excel, choose Save As and then "CSV UTF-8 (Comma delimited)".';

function fileProblems(problems: string[]): DomainError {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return new DomainError(`The file has ${count}. Nothing has been imported.`, { file: problems });
}

async function readText(file: File): Promise<string> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw fileProblems([NOT_UTF8]);
  }
  // A spreadsheet saved in its own format and renamed .csv can decode but is full of NULs.
  if (text.includes("\u0000")) throw fileProblems([NOT_UTF8]);
  return text;
}

/**
 * Invites everyone in a CSV file (email,name,role,organisation). Every row is checked before
 * anything is saved: one bad row and nobody is invited, with each problem named by its row.
 */
export const inviteMembersFromCsv = thenSendMails(
  partnershipAction({
    schema: csvImportSchema,
    permission: "members.manage",
    revalidate: (input) => [membersPath(input.partnershipId)],
    handler: async (context) => {
      const { input, tx } = context;
      const text = await readText(input.file);
      const organisations = await tx.organisation.findMany({
        where: { partnershipId: input.partnershipId },
        select: { id: true, name: true },
      });
      const read = readInvitationCsv(text, organisations);
      if (!read.ok) throw fileProblems(read.problems);

      const existing = await existingMembers(
        tx,
        input.partnershipId,
        read.people.map((person) => person.email),
      );
      const memberProblems = read.people.flatMap((person) => {
        const state = existing.get(person.email);
        return state ? [`Row ${person.row}: ${alreadyMemberMessage(person.email, state)}`] : [];
      });
      if (memberProblems.length > 0) throw fileProblems(memberProblems);

      const names = new Map(
        organisations.map((organisation) => [organisation.id, organisation.name]),
      );
      const invitees = read.people.map((person) => ({
        ...person,
        organisationName: person.organisationId ? names.get(person.organisationId) : undefined,
        designations: [],
      }));
      const mails = await issueInvitations(context, invitees, "csv");
      return { count: mails.length, mails };
    },
  }),
);
