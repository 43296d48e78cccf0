import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { recordAccess } from "@/lib/audit";
import { db } from "@/lib/db";
import type { EvidenceKindValue, EvidenceNatureValue } from "@/lib/domain/evidence-input";

export type EvidenceTombstone = { at: string; by: string | null; reason: string };

export type EvidenceLibraryItem = {
  id: string;
  title: string;
  kind: EvidenceKindValue;
  nature: EvidenceNatureValue;
  /** "YYYY-MM-DD" */
  evidenceDate: string;
  url: string | null;
  description: string | null;
  file: { fileName: string; mimeType: string; sizeBytes: number } | null;
  organisation: string | null;
  addedBy: string | null;
  addedAt: string;
  /** How many responses cite it. */
  citedBy: number;
  removed: EvidenceTombstone | null;
};

const itemSelect = {
  id: true,
  title: true,
  kind: true,
  nature: true,
  evidenceDate: true,
  url: true,
  description: true,
  createdById: true,
  createdAt: true,
  removedAt: true,
  removedById: true,
  removedReason: true,
  organisation: { select: { name: true } },
  file: { select: { fileName: true, mimeType: true, sizeBytes: true } },
  _count: { select: { responses: true } },
} as const;

type ItemRow = {
  id: string;
  title: string;
  kind: EvidenceKindValue;
  nature: EvidenceNatureValue;
  evidenceDate: Date;
  url: string | null;
  description: string | null;
  createdById: string | null;
  createdAt: Date;
  removedAt: Date | null;
  removedById: string | null;
  removedReason: string | null;
  organisation: { name: string } | null;
  file: { fileName: string; mimeType: string; sizeBytes: number } | null;
  _count: { responses: number };
};

/** Who added and who removed each item, in one query for the whole list (no relation to User). */
async function namesOf(rows: Array<{ createdById: string | null; removedById: string | null }>) {
  const ids = [...new Set(rows.flatMap((row) => [row.createdById, row.removedById]))].filter(
    (id): id is string => Boolean(id),
  );
  if (ids.length === 0) return new Map<string, string>();
  const users = await db().user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((user) => [user.id, user.name || user.email]));
}

function toItem(row: ItemRow, names: Map<string, string>): EvidenceLibraryItem {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    nature: row.nature,
    evidenceDate: row.evidenceDate.toISOString().slice(0, 10),
    url: row.url,
    description: row.description,
    file: row.file,
    organisation: row.organisation?.name ?? null,
    addedBy: row.createdById ? (names.get(row.createdById) ?? null) : null,
    addedAt: row.createdAt.toISOString(),
    citedBy: row._count.responses,
    removed: row.removedAt
      ? {
          at: row.removedAt.toISOString(),
          by: row.removedById ? (names.get(row.removedById) ?? null) : null,
          reason: row.removedReason ?? "",
        }
      : null,
  };
}

/** The partnership's evidence library, newest evidence first, for any member; the view is logged. */
export async function getEvidenceLibrary(partnershipId: string) {
  const { user, membership } = authorise(await getCurrentUser(), partnershipId, "evidence.view");
  const rows = await db().evidenceItem.findMany({
    where: { partnershipId },
    orderBy: [{ evidenceDate: "desc" }, { createdAt: "desc" }],
    select: itemSelect,
  });
  const names = await namesOf(rows);
  await recordAccess({
    action: "evidence.library-viewed",
    actorUserId: user.id,
    partnershipId,
    entityType: "Partnership",
    entityId: partnershipId,
  });
  return {
    items: rows.map((row) => toItem(row, names)),
    canAdd: can(membership.role, "evidence.add"),
    canRemove: can(membership.role, "evidence.remove"),
  };
}

/** One evidence item of the partnership (for the "remove a file" page), or a 404. */
export async function getEvidenceItem(
  partnershipId: string,
  evidenceId: string,
): Promise<EvidenceLibraryItem> {
  authorise(await getCurrentUser(), partnershipId, "evidence.view");
  const row = await db().evidenceItem.findFirst({
    where: { id: evidenceId, partnershipId },
    select: itemSelect,
  });
  if (!row) notFound();
  return toItem(row, await namesOf([row]));
}

export type RemovedEvidence = {
  id: string;
  title: string;
  nature: EvidenceNatureValue;
  evidenceDate: string;
  removed: EvidenceTombstone;
};

/**
 * The removed items among evidence already cited (by the responses on a page): they stay cited and
 * are shown with their tombstone, but are no longer offered for citing.
 */
export async function getCitedRemovedEvidence(
  partnershipId: string,
  evidenceIds: string[],
): Promise<RemovedEvidence[]> {
  authorise(await getCurrentUser(), partnershipId, "evidence.view");
  if (evidenceIds.length === 0) return [];
  const rows = await db().evidenceItem.findMany({
    where: { id: { in: [...new Set(evidenceIds)] }, partnershipId, removedAt: { not: null } },
    orderBy: { evidenceDate: "desc" },
    select: itemSelect,
  });
  const names = await namesOf(rows);
  return rows.map((row) => {
    const item = toItem(row, names);
    return {
      id: item.id,
      title: item.title,
      nature: item.nature,
      evidenceDate: item.evidenceDate,
      removed: item.removed as EvidenceTombstone,
    };
  });
}
