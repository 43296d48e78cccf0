/**
 * Isolation-matrix entries for report authoring: summary, step narratives, factual-accuracy check
 * and management responses. Spread into MATRIX in ./isolation-cases.ts. In each scrutiny the
 * World's SCRUTINEER is the lead scrutineer. The World's agency respondent belongs to the Schools
 * Alliance, a relevant agency and not a statutory partner, so only the business manager may speak
 * for the statutory partners (comments and management responses).
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addAccuracyComment } from "@/lib/actions/report/add-accuracy-comment";
import { addDevelopmentArea } from "@/lib/actions/report/add-development-area";
import { closeAccuracyCheck } from "@/lib/actions/report/close-accuracy-check";
import { decideAccuracyComment } from "@/lib/actions/report/decide-accuracy-comment";
import { openAccuracyCheck } from "@/lib/actions/report/open-accuracy-check";
import { removeDevelopmentArea } from "@/lib/actions/report/remove-development-area";
import { saveManagementResponse } from "@/lib/actions/report/save-management-response";
import { saveReportSummary } from "@/lib/actions/report/save-report-summary";
import { saveStepNarrative } from "@/lib/actions/report/save-step-narrative";
import { updateDevelopmentArea } from "@/lib/actions/report/update-development-area";
import { createScrutinyAssessment } from "../support/factories";
import type { World } from "./support/world";
import { partnershipCase, viaAction, type MatrixCase } from "./isolation-cases";

/** A fresh independent scrutiny of partnership A led by the World's scrutineer. */
export async function scrutinyOfA(world: World, prisma: PrismaClient) {
  const { assessment, questionIds } = await createScrutinyAssessment(prisma, world.partnership.id, [
    world.members.SCRUTINEER.id,
  ]);
  const statutory = world.partnership.organisations.find((o) => o.isStatutoryPartner)!;
  return {
    partnershipId: world.partnership.id,
    assessmentId: assessment.id,
    questionId: questionIds[0]!,
    statutoryId: statutory.id,
  };
}

async function withArea(world: World, prisma: PrismaClient) {
  const scrutiny = await scrutinyOfA(world, prisma);
  const area = await prisma.developmentArea.create({
    data: { assessmentId: scrutiny.assessmentId, position: 1, text: "Matrix area" },
  });
  return { ...scrutiny, areaId: area.id };
}

async function withComment(world: World, prisma: PrismaClient) {
  const scrutiny = await scrutinyOfA(world, prisma);
  const comment = await prisma.accuracyComment.create({
    data: {
      assessmentId: scrutiny.assessmentId,
      section: "summary",
      organisationId: scrutiny.statutoryId,
      text: "The date in the summary is wrong",
    },
  });
  return { ...scrutiny, commentId: comment.id };
}

async function expectArea(prisma: PrismaClient, areaId: string) {
  const area = await prisma.developmentArea.findUnique({ where: { id: areaId } });
  if (!area) throw new Error("a denied call removed the area for development");
  if (area.version !== 1 || area.text !== "Matrix area" || area.managementResponse !== null)
    throw new Error("a denied call changed the area for development");
}

async function expectCheck(prisma: PrismaClient, assessmentId: string, open: boolean) {
  const row = await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
  if (Boolean(row.accuracyCheckOpenedAt) !== open || row.accuracyCheckClosedAt !== null)
    throw new Error("a denied call opened or closed the factual-accuracy check");
}

const SCRUTINEER = ["SCRUTINEER"] as const;
const STATUTORY = ["BUSINESS_MANAGER"] as const;

