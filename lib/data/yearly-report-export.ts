import "server-only";
import { recordAccess } from "@/lib/audit";
import { getCurrentUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/authz/errors";
import { db } from "@/lib/db";
import { DEFAULT_TRACKER_FILTERS, type TrackerRow } from "@/lib/domain/action-filters";
import { yearlyReportSection } from "@/lib/export/yearly-report-blocks";
import type { YearlyReportDocxInput } from "@/lib/export/yearly-report-docx";
import { getTrackerRows } from "./action-tracker";
import { getYearlyReportPage } from "./yearly-report";
import { getYearlyReportFacts, toExportInput, type YearlyReportFacts } from "./yearly-report-facts";

/**
 * What the yearly report's exports are made from: the section's facts (lib/data/yearly-report-
 * facts.ts authorises, finds the cycle in this partnership only, and keeps an unshared section
 * from the scrutineer) and the start of every file name. Another partnership's cycle is a
 * NotFoundError, so a route answers 404.
 */

export type YearlyReportExport = {
  facts: YearlyReportFacts;
  input: YearlyReportDocxInput;
  /** "northshire-yearly-report-2025-26": the partnership's slug and the cycle's name. */
  fileStem: string;
};

const slug = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/gi, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();

/** next/navigation's notFound() (as the facts use for pages) as this app's NotFoundError. */
function isNotFound(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404");
}

export async function getYearlyReportExport(
  partnershipId: string,
  cycleId: string,
  now: Date = new Date(),
): Promise<YearlyReportExport> {
  let facts: YearlyReportFacts;
  try {
    facts = await getYearlyReportFacts(partnershipId, cycleId, now);
  } catch (error) {
    if (isNotFound(error)) throw new NotFoundError("yearly report");
    throw error;
  }
  // The one thing the facts do not carry: the partnership's short name for file names.
  const partnership = await db().partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: { slug: true },
  });
  return {
    facts,
    input: toExportInput(facts, now),
    fileStem: `${slug(partnership.slug) || "partnership"}-yearly-report-${slug(facts.cycle.name) || "cycle"}`,
  };
}

/**
 * The cycle's actions as the action tracker lists them (raised in the cycle or carried into it),
 * with its visibility rule: agency members get only their own organisation's.
 */
export function getYearlyReportActions(
  partnershipId: string,
  cycleId: string,
  now: Date = new Date(),
): Promise<TrackerRow[]> {
  return getTrackerRows(partnershipId, { ...DEFAULT_TRACKER_FILTERS, cycleId }, now).then(
    (result) => result.rows,
  );
}

/**
 * The print page's content: the section in the export's blocks, or null for an independent
 * scrutineer before the section is shared with them. Opening it is recorded in the access log.
 */
export async function getYearlyReportPrint(
  partnershipId: string,
  cycleId: string,
  now: Date = new Date(),
): Promise<{ facts: YearlyReportFacts; section: ReturnType<typeof yearlyReportSection> } | null> {
  const facts = await getYearlyReportPage(partnershipId, cycleId);
  if (!facts) return null;
  const user = await getCurrentUser();
  await recordAccess({
    action: "yearly-report.printed",
    actorUserId: user?.id ?? null,
    partnershipId,
    entityType: "Cycle",
    entityId: cycleId,
    metadata: { sectionId: facts.section?.id ?? null },
  });
  return { facts, section: yearlyReportSection(toExportInput(facts, now)) };
}
