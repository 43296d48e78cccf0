import type { PrismaClient } from "../../lib/generated/prisma/client";
import { AGREEMENT_ROLE_LABELS } from "../../lib/domain/agreement";
import type { AssessmentKind } from "../../lib/generated/prisma/enums";
import { at, day, type DemoContext, MANAGER_EMAIL } from "./demo-context";
import { citeFor, ensureCycleEvidence } from "./demo-evidence";
import { narrative, remainingWork } from "./demo-narratives";
import { AGREED_BY, RESPONDENTS, selfAssessmentSpecs } from "./demo-self-assessment-specs";

/**
 * The core partners' self-assessment in each finalised cycle, and a wider-partner one in 2025–26
 * where each organisation answered only its chosen questions; each finalised with the statutory
 * partners' agreement and started from the previous cycle's. Idempotent by title.
 */
export async function seedDemoSelfAssessments(prisma: PrismaClient, ctx: DemoContext) {
  const previous = new Map<AssessmentKind, string>();
  for (const spec of selfAssessmentSpecs(ctx.questions.map((q) => q.code))) {
    const existing = await prisma.assessment.findFirst({
      where: { partnershipId: ctx.partnershipId, title: spec.title },
      select: { id: true },
    });
    if (existing) {
      previous.set(spec.kind, existing.id);
      continue;
    }
    const id = await prisma.$transaction(
      async (tx) => {
        const evidence = await ensureCycleEvidence(tx, ctx.partnershipId, spec.cycle);
        const manager = ctx.user(MANAGER_EMAIL);
        const assessment = await tx.assessment.create({
          data: {
            partnershipId: ctx.partnershipId,
            cycleId: ctx.cycle(spec.cycle),
            frameworkVersionId: ctx.frameworkVersionId,
            kind: spec.kind,
            title: spec.title,
            baselineAssessmentId: previous.get(spec.kind) ?? null,
            createdById: manager.id,
          },
          select: { id: true },
        });
        for (const organisation of spec.organisations) {
          const respondent = ctx.user(RESPONDENTS[organisation.name] ?? MANAGER_EMAIL);
          const participant = await tx.assessmentParticipant.create({
            data: {
              assessmentId: assessment.id,
              organisationId: ctx.organisation(organisation.name),
              status: "SUBMITTED",
              dueOn: day(spec.submittedOn),
              submittedAt: at(spec.submittedOn),
              submittedById: respondent.id,
            },
          });
          const answered = ctx.questions.filter((q) => organisation.ratings[q.code]);
          await tx.participantQuestion.createMany({
            data: answered.map((q) => ({ participantId: participant.id, questionId: q.id })),
          });
          const responses = await tx.response.createManyAndReturn({
            data: answered.map((q, index) => {
              const rating = organisation.ratings[q.code]!;
              return {
                assessmentId: assessment.id,
                participantId: participant.id,
                questionId: q.id,
                rating,
                narrative: narrative(q.code, rating, citeFor(rating, index, evidence)!.title),
                remainingWork: remainingWork(rating),
                enteredOnBehalf: respondent.id === manager.id,
                updatedById: respondent.id,
              };
            }),
            select: { id: true, questionId: true, rating: true },
          });
          await tx.responseEvidence.createMany({
            data: responses.map((r) => ({
              responseId: r.id,
              evidenceId: citeFor(
                r.rating!,
                answered.findIndex((q) => q.id === r.questionId),
                evidence,
              )!.id,
            })),
          });
        }
        await tx.assessmentPartnerAgreement.createMany({
          data: spec.organisations
            .filter((o) => AGREED_BY[o.name])
            .map((o) => ({
              assessmentId: assessment.id,
              organisationId: ctx.organisation(o.name),
              agreedByName: AGREED_BY[o.name]!.name,
              agreedByRole: AGREEMENT_ROLE_LABELS[AGREED_BY[o.name]!.role],
              agreedOn: day(spec.finalisedOn),
              recordedById: manager.id,
            })),
        });
        // Finalised last: the lock triggers refuse changes to a finalised assessment's answers.
        await tx.assessment.update({
          where: { id: assessment.id },
          data: {
            status: "FINALISED",
            finalisedAt: at(spec.finalisedOn),
            finalisedById: manager.id,
          },
        });
        return assessment.id;
      },
      { timeout: 30_000 },
    );
    previous.set(spec.kind, id);
  }
}
