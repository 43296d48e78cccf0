import { plainText, routeAccess } from "@/lib/authz/route-access";
import { recordAccess } from "@/lib/audit";
import { db } from "@/lib/db";
import { formatUkDateTime } from "@/lib/domain/london-time";
import { contentDisposition } from "@/lib/domain/uploads";

/**
 * Downloads an uploaded evidence file, for members who can read the partnership's evidence. Always
 * as an attachment with the type found when it was uploaded (never sniffed), never cached, and
 * logged. A removed file answers 410 Gone with when it was removed.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ partnershipId: string; evidenceId: string }> },
): Promise<Response> {
  const { partnershipId, evidenceId } = await params;
  const granted = await routeAccess(request, partnershipId, "evidence.view", [evidenceId]);
  if (granted instanceof Response) return granted;

  const item = await db().evidenceItem.findFirst({
    where: { id: evidenceId, partnershipId },
    select: {
      id: true,
      removedAt: true,
      file: { select: { id: true, fileName: true, mimeType: true, sizeBytes: true } },
    },
  });
  if (!item?.file) return plainText(404, "Page not found");
  if (item.removedAt)
    return plainText(
      410,
      `This file was removed on ${formatUkDateTime(item.removedAt)}. Its details stay in the evidence library.`,
    );
  const stored = await db().storedFile.findFirst({
    where: { id: item.file.id, partnershipId },
    select: { content: true },
  });
  if (!stored?.content) return plainText(410, "This file has been removed.");

  await recordAccess({
    action: "evidence.downloaded",
    actorUserId: granted.user.id,
    partnershipId,
    entityType: "EvidenceItem",
    entityId: item.id,
    metadata: { fileName: item.file.fileName, sizeBytes: item.file.sizeBytes },
  });
  const type = item.file.mimeType.startsWith("text/")
    ? `${item.file.mimeType}; charset=utf-8`
    : item.file.mimeType;
  return new Response(stored.content, {
    headers: {
      "Content-Type": type,
      "Content-Length": String(stored.content.byteLength),
      "Content-Disposition": contentDisposition(item.file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
