import type { Prisma } from "../../lib/generated/prisma/client";
import { at, type DemoContext, LEAD_EMAIL, MANAGER_EMAIL, SECOND_EMAIL } from "./demo-context";
import { citeFor, ensureCycleEvidence, type DemoEvidence } from "./demo-evidence";
import { narrative, remainingWork } from "./demo-narratives";
import { type PastCycle, SCRUTINY_RATINGS } from "./demo-story";

export type ScrutinySpec = {
  cycle: PastCycle;
  baselineAssessmentId: string | null;
  submittedOn: string;
  signedOffOn: string;
  summaryStrengths: string;
  developmentAreas: Array<{ text: string; managementResponse: string; respondedOn: string }>;
  /** One per step, in step order. */
  stepNarratives: string[];
};

export const scrutinyTitle = (cycle: string) => `Independent scrutiny ${cycle}`;

/**
 * An earlier cycle's independent scrutiny, signed off as the app does it: both demo scrutineers
 * (the lead first) answered all 24 questions alike, citing evidence; the lead agreed every rating;
 * the report has its summary, areas for development with the partners' responses, and a
 * narrative per step. Returns the lead's response ids (actions are raised from them).
 */
export async function createFinalisedScrutiny(
  tx: Prisma.TransactionClient,
  ctx: DemoContext,
  spec: ScrutinySpec,
): Promise<{ assessmentId: string; leadResponses: Map<string, string>; evidence: DemoEvidence[] }> {
  const lead = ctx.user(LEAD_EMAIL);
  const ratings = SCRUTINY_RATINGS[spec.cycle];
  const evidence = await ensureCycleEvidence(tx, ctx.partnershipId, spec.cycle);
  const signedOff = at(spec.signedOffOn);
  const assessment = await tx.assessment.create({
    data: {
      partnershipId: ctx.partnershipId,
      cycleId: ctx.cycle(spec.cycle),
      frameworkVersionId: ctx.frameworkVersionId,
      kind: "INDEPENDENT_SCRUTINY",
      title: scrutinyTitle(spec.cycle),
      baselineAssessmentId: spec.baselineAssessmentId,
      summaryStrengths: spec.summaryStrengths,
      developmentAreas: {
        create: spec.developmentAreas.map((area, index) => ({
          position: index + 1,
          text: area.text,
          managementResponse: area.managementResponse,
          respondedById: ctx.user(MANAGER_EMAIL).id,
          respondedAt: at(area.respondedOn),
          version: 2,
        })),
      },
      stepNarratives: {
        create: spec.stepNarratives.map((text, index) => ({
          stepId: ctx.step(ctx.stepNumbers[index]!),
          text,
          updatedById: lead.id,
        })),
      },
    },
    select: { id: true },
  });
  const leadResponses = new Map<string, string>();
  for (const [index, email] of [LEAD_EMAIL, SECOND_EMAIL].entries()) {
    const scrutineer = ctx.user(email);
    const participant = await tx.assessmentParticipant.create({
      data: {
        assessmentId: assessment.id,
        userId: scrutineer.id,
        isLead: index === 0,
        status: "SIGNED_OFF",
        submittedAt: at(spec.submittedOn),
        submittedById: scrutineer.id,
        signedOffAt: signedOff,
        signedOffName: lead.name,
        signedOffRole: "Lead independent scrutineer",
      },
    });
    await tx.participantQuestion.createMany({
      data: ctx.questions.map((q) => ({ participantId: participant.id, questionId: q.id })),
    });
    const responses = await tx.response.createManyAndReturn({
      data: ctx.questions.map((q, position) => {
        const rating = ratings[q.code]!;
        return {
          assessmentId: assessment.id,
          participantId: participant.id,
          questionId: q.id,
          rating,
          narrative: narrative(q.code, rating, citeFor(rating, position, evidence)!.title),
          remainingWork: remainingWork(rating),
          updatedById: scrutineer.id,
        };
      }),
      select: { id: true, questionId: true },
    });
    await tx.responseEvidence.createMany({
      data: responses.map((r) => {
        const position = ctx.questions.findIndex((q) => q.id === r.questionId);
        const code = ctx.questions[position]!.code;
        return { responseId: r.id, evidenceId: citeFor(ratings[code]!, position, evidence)!.id };
      }),
    });
    if (index === 0)
      for (const r of responses)
        leadResponses.set(ctx.questions.find((q) => q.id === r.questionId)!.code, r.id);
  }
  await tx.agreedRating.createMany({
    data: ctx.questions.map((q) => ({
      assessmentId: assessment.id,
      questionId: q.id,
      rating: ratings[q.code]!,
      agreedById: lead.id,
      agreedAt: signedOff,
    })),
  });
  // Signed off last: the lock triggers refuse changes to a finalised assessment's answers.
  await tx.assessment.update({
    where: { id: assessment.id },
    data: { status: "FINALISED", finalisedAt: signedOff, finalisedById: lead.id },
  });
  return { assessmentId: assessment.id, leadResponses, evidence };
}