export const REPORT_AUTHORING_CASES: Record<string, MatrixCase> = {
  "lib/actions/report/save-report-summary.ts#saveReportSummary": partnershipCase({
    allowed: SCRUTINEER,
    prepare: scrutinyOfA,
    invoke: (p) => viaAction(saveReportSummary, { ...p, strengths: "Strong", version: 1 }),
    unchanged: async (p, prisma) => {
      const row = await prisma.assessment.findUniqueOrThrow({ where: { id: p.assessmentId } });
      if (row.summaryStrengths !== null || row.summaryVersion !== 1)
        throw new Error("a denied call changed the summary");
    },
  }),
  "lib/actions/report/add-development-area.ts#addDevelopmentArea": partnershipCase({
    allowed: SCRUTINEER,
    prepare: scrutinyOfA,
    invoke: (p) => viaAction(addDevelopmentArea, { ...p, text: "Listen to children" }),
    unchanged: async (p, prisma) => {
      const made = await prisma.developmentArea.count({ where: { assessmentId: p.assessmentId } });
      if (made !== 0) throw new Error("a denied call added an area for development");
    },
  }),
  "lib/actions/report/update-development-area.ts#updateDevelopmentArea": partnershipCase({
    allowed: SCRUTINEER,
    prepare: withArea,
    invoke: (p) => viaAction(updateDevelopmentArea, { ...p, text: "Reworded", version: 1 }),
    unchanged: (p, prisma) => expectArea(prisma, p.areaId),
  }),
  "lib/actions/report/remove-development-area.ts#removeDevelopmentArea": partnershipCase({
    allowed: SCRUTINEER,
    prepare: withArea,
    invoke: (p) => viaAction(removeDevelopmentArea, { ...p, version: 1 }),
    unchanged: (p, prisma) => expectArea(prisma, p.areaId),
  }),
  "lib/actions/report/save-step-narrative.ts#saveStepNarrative": partnershipCase({
    allowed: SCRUTINEER,
    prepare: scrutinyOfA,
    invoke: (p) =>
      viaAction(saveStepNarrative, { ...p, stepNumber: "2", text: "Narrative", version: 0 }),
    unchanged: async (p, prisma) => {
      const made = await prisma.stepNarrative.count({ where: { assessmentId: p.assessmentId } });
      if (made !== 0) throw new Error("a denied call saved a step narrative");
    },
  }),
  "lib/actions/report/open-accuracy-check.ts#openAccuracyCheck": partnershipCase({
    allowed: SCRUTINEER,
    prepare: scrutinyOfA,
    invoke: (p) => viaAction(openAccuracyCheck, p),
    unchanged: (p, prisma) => expectCheck(prisma, p.assessmentId, false),
  }),
  "lib/actions/report/close-accuracy-check.ts#closeAccuracyCheck": partnershipCase({
    allowed: SCRUTINEER,
    prepare: async (world, prisma) => {
      const scrutiny = await scrutinyOfA(world, prisma);
      await prisma.assessment.update({
        where: { id: scrutiny.assessmentId },
        data: { accuracyCheckOpenedAt: new Date() },
      });
      return scrutiny;
    },
    invoke: (p) => viaAction(closeAccuracyCheck, p),
    unchanged: (p, prisma) => expectCheck(prisma, p.assessmentId, true),
  }),
  "lib/actions/report/add-accuracy-comment.ts#addAccuracyComment": partnershipCase({
    allowed: STATUTORY,
    prepare: async (world, prisma) => {
      const scrutiny = await scrutinyOfA(world, prisma);
      await prisma.assessment.update({
        where: { id: scrutiny.assessmentId },
        data: { accuracyCheckOpenedAt: new Date() },
      });
      return scrutiny;
    },
    invoke: (p) =>
      viaAction(addAccuracyComment, {
        partnershipId: p.partnershipId,
        assessmentId: p.assessmentId,
        section: "step-1",
        organisationId: p.statutoryId,
        text: "A date is wrong",
      }),
    unchanged: async (p, prisma) => {
      const made = await prisma.accuracyComment.count({ where: { assessmentId: p.assessmentId } });
      if (made !== 0) throw new Error("a denied call added a comment");
    },
  }),
  "lib/actions/report/decide-accuracy-comment.ts#decideAccuracyComment": partnershipCase({
    allowed: SCRUTINEER,
    prepare: withComment,
    invoke: (p) =>
      viaAction(decideAccuracyComment, {
        partnershipId: p.partnershipId,
        assessmentId: p.assessmentId,
        commentId: p.commentId,
        decision: "CHANGED",
        note: "Corrected the date",
        decidedAt: "",
      }),
    unchanged: async (p, prisma) => {
      const row = await prisma.accuracyComment.findUniqueOrThrow({ where: { id: p.commentId } });
      if (row.decision !== null || row.decidedAt !== null)
        throw new Error("a denied call decided the comment");
    },
  }),
  "lib/actions/report/save-management-response.ts#saveManagementResponse": partnershipCase({
    allowed: STATUTORY,
    prepare: withArea,
    invoke: (p) =>
      viaAction(saveManagementResponse, { ...p, response: "We will act on this", version: 1 }),
    unchanged: (p, prisma) => expectArea(prisma, p.areaId),
  }),
};
