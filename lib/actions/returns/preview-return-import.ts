"use server";

import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { importContext, offlineParticipant } from "@/lib/data/offline-return";
import { importBlockedReason } from "@/lib/domain/return-access";
import { checkReturn } from "@/lib/domain/return-import";
import { checkReturnFile, previewReturnImportSchema } from "@/lib/domain/return-import-input";
import { readReturnWorkbook } from "@/lib/domain/return-workbook";

const refuse = (message: string, problems: string[]): never => {
  throw new DomainError(message, { file: problems });
};

/**
 * Step one of importing an organisation's completed Excel return: the file is checked (size and
 * type on its content, whose return it is, every row against the answer rules) and, when nothing
 * is wrong, its changes are held as a ReturnImport for the person to look at. No answer changes
 * until they confirm (./confirm-return-import.ts); a file with problems leaves nothing behind.
 */
export const previewReturnImport = partnershipAction({
  schema: previewReturnImportSchema,
  permission: "response.edit",
  handler: async ({ user, membership, input, tx }) => {
    const participant = await offlineParticipant(
      tx,
      { user, membership },
      input.partnershipId,
      input.assessmentId,
      input.participantId,
    );
    const blocked = importBlockedReason(
      participant.status,
      participant.assessment.status,
      participant.organisationName,
    );
    if (blocked) throw new DomainError(blocked);

    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const file = checkReturnFile(input.file.name, bytes);
    if (!file.ok) refuse("The file was not imported.", [file.message]);
    const read = await readReturnWorkbook(bytes);
    if (!read.ok) return refuse("The file was not imported.", read.problems);
    const checked = checkReturn(read, await importContext(tx, participant));
    if (!checked.ok)
      return refuse(
        checked.problems.length === 1
          ? "The file was not imported: there is a problem with it."
          : `The file was not imported: there are ${checked.problems.length} problems with it.`,
        checked.problems,
      );
    if (checked.changes.length === 0)
      refuse("The file was not imported.", [
        "The file changes nothing: every row is blank or the same as the answers already saved",
      ]);

    const fileName = file.ok ? file.fileName : "";
    const held = await tx.returnImport.create({
      data: {
        participantId: participant.id,
        createdById: user.id,
        fileName,
        rows: checked.changes,
      },
      select: { id: true },
    });
    await recordChange(tx, {
      action: "returns.import-checked",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "ReturnImport",
      entityId: held.id,
      after: {
        organisation: participant.organisationName,
        fileName,
        questions: checked.changes.map((c) => c.code),
      },
      metadata: { participantId: participant.id },
    });
    return { importId: held.id, changes: checked.changes.length };
  },
});
