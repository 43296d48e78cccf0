import { routeAccess } from "@/lib/authz/route-access";
import { recordAccess } from "@/lib/audit";
import { getTrackerExport } from "@/lib/data/action-tracker";
import { activeFilters, parseTrackerFilters } from "@/lib/domain/action-filters";
import {
  actionsCsv,
  actionsFileName,
  actionsXlsx,
  EXPORT_CONTENT_TYPES,
  type ExportFormat,
} from "@/lib/export/actions-export";

/**
 * The action tracker as CSV or Excel: the same filters, sort, rows and column words as the page
 * (agency members get only their own organisation's actions). Recorded in the access log.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ partnershipId: string }> },
): Promise<Response> {
  const { partnershipId } = await params;
  const granted = await routeAccess(request, partnershipId, "action.view");
  if (granted instanceof Response) return granted;

  const query = Object.fromEntries(new URL(request.url).searchParams);
  const format: ExportFormat = query.format === "xlsx" ? "xlsx" : "csv";
  const filters = parseTrackerFilters(query);
  const now = new Date();
  const { rows, partnershipSlug } = await getTrackerExport(partnershipId, filters, now);
  const body = format === "xlsx" ? new Uint8Array(await actionsXlsx(rows, now)) : actionsCsv(rows);
  await recordAccess({
    action: "actions.exported",
    actorUserId: granted.user.id,
    partnershipId,
    entityType: "Partnership",
    entityId: partnershipId,
    metadata: { format, filters: activeFilters(filters), rows: rows.length },
  });
  return new Response(body, {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${actionsFileName(partnershipSlug, format, now)}"`,
      // A personal download: never stored by a shared cache, never sniffed as something else.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
