import "server-only";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import type { PartnershipAccess } from "@/lib/authz/guard";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { offlineReturnRight } from "@/lib/domain/return-access";
import type { Questionnaire, QuestionnaireStep } from "@/lib/domain/return-form";
import type { CurrentResponse, ImportContext } from "@/lib/domain/return-import";

type Client = PrismaClient | Prisma.TransactionClient;

const select = {
  id: true,
  status: true,
  organisationId: true,
  dueOn: true,
  organisation: { select: { name: true } },
  assessment: {
    select: {
      id: true,
      kind: true,
      title: true,
      status: true,
      frameworkVersionId: true,
      partnership: { select: { name: true } },
      frameworkVersion: { select: { ragGreen: true, ragAmber: true, ragRed: true } },
    },
  },
} as const;

export type OfflineParticipant = NonNullable<Awaited<ReturnType<typeof findParticipant>>> & {
  organisationId: string;
  organisationName: string;
  onBehalf: boolean;
};

function findParticipant(client: Client, partnershipId: string, assessmentId: string, id: string) {
  return client.assessmentParticipant.findFirst({
    where: { id, assessmentId, assessment: { partnershipId } },
    select,
  });
}

/**
 * An organisation's participation whose offline form the signed-in person may use (its agency
 * respondent, or the business manager): otherwise not found (another partnership's or a
 * scrutineer's seat) or forbidden (someone else's organisation). One query.
 */
export async function offlineParticipant(
  client: Client,
  access: PartnershipAccess,
  partnershipId: string,
  assessmentId: string,
  participantId: string,
): Promise<OfflineParticipant> {
  const found = await findParticipant(client, partnershipId, assessmentId, participantId);
  if (!found || !found.organisationId || !found.organisation)
    throw new NotFoundError("organisation");
  const organisationName = found.organisation.name;
  const right = offlineReturnRight(
    { role: access.membership.role, organisationId: access.membership.organisationId },
    {
      assessmentKind: found.assessment.kind,
      organisationId: found.organisationId,
      organisationName,
    },
  );
  if (!right.allowed) throw new ForbiddenError(right.reason);
  return {
    ...found,
    organisationId: found.organisationId,
    organisationName,
    onBehalf: right.onBehalf,
  };
}

/** The questions the organisation is asked, in framework order, with the wider-partner wording. */
async function assignedQuestions(client: Client, participant: OfflineParticipant) {
  const assigned = await client.participantQuestion.findMany({
    where: { participantId: participant.id },
    select: {
      question: {
        select: {
          lineageKey: true,
          code: true,
          text: true,
          position: true,
          step: { select: { number: true, title: true, position: true } },
        },
      },
    },
  });
  const wider = participant.assessment.kind === "WIDER_PARTNER_SELF_ASSESSMENT";
  const wordings = wider
    ? await client.questionWording.findMany({
        where: {
          partnership: { assessments: { some: { id: participant.assessment.id } } },
          audience: "WIDER_PARTNER",
          lineageKey: { in: assigned.map((a) => a.question.lineageKey) },
        },
        select: { lineageKey: true, text: true },
      })
    : [];
  const wording = new Map(wordings.map((w) => [w.lineageKey, w.text]));
  return assigned
    .map((a) => a.question)
    .sort((a, b) => a.step.position - b.step.position || a.position - b.position)
    .map((q) => ({ ...q, text: wording.get(q.lineageKey) ?? q.text }));
}

/** The blank questionnaire's content: two or three queries after the participant's. */
export async function questionnaireFor(
  client: Client,
  participant: OfflineParticipant,
): Promise<Questionnaire> {
  const steps: QuestionnaireStep[] = [];
  for (const q of await assignedQuestions(client, participant)) {
    let step = steps.at(-1);
    if (!step || step.number !== q.step.number) {
      step = { number: q.step.number, title: q.step.title, questions: [] };
      steps.push(step);
    }
    (step.questions as QuestionnaireStep["questions"][number][]).push({
      lineageKey: q.lineageKey,
      code: q.code,
      text: q.text,
    });
  }
  const version = participant.assessment.frameworkVersion;
  return {
    partnershipName: participant.assessment.partnership.name,
    assessmentId: participant.assessment.id,
    assessmentTitle: participant.assessment.title,
    organisationId: participant.organisationId,
    organisationName: participant.organisationName,
    dueOn: participant.dueOn?.toISOString().slice(0, 10) ?? null,
    rag: { green: version.ragGreen, amber: version.ragAmber, red: version.ragRed },
    steps,
  };
}

/** What an uploaded return is checked against: the framework's questions and the answers now. */
export async function importContext(
  client: Client,
  participant: OfflineParticipant,
): Promise<ImportContext> {
  const [questions, responses] = await Promise.all([
    client.frameworkQuestion.findMany({
      where: { versionId: participant.assessment.frameworkVersionId },
      select: { id: true, lineageKey: true, code: true },
    }),
    client.response.findMany({
      where: {
        participantId: participant.id,
        question: { assignments: { some: { participantId: participant.id } } },
      },
      select: {
        id: true,
        questionId: true,
        version: true,
        rating: true,
        narrative: true,
        remainingWork: true,
        notInScopeReason: true,
      },
    }),
  ]);
  return {
    organisationId: participant.organisationId,
    assessmentId: participant.assessment.id,
    organisationName: participant.organisationName,
    questions: new Map(questions.map((q) => [q.lineageKey, { questionId: q.id, code: q.code }])),
    responses: new Map(
      responses.map(({ id, questionId, ...rest }): [string, CurrentResponse] => [
        questionId,
        { responseId: id, ...rest },
      ]),
    ),
  };
}
