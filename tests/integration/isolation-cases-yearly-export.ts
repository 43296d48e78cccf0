/**
 * Isolation-matrix entries for the yearly report's downloads (lib/export/yearly-report-download.ts):
 * the section as Word and PDF, the cycle's ratings and actions as CSV and Excel. Every member may
 * download (a scrutineer once the section is shared with them, as here); another partnership's
 * business manager and signed-out people may not, and a refused download is not logged as one.
 * Spread into MATRIX in ./isolation-cases.ts.
 */
import { GET as actionsCsv } from "@/app/(app)/partnerships/[partnershipId]/yearly-report/[cycleId]/export/actions.csv/route";
import { GET as actionsXlsx } from "@/app/(app)/partnerships/[partnershipId]/yearly-report/[cycleId]/export/actions.xlsx/route";
import { GET as docx } from "@/app/(app)/partnerships/[partnershipId]/yearly-report/[cycleId]/export/docx/route";
import { GET as pdf } from "@/app/(app)/partnerships/[partnershipId]/yearly-report/[cycleId]/export/pdf/route";
import { GET as ratingsCsv } from "@/app/(app)/partnerships/[partnershipId]/yearly-report/[cycleId]/export/ratings.csv/route";
import { GET as ratingsXlsx } from "@/app/(app)/partnerships/[partnershipId]/yearly-report/[cycleId]/export/ratings.xlsx/route";
import { ROLES } from "@/lib/authz/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { partnershipCase, viaRoute, type MatrixCase } from "./isolation-cases";
import type { World } from "./support/world";

type Prepared = { partnershipId: string; cycleId: string; since: Date };

/** A fresh cycle of partnership A whose section has been shared with the scrutineer. */
async function sharedSection(world: World, prisma: PrismaClient): Promise<Prepared> {
  const cycle = await prisma.cycle.create({
    data: {
      partnershipId: world.partnership.id,
      name: `Yearly ${Math.random().toString(36).slice(2)}`,
      startsOn: new Date("2025-04-01"),
      endsOn: new Date("2026-03-31"),
    },
  });
  await prisma.yearlyReportSection.create({
    data: {
      partnershipId: world.partnership.id,
      cycleId: cycle.id,
      whatWasDone: "We met monthly.",
      status: "SHARED",
      sharedWithScrutineerAt: new Date(),
    },
  });
  return { partnershipId: world.partnership.id, cycleId: cycle.id, since: new Date() };
}

const ROUTES = {
  docx,
  pdf,
  "ratings.csv": ratingsCsv,
  "ratings.xlsx": ratingsXlsx,
  "actions.csv": actionsCsv,
  "actions.xlsx": actionsXlsx,
};

function exportCase(kind: keyof typeof ROUTES): MatrixCase {
  return partnershipCase<Prepared>({
    allowed: ROLES,
    prepare: sharedSection,
    invoke: async (p) =>
      viaRoute(
        await ROUTES[kind](
          new Request(
            `http://localhost:3000/partnerships/${p.partnershipId}/yearly-report/${p.cycleId}/export/${kind}`,
          ),
          { params: Promise.resolve({ partnershipId: p.partnershipId, cycleId: p.cycleId }) },
        ),
      ),
    unchanged: async (p, prisma) => {
      const logged = await prisma.auditEvent.count({
        where: { action: "yearly-report.exported", entityId: p.cycleId, at: { gte: p.since } },
      });
      if (logged !== 0) throw new Error("a refused download was recorded as a download");
    },
  });
}

const route = (kind: string) =>
  `app/(app)/partnerships/[partnershipId]/yearly-report/[cycleId]/export/${kind}/route.ts#GET`;

export const YEARLY_EXPORT_CASES: Record<string, MatrixCase> = Object.fromEntries(
  (Object.keys(ROUTES) as Array<keyof typeof ROUTES>).map((kind) => [
    route(kind),
    exportCase(kind),
  ]),
);
