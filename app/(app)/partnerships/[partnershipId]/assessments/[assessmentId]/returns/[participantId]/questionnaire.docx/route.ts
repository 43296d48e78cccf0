import { questionnaireDownload } from "@/lib/export/questionnaire-download";

/** An organisation's blank questionnaire as a Word document, for drafting and sign-off. Authorised and logged (lib/export/questionnaire-download.ts). */
export async function GET(
  request: Request,
  {
    params,
  }: { params: Promise<{ partnershipId: string; assessmentId: string; participantId: string }> },
): Promise<Response> {
  return questionnaireDownload(request, await params, "docx");
}
