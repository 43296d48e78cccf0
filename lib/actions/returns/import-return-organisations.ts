"use server";

import { z } from "zod";
import { thenSendMails } from "@/lib/actions/members/issue-invitations";
import { partnershipAction } from "@/lib/actions/safe-action";
import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import { memberFields } from "@/lib/domain/members";
import { readReturnsCsv } from "@/lib/domain/returns-csv";
import { RETURN_MESSAGES, returnsPath } from "@/lib/domain/returns";
import { addReturns, findReturnsAssessment, respondentProblems } from "./support";

const NOT_UTF8 =
  'The file must be saved as "CSV UTF-8". In Excel, choose Save As and then "CSV UTF-8 (Comma delimited)".';

const schema = z.object({
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  assessmentId: z.uuid({ error: RETURN_MESSAGES.assessment }),
  file: memberFields.shape.file,
});

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
  if (text.includes("\u0000")) throw fileProblems([NOT_UTF8]);
  return text;
}

/**
 * Adds every organisation in a CSV file (organisation, kind, respondent name, respondent email,
 * deadline) to a wider-partner self-assessment in one transaction. Every row is checked first: one
 * bad row and nothing is imported, with each problem named by its row and column.
 */
export const importReturnOrganisations = thenSendMails(
  partnershipAction({
    schema,
    permission: "returns.manage",
    revalidate: (input) => [returnsPath(input.partnershipId, input.assessmentId)],
    handler: async (context) => {
      const { input, tx, user } = context;
      const assessment = await findReturnsAssessment(tx, input.partnershipId, input.assessmentId);
      const text = await readText(input.file);
      const organisations = await tx.organisation.findMany({
        where: { partnershipId: input.partnershipId },
        select: {
          id: true,
          name: true,
          kind: true,
          participations: { where: { assessmentId: assessment.id }, select: { id: true } },
        },
      });
      const takingPart = new Set(
        organisations.filter((o) => o.participations.length > 0).map((o) => o.id),
      );
      const read = readReturnsCsv(text, organisations, takingPart);
      if (!read.ok) throw fileProblems(read.problems);
      const { problems, members } = await respondentProblems(tx, input.partnershipId, read.rows);
      if (problems.size > 0)
        throw fileProblems(
          [...problems].map(
            ([index, message]) => `Row ${read.rows[index]?.row}, respondent email: ${message}`,
          ),
        );
      const added = await addReturns(context, assessment, read.rows, members, "csv");
      await recordChange(tx, {
        action: "returns.organisations-imported",
        actorUserId: user.id,
        partnershipId: input.partnershipId,
        entityType: "Assessment",
        entityId: assessment.id,
        after: {
          fileName: input.file.name,
          organisations: read.rows.map((r) => r.organisationName),
          newOrganisations: read.rows.filter((r) => !r.organisationId).length,
          invited: added.mails.length,
        },
      });
      return { count: read.rows.length, invited: added.mails.length, mails: added.mails };
    },
  }),
);
