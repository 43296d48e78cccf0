import { recordAccess } from "@/lib/audit";
import { plainText, routeAccess } from "@/lib/authz/route-access";
import { getFrameworkDownload } from "@/lib/data/frameworks";

/**
 * A framework version the partnership can see (the original or its own adaptation) as a JSON file
 * in the documented format (docs/framework-file-format.md), with its attribution. Recorded in the
 * access log.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ partnershipId: string; versionId: string }> },
): Promise<Response> {
  const { partnershipId, versionId } = await params;
  const granted = await routeAccess(request, partnershipId, "framework.view", [versionId]);
  if (granted instanceof Response) return granted;

  const download = await getFrameworkDownload(partnershipId, versionId);
  if (!download) return plainText(404, "Page not found");
  await recordAccess({
    action: "framework.exported",
    actorUserId: granted.user.id,
    partnershipId,
    entityType: "FrameworkVersion",
    entityId: download.versionId,
    metadata: { fileName: download.fileName },
  });
  return new Response(download.body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${download.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
