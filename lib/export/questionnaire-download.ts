import "server-only";
import { recordAccess } from "@/lib/audit";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { plainText, routeAccess } from "@/lib/authz/route-access";
import { offlineParticipant, questionnaireFor } from "@/lib/data/offline-return";
import { db } from "@/lib/db";
import { slugify } from "@/lib/domain/slug";
import { contentDisposition } from "@/lib/domain/uploads";
import { DOCX_CONTENT_TYPE } from "./yearly-report-docx";
import { questionnaireDocx } from "./questionnaire-docx";
import { questionnaireXlsx, XLSX_CONTENT_TYPE } from "./questionnaire-xlsx";

type Params = { partnershipId: string; assessmentId: string; participantId: string };

/**
 * An organisation's blank questionnaire (…/returns/:participantId/questionnaire.docx or .xlsx),
 * for its agency respondent or the business manager only; checked like the other file routes
 * (lib/authz/route-access.ts) and recorded in the access log.
 */
export async function questionnaireDownload(
  request: Request,
  { partnershipId, assessmentId, participantId }: Params,
  format: "docx" | "xlsx",
): Promise<Response> {
  const granted = await routeAccess(request, partnershipId, "response.edit", [
    assessmentId,
    participantId,
  ]);
  if (granted instanceof Response) return granted;
  let participant;
  try {
    participant = await offlineParticipant(
      db(),
      granted,
      partnershipId,
      assessmentId,
      participantId,
    );
  } catch (error) {
    if (error instanceof NotFoundError) return plainText(404, "Page not found");
    if (error instanceof ForbiddenError) return plainText(403, error.message);
    throw error;
  }
  const questionnaire = await questionnaireFor(db(), participant);
  const body =
    format === "docx"
      ? await questionnaireDocx(questionnaire)
      : await questionnaireXlsx(questionnaire);
  const fileName = `${slugify(participant.organisationName) || "organisation"}-questionnaire.${format}`;
  await recordAccess({
    action: "returns.questionnaire-downloaded",
    actorUserId: granted.user.id,
    partnershipId,
    entityType: "AssessmentParticipant",
    entityId: participant.id,
    metadata: { format, fileName, organisation: participant.organisationName },
  });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": format === "docx" ? DOCX_CONTENT_TYPE : XLSX_CONTENT_TYPE,
      "Content-Disposition": contentDisposition(fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
