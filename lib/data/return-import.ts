import "server-only";
import { forbidden, notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/authz/guard";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { db } from "@/lib/db";
import { importBlockedReason } from "@/lib/domain/return-access";
import type { Answer, ReturnChange } from "@/lib/domain/return-import";
import { offlineParticipant } from "./offline-return";

export type ReturnUploadView = {
  partnershipId: string;
  assessmentId: string;
  participantId: string;
  assessmentTitle: string;
  organisationName: string;
  /** A business manager importing for the organisation. */
  onBehalf: boolean;
  blockedReason: string | null;
  /** How many answers the confirmed import named by `importId` brought in. */
  importedCount: number | null;
  preview: null | {
    importId: string;
    fileName: string;
    changes: Array<{ row: number; code: string; text: string; before: Answer; after: Answer }>;
  };
};

/**
 * The upload page: whose return it is, whether answers can still be imported and, when `importId`
 * names a checked file not yet confirmed, what it will change. Three queries at most.
 */
export async function getReturnUpload(
  partnershipId: string,
  assessmentId: string,
  participantId: string,
  importId: string | null,
): Promise<ReturnUploadView> {
  const access = await requirePageAccess(partnershipId, "response.edit");
  let participant;
  try {
    participant = await offlineParticipant(
      db(),
      access,
      partnershipId,
      assessmentId,
      participantId,
    );
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
  const found = importId
    ? await db().returnImport.findFirst({
        where: { id: importId, participantId: participant.id },
        select: { id: true, fileName: true, rows: true, confirmedAt: true },
      })
    : null;
  // Confirming refreshes this page before it can move on: a confirmed import says how many
  // answers it brought in instead of offering itself again.
  const held = found && !found.confirmedAt ? found : null;
  const importedCount = found?.confirmedAt ? (found.rows as unknown as unknown[]).length : null;
  const changes = (held?.rows ?? []) as unknown as ReturnChange[];
  const questions =
    changes.length === 0
      ? []
      : await db().frameworkQuestion.findMany({
          where: { id: { in: changes.map((c) => c.questionId) } },
          select: { id: true, text: true },
        });
  const text = new Map(questions.map((q) => [q.id, q.text]));
  return {
    partnershipId,
    assessmentId,
    participantId,
    assessmentTitle: participant.assessment.title,
    organisationName: participant.organisationName,
    onBehalf: participant.onBehalf,
    blockedReason: importBlockedReason(
      participant.status,
      participant.assessment.status,
      participant.organisationName,
    ),
    importedCount,
    preview: held
      ? {
          importId: held.id,
          fileName: held.fileName,
          changes: changes.map((c) => ({
            row: c.row,
            code: c.code,
            text: text.get(c.questionId) ?? "",
            before: c.before,
            after: c.after,
          })),
        }
      : null,
  };
}
