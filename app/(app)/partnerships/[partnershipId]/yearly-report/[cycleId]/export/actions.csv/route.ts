import { yearlyReportDownload } from "@/lib/export/yearly-report-download";

/** The yearly report: the cycle's actions, in the action tracker's columns, as CSV. Authorised and logged (lib/export/yearly-report-download.ts). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ partnershipId: string; cycleId: string }> },
): Promise<Response> {
  return yearlyReportDownload(request, await params, "actions.csv");
}
