import "server-only";
import { recordAccess } from "@/lib/audit";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { plainText, routeAccess } from "@/lib/authz/route-access";
import { getYearlyReportActions, getYearlyReportExport } from "@/lib/data/yearly-report-export";
import { actionsCsv, actionsXlsx, EXPORT_CONTENT_TYPES } from "./actions-export";
import { DOCX_CONTENT_TYPE, yearlyReportDocx } from "./yearly-report-docx";
import { PDF_CONTENT_TYPE, yearlyReportPdf } from "./yearly-report-pdf";
import { ratingsCsv, ratingsXlsx } from "./yearly-report-ratings";

/**
 * The yearly report's downloads, one route handler each (…/yearly-report/:cycleId/export/…):
 * the scrutiny section as Word or PDF, the cycle's ratings and its actions as CSV or Excel. Each
 * is checked like the other file routes (lib/authz/route-access.ts), made from the section's facts,
 * and recorded in the access log with its format and file name.
 */

export const YEARLY_EXPORT_KINDS = [
  "docx",
  "pdf",
  "ratings.csv",
  "ratings.xlsx",
  "actions.csv",
  "actions.xlsx",
] as const;
export type YearlyExportKind = (typeof YEARLY_EXPORT_KINDS)[number];

type File = { body: string | Uint8Array<ArrayBuffer>; contentType: string; suffix: string };

const bytes = (buffer: Buffer) => new Uint8Array(buffer);

async function makeFile(
  kind: YearlyExportKind,
  partnershipId: string,
  cycleId: string,
  now: Date,
): Promise<{ file: File; fileStem: string; sectionId: string | null }> {
  const data = await getYearlyReportExport(partnershipId, cycleId, now);
  const { facts, input } = data;
  const previous = facts.previousCycle !== null;
  const file = async (): Promise<File> => {
    switch (kind) {
      case "docx":
        return {
          body: bytes(await yearlyReportDocx(input)),
          contentType: DOCX_CONTENT_TYPE,
          suffix: "scrutiny-section.docx",
        };
      case "pdf":
        return {
          body: bytes(await yearlyReportPdf(input)),
          contentType: PDF_CONTENT_TYPE,
          suffix: "scrutiny-section.pdf",
        };
      case "ratings.csv":
        return {
          body: ratingsCsv(facts.ratings, previous),
          contentType: EXPORT_CONTENT_TYPES.csv,
          suffix: "ratings.csv",
        };
      case "ratings.xlsx":
        return {
          body: bytes(await ratingsXlsx(facts.ratings, previous, now)),
          contentType: EXPORT_CONTENT_TYPES.xlsx,
          suffix: "ratings.xlsx",
        };
      case "actions.csv":
      case "actions.xlsx": {
        const rows = await getYearlyReportActions(partnershipId, cycleId, now);
        return kind === "actions.csv"
          ? { body: actionsCsv(rows), contentType: EXPORT_CONTENT_TYPES.csv, suffix: kind }
          : {
              body: bytes(await actionsXlsx(rows, now)),
              contentType: EXPORT_CONTENT_TYPES.xlsx,
              suffix: kind,
            };
      }
    }
  };
  return { file: await file(), fileStem: data.fileStem, sectionId: facts.section?.id ?? null };
}

export async function yearlyReportDownload(
  request: Request,
  params: { partnershipId: string; cycleId: string },
  kind: YearlyExportKind,
): Promise<Response> {
  const { partnershipId, cycleId } = params;
  const granted = await routeAccess(request, partnershipId, "yearly-report.export", [cycleId]);
  if (granted instanceof Response) return granted;

  let made: Awaited<ReturnType<typeof makeFile>>;
  try {
    made = await makeFile(kind, partnershipId, cycleId, new Date());
  } catch (error) {
    if (error instanceof NotFoundError) return plainText(404, "Page not found");
    if (error instanceof ForbiddenError) return plainText(403, error.message);
    throw error;
  }
  const fileName = `${made.fileStem}-${made.file.suffix}`;
  await recordAccess({
    action: "yearly-report.exported",
    actorUserId: granted.user.id,
    partnershipId,
    entityType: "Cycle",
    entityId: cycleId,
    metadata: { format: kind, fileName, sectionId: made.sectionId },
  });
  return new Response(made.file.body, {
    headers: {
      "Content-Type": made.file.contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      // A personal download: never stored by a shared cache, never sniffed as something else.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
