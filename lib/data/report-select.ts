import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What the scrutiny report reads of its assessment, in one nested select (a fixed query count). */
export const REPORT_ASSESSMENT_SELECT = {
  id: true,
  title: true,
  status: true,
  finalisedAt: true,
  cycleId: true,
  summaryStrengths: true,
  accuracyCheckOpenedAt: true,
  accuracyCheckClosedAt: true,
  cycle: { select: { name: true, startsOn: true } },
  frameworkVersion: {
    select: {
      label: true,
      citation: true,
      isAdapted: true,
      framework: { select: { title: true } },
      steps: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          number: true,
          title: true,
          questions: {
            orderBy: { position: "asc" },
            select: { id: true, code: true, text: true, position: true, lineageKey: true },
          },
        },
      },
    },
  },
  participants: { where: { userId: { not: null } }, select: { userId: true, isLead: true } },
  stepNarratives: { select: { stepId: true, text: true, updatedById: true, updatedAt: true } },
  developmentAreas: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      text: true,
      managementResponse: true,
      respondedById: true,
      respondedAt: true,
    },
  },
  accuracyComments: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      section: true,
      text: true,
      createdAt: true,
      decision: true,
      decisionNote: true,
      decidedAt: true,
      organisation: { select: { name: true } },
    },
  },
  challenges: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      partnerResponse: true,
      outcome: true,
      createdAt: true,
      question: { select: { code: true } },
      step: { select: { number: true, title: true } },
      responsibleOrganisation: { select: { name: true } },
    },
  },
  partnership: {
    select: {
      organisations: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, isStatutoryPartner: true },
      },
    },
  },
} as const satisfies Prisma.AssessmentSelect;
