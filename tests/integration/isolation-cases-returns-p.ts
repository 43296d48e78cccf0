/**
 * Isolation-matrix entries for the returns manager of a wider-partner self-assessment: adding
 * organisations (one, or many from a CSV file) and moving deadlines (business managers only), and
 * the senior person's sign-off (the organisation's own agency respondent, or the business manager).
 * Spread into MATRIX in ./isolation-cases.ts; only types and plain helpers are imported from there.
 */
import { randomUUID } from "node:crypto";
import { addReturnOrganisation } from "@/lib/actions/returns/add-return-organisation";
import { importReturnOrganisations } from "@/lib/actions/returns/import-return-organisations";
import { setReturnDeadline } from "@/lib/actions/returns/set-return-deadline";
import { signOffReturn } from "@/lib/actions/returns/sign-off-return";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createSelfAssessment } from "../support/factories";
import { partnershipCase, viaAction, type MatrixCase } from "./isolation-cases";
import type { World } from "./support/world";

const MANAGERS = ["BUSINESS_MANAGER"] as const;

/** A fresh wider-partner self-assessment of partnership A; `withAgency` adds the world's agency. */
async function freshReturns(world: World, prisma: PrismaClient, withAgency = false) {
  const { assessment, participants } = await createSelfAssessment(
    prisma,
    world.partnership.id,
    withAgency ? [world.agencyId] : [],
    "WIDER_PARTNER_SELF_ASSESSMENT",
  );
  return {
    partnershipId: world.partnership.id,
    assessmentId: assessment.id,
    participantId: participants[world.agencyId] ?? "",
  };
}

async function noneAdded(p: { assessmentId: string }, prisma: PrismaClient) {
  const count = await prisma.assessmentParticipant.count({
    where: { assessmentId: p.assessmentId },
  });
  if (count !== 0) throw new Error("a refused call added an organisation");
}

export const RETURNS_P_CASES: Record<string, MatrixCase> = {
  "lib/actions/returns/add-return-organisation.ts#addReturnOrganisation": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshReturns(world, prisma),
    invoke: (p) =>
      viaAction(addReturnOrganisation, {
        partnershipId: p.partnershipId,
        assessmentId: p.assessmentId,
        organisationId: "new",
        newName: `Agency ${randomUUID().slice(0, 8)}`,
        newKind: "OTHER_RELEVANT_AGENCY",
        respondentName: "Respondent",
        respondentEmail: `r-${randomUUID().slice(0, 8)}@example.org`,
        dueOn: "2099-03-31",
      }),
    unchanged: noneAdded,
  }),
  "lib/actions/returns/import-return-organisations.ts#importReturnOrganisations": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshReturns(world, prisma),
    invoke: (p) => {
      const data = new FormData();
      data.set("partnershipId", p.partnershipId);
      data.set("assessmentId", p.assessmentId);
      data.set(
        "file",
        new File(
          [
            `organisation,kind,respondent name,respondent email,deadline\nAgency ${randomUUID().slice(0, 8)},Probation,R,r-${randomUUID().slice(0, 8)}@example.org,31/03/2099`,
          ],
          "returns.csv",
          { type: "text/csv" },
        ),
      );
      return viaAction(importReturnOrganisations, data);
    },
    unchanged: noneAdded,
  }),
  "lib/actions/returns/set-return-deadline.ts#setReturnDeadline": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshReturns(world, prisma, true),
    invoke: (p) => viaAction(setReturnDeadline, { ...p, dueOn: "2099-01-31" }),
    unchanged: async (p, prisma) => {
      const row = await prisma.assessmentParticipant.findUniqueOrThrow({
        where: { id: p.participantId },
      });
      if (row.dueOn) throw new Error("a refused call set a deadline");
    },
  }),
  "lib/actions/returns/sign-off-return.ts#signOffReturn": partnershipCase({
    allowed: ["BUSINESS_MANAGER", "AGENCY_RESPONDENT"],
    prepare: async (world, prisma) => {
      const p = await freshReturns(world, prisma, true);
      await prisma.assessmentParticipant.update({
        where: { id: p.participantId },
        data: { status: "SUBMITTED", submittedAt: new Date() },
      });
      return p;
    },
    invoke: (p) =>
      viaAction(signOffReturn, {
        ...p,
        signedOffName: "Senior Person",
        signedOffRole: "Head teacher",
        signedOffOn: "2026-01-10",
      }),
    unchanged: async (p, prisma) => {
      const row = await prisma.assessmentParticipant.findUniqueOrThrow({
        where: { id: p.participantId },
      });
      if (row.status !== "SUBMITTED") throw new Error("a refused call signed off the return");
    },
  }),
};
