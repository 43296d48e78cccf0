/**
 * Isolation-matrix entries for the scrutiny arrangements answers (business managers and
 * scrutineers) and the partnership profile (business managers). Spread into MATRIX in
 * ./isolation-cases.ts. Only types and plain helper functions are imported from there, so the two
 * files' load order does not matter.
 *
 * Partnership A is shared by every case, so `prepare` reads what is stored now (the version each
 * call must name) and makes fresh text, and `unchanged` checks that nothing moved.
 */
import { randomUUID } from "node:crypto";
import { saveArrangementAnswer } from "@/lib/actions/arrangements/save-arrangement-answer";
import { updateProfile } from "@/lib/actions/arrangements/update-profile";
import { partnershipCase, viaAction, type MatrixCase } from "./isolation-cases";

const QUESTION = 12;

export const ARRANGEMENTS_CASES: Record<string, MatrixCase> = {
  "lib/actions/arrangements/save-arrangement-answer.ts#saveArrangementAnswer": partnershipCase({
    allowed: ["BUSINESS_MANAGER", "SCRUTINEER"],
    prepare: async (world, prisma) => {
      const stored = await prisma.arrangementAnswer.findUnique({
        where: {
          partnershipId_questionNumber: {
            partnershipId: world.partnership.id,
            questionNumber: QUESTION,
          },
        },
        select: { answer: true, version: true },
      });
      const events = await prisma.auditEvent.count({
        where: { partnershipId: world.partnership.id, action: "arrangement.answered" },
      });
      return {
        partnershipId: world.partnership.id,
        version: stored?.version ?? 0,
        previous: stored?.answer ?? null,
        answer: `Every quarter (${randomUUID().slice(0, 8)})`,
        events,
      };
    },
    invoke: (p) =>
      viaAction(saveArrangementAnswer, {
        partnershipId: p.partnershipId,
        questionNumber: String(QUESTION),
        answer: p.answer,
        version: String(p.version),
      }),
    unchanged: async (p, prisma) => {
      const row = await prisma.arrangementAnswer.findUnique({
        where: {
          partnershipId_questionNumber: {
            partnershipId: p.partnershipId,
            questionNumber: QUESTION,
          },
        },
        select: { answer: true, version: true },
      });
      if ((row?.version ?? 0) !== p.version || (row?.answer ?? null) !== p.previous)
        throw new Error("a refused call changed the answer");
      const events = await prisma.auditEvent.count({
        where: { partnershipId: p.partnershipId, action: "arrangement.answered" },
      });
      if (events !== p.events) throw new Error("a refused call recorded an answer");
    },
  }),
  "lib/actions/arrangements/update-profile.ts#updateProfile": partnershipCase({
    allowed: ["BUSINESS_MANAGER"],
    prepare: async (world, prisma) => {
      const partnership = await prisma.partnership.findUniqueOrThrow({
        where: { id: world.partnership.id },
        select: { localAuthorityAreas: true, updatedAt: true },
      });
      // The Schools Alliance: partnership A's relevant agency (not a statutory partner).
      const agency = await prisma.organisation.findUniqueOrThrow({
        where: { id: world.agencyId },
        select: { whyChosen: true, updatedAt: true },
      });
      return {
        partnershipId: world.partnership.id,
        version: partnership.updatedAt.toISOString(),
        areas: partnership.localAuthorityAreas,
        agencyId: world.agencyId,
        agencyVersion: agency.updatedAt.toISOString(),
        whyChosen: agency.whyChosen,
        fresh: randomUUID().slice(0, 8),
      };
    },
    invoke: (p) =>
      viaAction(updateProfile, {
        partnershipId: p.partnershipId,
        version: p.version,
        localAuthorityAreas: `County Council\nArea ${p.fresh}`,
        "agencies.0.id": p.agencyId,
        "agencies.0.version": p.agencyVersion,
        "agencies.0.whyChosen": `Every school is represented (${p.fresh})`,
        "agencies.0.contribution": "",
      }),
    unchanged: async (p, prisma) => {
      const partnership = await prisma.partnership.findUniqueOrThrow({
        where: { id: p.partnershipId },
        select: { localAuthorityAreas: true },
      });
      if (JSON.stringify(partnership.localAuthorityAreas) !== JSON.stringify(p.areas))
        throw new Error("a refused call changed the local authority areas");
      const agency = await prisma.organisation.findUniqueOrThrow({
        where: { id: p.agencyId },
        select: { whyChosen: true },
      });
      if (agency.whyChosen !== p.whyChosen)
        throw new Error("a refused call changed the relevant agency");
    },
  }),
};
