import { yearlyReportDownload } from "@/lib/export/yearly-report-download";

/** The yearly report: the cycle's agreed ratings, one row per question, as CSV. Authorised and logged (lib/export/yearly-report-download.ts). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ partnershipId: string; cycleId: string }> },
): Promise<Response> {
  return yearlyReportDownload(request, await params, "ratings.csv");
}
