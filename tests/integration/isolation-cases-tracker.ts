/**
 * Isolation-matrix entries for the action tracker: bulk reassignment (business managers only) and
 * the CSV/XLSX export (every member of the partnership; agency members get only their own
 * organisation's rows, tested in ./action-tracker.test.ts). Spread into MATRIX in
 * ./isolation-cases.ts. Only types and plain helper functions are imported from there, so the two
 * files' load order does not matter.
 */
import { GET as exportActions } from "@/app/(app)/partnerships/[partnershipId]/actions/export/route";
import { reassignActions } from "@/lib/actions/actions/reassign-actions";
import { ROLES } from "@/lib/authz/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { partnershipCase, viaAction, viaRoute, type MatrixCase } from "./isolation-cases";
import type { World } from "./support/world";

/** A fresh action of partnership A, owned by someone without an account. */
async function freshAction(world: World, prisma: PrismaClient) {
  const action = await prisma.action.create({
    data: {
      partnershipId: world.partnership.id,
      description: `Matrix action ${Math.random().toString(36).slice(2)}`,
      ownerOrganisationId: world.agencyId,
      ownerName: "Pat Owner",
      ownerEmail: "pat@example.org",
      dueOn: new Date("2030-01-01T00:00:00Z"),
      sourceType: "OTHER",
    },
  });
  return { partnershipId: world.partnership.id, actionId: action.id };
}

export const TRACKER_CASES: Record<string, MatrixCase> = {
  "lib/actions/actions/reassign-actions.ts#reassignActions": partnershipCase({
    allowed: ["BUSINESS_MANAGER"],
    prepare: async (world, prisma) => ({
      ...(await freshAction(world, prisma)),
      newOwnerId: world.members.SCRUTINEER.id,
    }),
    invoke: (p) =>
      viaAction(reassignActions, {
        partnershipId: p.partnershipId,
        actionIds: [p.actionId],
        ownerType: "MEMBER",
        ownerUserId: p.newOwnerId,
      }),
    unchanged: async (p, prisma) => {
      const action = await prisma.action.findUniqueOrThrow({ where: { id: p.actionId } });
      if (action.version !== 1 || action.ownerUserId !== null || action.ownerName !== "Pat Owner")
        throw new Error("a refused reassignment changed the action");
      const notes = await prisma.actionUpdate.count({ where: { actionId: p.actionId } });
      if (notes !== 0) throw new Error("a refused reassignment added a progress note");
    },
  }),
  "app/(app)/partnerships/[partnershipId]/actions/export/route.ts#GET": partnershipCase({
    allowed: ROLES,
    prepare: async (world, prisma) => ({
      ...(await freshAction(world, prisma)),
      since: new Date(),
    }),
    invoke: async (p) =>
      viaRoute(
        await exportActions(
          new Request(
            `http://localhost:3000/partnerships/${p.partnershipId}/actions/export?format=xlsx`,
          ),
          { params: Promise.resolve({ partnershipId: p.partnershipId }) },
        ),
      ),
    unchanged: async (p, prisma) => {
      const exported = await prisma.auditEvent.count({
        where: { action: "actions.exported", partnershipId: p.partnershipId, at: { gte: p.since } },
      });
      if (exported !== 0) throw new Error("a refused export was recorded as an export");
    },
  }),
};
