import { yearlyReportDownload } from "@/lib/export/yearly-report-download";

/** The yearly report: the scrutiny section as a Word document. Authorised and logged (lib/export/yearly-report-download.ts). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ partnershipId: string; cycleId: string }> },
): Promise<Response> {
  return yearlyReportDownload(request, await params, "docx");
}
