/**
 * Isolation-matrix entries for the offline forms of an organisation's return: the blank
 * questionnaire downloads and importing a completed Excel return (check, then confirm). The
 * organisation is world.agencyId, whose agency respondent is a member of partnership A. Spread into
 * MATRIX in ./isolation-cases.ts; only types are imported from there.
 */
import { GET as questionnaireDocx } from "@/app/(app)/partnerships/[partnershipId]/assessments/[assessmentId]/returns/[participantId]/questionnaire.docx/route";
import { GET as questionnaireXlsxRoute } from "@/app/(app)/partnerships/[partnershipId]/assessments/[assessmentId]/returns/[participantId]/questionnaire.xlsx/route";
import { confirmReturnImport } from "@/lib/actions/returns/confirm-return-import";
import { previewReturnImport } from "@/lib/actions/returns/preview-return-import";
import type { Role } from "@/lib/authz/permissions";
import { questionnaireXlsx } from "@/lib/export/questionnaire-xlsx";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createSelfAssessment } from "../support/factories";
import { fillReturn } from "../support/fill-return";
import type { MatrixCase } from "./isolation-cases";
import type { World } from "./support/world";

type Outcome = { allowed: boolean; detail?: string };

const ALLOWED: readonly Role[] = ["BUSINESS_MANAGER", "AGENCY_RESPONDENT"];

function returnCase<P>(entry: {
  prepare: (world: World, prisma: PrismaClient) => Promise<P>;
  invoke: (prepared: P) => Promise<Outcome>;
  unchanged: (prepared: P, prisma: PrismaClient) => Promise<void>;
}): MatrixCase {
  return {
    kind: "partnership",
    allowed: ALLOWED,
    ...(entry as unknown as Omit<Extract<MatrixCase, { kind: "partnership" }>, "kind" | "allowed">),
  };
}

/** A fresh wider-partner self-assessment in partnership A with the agency taking part. */
async function agencyReturn(world: World, prisma: PrismaClient) {
  const { assessment, participants } = await createSelfAssessment(
    prisma,
    world.partnership.id,
    [world.agencyId],
    "WIDER_PARTNER_SELF_ASSESSMENT",
  );
  const participantId = participants[world.agencyId]!;
  const response = await prisma.response.findFirstOrThrow({
    where: { participantId, question: { code: "1.1" } },
    select: { id: true, questionId: true, question: { select: { lineageKey: true } } },
  });
  const ids = { partnershipId: world.partnership.id, assessmentId: assessment.id, participantId };
  return { ids, response };
}

async function answersUnchanged(participantId: string, prisma: PrismaClient) {
  const rated = await prisma.response.count({ where: { participantId, rating: { not: null } } });
  if (rated !== 0) throw new Error("a denied call changed an answer");
}

function routeCase(route: typeof questionnaireDocx, format: string): MatrixCase {
  return returnCase({
    prepare: async (world, prisma) => (await agencyReturn(world, prisma)).ids,
    invoke: async (ids) => {
      const response = await route(
        new Request(
          `http://localhost:3000/partnerships/${ids.partnershipId}/assessments/${ids.assessmentId}/returns/${ids.participantId}/questionnaire.${format}`,
        ),
        { params: Promise.resolve(ids) },
      );
      if (response.status === 200) return { allowed: true };
      if ([303, 403, 404].includes(response.status))
        return { allowed: false, detail: String(response.status) };
      throw new Error(`Unexpected status ${response.status}`);
    },
    unchanged: async (ids, prisma) => {
      const logged = await prisma.auditEvent.count({
        where: { action: "returns.questionnaire-downloaded", entityId: ids.participantId },
      });
      if (logged !== 0) throw new Error("a refused download was logged as a download");
    },
  });
}

const ROUTES =
  "app/(app)/partnerships/[partnershipId]/assessments/[assessmentId]/returns/[participantId]";

export const RETURNS_R_CASES: Record<string, MatrixCase> = {
  [`${ROUTES}/questionnaire.docx/route.ts#GET`]: routeCase(questionnaireDocx, "docx"),
  [`${ROUTES}/questionnaire.xlsx/route.ts#GET`]: routeCase(questionnaireXlsxRoute, "xlsx"),
  "lib/actions/returns/preview-return-import.ts#previewReturnImport": returnCase({
    prepare: async (world, prisma) => {
      const { ids, response } = await agencyReturn(world, prisma);
      const blank = await questionnaireXlsx({
        partnershipName: "Partnership A",
        assessmentId: ids.assessmentId,
        assessmentTitle: "Self-assessment",
        organisationId: world.agencyId,
        organisationName: "Schools Alliance",
        dueOn: null,
        rag: { green: "G", amber: "A", red: "R" },
        steps: [
          {
            number: 1,
            title: "Step one",
            questions: [{ lineageKey: response.question.lineageKey, code: "1.1", text: "Q" }],
          },
        ],
      });
      const filled = await fillReturn(blank, { "1.1": { rating: "Red", narrative: "None yet" } });
      return { ...ids, file: new File([filled as Uint8Array<ArrayBuffer>], "return.xlsx") };
    },
    invoke: async (input) => {
      const result = await previewReturnImport(null, input);
      return { allowed: result.ok, detail: result.ok ? undefined : result.message };
    },
    unchanged: async (input, prisma) => {
      const held = await prisma.returnImport.count({
        where: { participantId: input.participantId },
      });
      if (held !== 0) throw new Error("a denied call held an import");
    },
  }),
  "lib/actions/returns/confirm-return-import.ts#confirmReturnImport": returnCase({
    prepare: async (world, prisma) => {
      const { ids, response } = await agencyReturn(world, prisma);
      const blank = { rating: null, narrative: "", remainingWork: "", notInScopeReason: null };
      const held = await prisma.returnImport.create({
        data: {
          participantId: ids.participantId,
          fileName: "return.xlsx",
          rows: [
            {
              row: 2,
              questionId: response.questionId,
              code: "1.1",
              responseId: response.id,
              version: 1,
              before: blank,
              after: { ...blank, rating: "RED", narrative: "None yet" },
            },
          ],
        },
      });
      return { ...ids, importId: held.id };
    },
    invoke: async (input) => {
      const result = await confirmReturnImport(null, input);
      return { allowed: result.ok, detail: result.ok ? undefined : result.message };
    },
    unchanged: async (input, prisma) => {
      await answersUnchanged(input.participantId, prisma);
      const held = await prisma.returnImport.findUniqueOrThrow({ where: { id: input.importId } });
      if (held.confirmedAt) throw new Error("a denied call confirmed the import");
    },
  }),
};
