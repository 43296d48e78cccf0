/**
 * Isolation-matrix entries for raising, changing and progressing actions (the improvement plan).
 * Spread into MATRIX in ./isolation-cases.ts. Only types and helpers are imported from there (the
 * helpers are functions, read when a case runs, not while this module loads).
 */
import { randomUUID } from "node:crypto";
import { addProgress } from "@/lib/actions/actions/add-progress";
import { createAction } from "@/lib/actions/actions/create-action";
import { editAction } from "@/lib/actions/actions/edit-action";
import { addDays } from "@/lib/domain/actions";
import { ukDateStamp } from "@/lib/domain/london-time";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { partnershipCase, viaAction, type MatrixCase } from "./isolation-cases";
import type { World } from "./support/world";

const dueOn = () => addDays(ukDateStamp(new Date()), 30);

/**
 * A fresh action of partnership A owned by the agency respondent's and contributor's organisation,
 * raised by the scrutineer (so the scrutineer may change it, but not record its progress).
 */
async function freshAction(world: World, prisma: PrismaClient) {
  const action = await prisma.action.create({
    data: {
      partnershipId: world.partnership.id,
      description: `Matrix action ${randomUUID()}`,
      ownerOrganisationId: world.agencyId,
      ownerName: "Pat Owner",
      ownerEmail: "pat@example.org",
      dueOn: new Date(`${dueOn()}T00:00:00Z`),
      sourceType: "OTHER",
      sourceNote: "Isolation matrix",
      createdById: world.members.SCRUTINEER.id,
    },
  });
  return {
    partnershipId: world.partnership.id,
    actionId: action.id,
    ownerOrganisationId: world.agencyId,
  };
}

async function expectUntouched(prisma: PrismaClient, actionId: string) {
  const action = await prisma.action.findUniqueOrThrow({
    where: { id: actionId },
    include: { _count: { select: { updates: true, evidence: true } } },
  });
  if (
    action.version !== 1 ||
    action.status !== "NOT_STARTED" ||
    !action.description.startsWith("Matrix action")
  )
    throw new Error("a denied call changed the action");
  if (action._count.updates !== 0 || action._count.evidence !== 0)
    throw new Error("a denied call added a progress update or evidence");
}

export const ACTIONS_CASES: Record<string, MatrixCase> = {
  "lib/actions/actions/create-action.ts#createAction": partnershipCase({
    // The agency respondent raises for their own organisation, which this input names.
    allowed: ["BUSINESS_MANAGER", "SCRUTINEER", "AGENCY_RESPONDENT"],
    prepare: async (world) => ({
      partnershipId: world.partnership.id,
      description: `Raised by the matrix ${randomUUID()}`,
      ownerOrganisationId: world.agencyId,
      ownerKind: "OTHER",
      ownerName: "Pat Owner",
      ownerEmail: "pat@example.org",
      dueOn: dueOn(),
      priority: "MEDIUM",
      sourceType: "AUDIT_FINDING",
      sourceNote: "Isolation matrix",
    }),
    invoke: (input) => viaAction(createAction, input),
    unchanged: async (input, prisma) => {
      const made = await prisma.action.count({ where: { description: input.description } });
      if (made !== 0) throw new Error("a denied call raised an action");
    },
  }),
  "lib/actions/actions/edit-action.ts#editAction": partnershipCase({
    // The scrutineer raised it; the respondent's organisation owns it.
    allowed: ["BUSINESS_MANAGER", "SCRUTINEER", "AGENCY_RESPONDENT"],
    prepare: freshAction,
    invoke: (p) =>
      viaAction(editAction, {
        ...p,
        version: 1,
        description: "Changed by the matrix",
        ownerKind: "OTHER",
        ownerName: "Pat Owner",
        ownerEmail: "pat@example.org",
        dueOn: dueOn(),
        priority: "HIGH",
      }),
    unchanged: (p, prisma) => expectUntouched(prisma, p.actionId),
  }),
  "lib/actions/actions/add-progress.ts#addProgress": partnershipCase({
    // The owning organisation's respondent and contributor, and the business manager.
    allowed: ["BUSINESS_MANAGER", "AGENCY_RESPONDENT", "AGENCY_CONTRIBUTOR"],
    prepare: freshAction,
    invoke: (p) =>
      viaAction(addProgress, {
        partnershipId: p.partnershipId,
        actionId: p.actionId,
        version: 1,
        note: "Progress from the matrix",
        status: "ON_TRACK",
      }),
    unchanged: (p, prisma) => expectUntouched(prisma, p.actionId),
  }),
};
