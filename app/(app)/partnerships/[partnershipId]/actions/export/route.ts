import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError, NotSignedInError } from "@/lib/authz/errors";
import { authorise } from "@/lib/authz/guard";
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
import { isUuid } from "@/lib/validation";

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** A route handler is reached directly, not through the page: it checks access itself. */
async function access(request: Request, partnershipId: string) {
  try {
    if (!isUuid(partnershipId)) throw new NotFoundError();
    return authorise(await getCurrentUser(), partnershipId, "action.view");
  } catch (error) {
    if (error instanceof NotSignedInError) {
      const url = new URL(request.url);
      const signIn = new URL("/sign-in", url);
      signIn.searchParams.set("callbackUrl", `${url.pathname}${url.search}`);
      return Response.redirect(signIn, 303);
    }
    if (error instanceof NotFoundError) return text(404, "Page not found");
    if (error instanceof ForbiddenError) return text(403, error.message);
    throw error;
  }
}

/**
 * The action tracker as CSV or Excel: the same filters, sort, rows and column words as the page
 * (agency members get only their own organisation's actions). Recorded in the access log.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ partnershipId: string }> },
): Promise<Response> {
  const { partnershipId } = await params;
  const granted = await access(request, partnershipId);
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
      "Cache-Control": "no-store",
    },
  });
}
