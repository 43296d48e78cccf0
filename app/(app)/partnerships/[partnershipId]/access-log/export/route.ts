import { plainText, routeAccess } from "@/lib/authz/route-access";
import type { PartnershipAccess } from "@/lib/authz/guard";
import { recordAccess } from "@/lib/audit";
import { accessLogBatches, type AccessLogEntry } from "@/lib/data/access-log";
import { parseAccessLogFilters } from "@/lib/domain/access-log-filters";
import {
  ACCESS_LOG_CSV_HEADERS,
  accessLogCsvRow,
  accessLogFileName,
} from "@/lib/export/access-log-csv";
import { CSV_BOM, csvLine, toCsv } from "@/lib/export/csv";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ partnershipId: string }> },
): Promise<Response> {
  const { partnershipId } = await params;
  const granted = await routeAccess(request, partnershipId, "accessLog.export");
  if (granted instanceof Response) return granted;

  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { filters, errors } = parseAccessLogFilters(query);
  if (Object.keys(errors).length > 0)
    return plainText(400, Object.values(errors).flat().join("\n"));
  const { page: _page, ...exported } = filters;
  await recordAccess({
    action: "access-log.exported",
    actorUserId: granted.user.id,
    partnershipId,
    entityType: "Partnership",
    entityId: partnershipId,
    metadata: exported,
  });
  return new Response(csvStream(granted, { ...exported, page: 1 }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${accessLogFileName()}"`,
      "Cache-Control": "no-store",
    },
  });
}

function csvStream(
  granted: PartnershipAccess,
  filters: Parameters<typeof accessLogBatches>[1],
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = accessLogBatches(granted, filters);
  const row = (entry: AccessLogEntry) => accessLogCsvRow(entry, granted.membership.partnershipId);
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(ACCESS_LOG_CSV_HEADERS)));
    },
    // One batch per read: a slow download never holds the whole log in memory.
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(toCsv(next.value.map(row))));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
