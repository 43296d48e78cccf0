"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  problemsAsFieldErrors,
  scrutinySignOffProblems,
  signOffScrutinySchema,
} from "@/lib/domain/agreement";

/**
 * The lead scrutineer signs off the scrutiny: refused, with each thing still to do listed, until
 * every scrutineer has submitted and (with several scrutineers) every question has an agreed
 * rating. With one scrutineer their ratings become the agreed ones. The agreed ratings are written
 * before the assessment is finalised, because the database refuses them afterwards.
 */
export const signOffScrutiny = partnershipAction({
  schema: signOffScrutinySchema,
  permission: "assessment.agree",
  revalidate: (input) => {
    const base = `/partnerships/${input.partnershipId}/assessments/${input.assessmentId}`;
    return [base, `${base}/agree`, `/partnerships/${input.partnershipId}/assessments`];
  },
  handler: async ({ user, input, tx }) => {
    const assessment = await tx.assessment.findFirst({
      where: { id: input.assessmentId, partnershipId: input.partnershipId },
      select: {
        kind: true,
        status: true,
        frameworkVersionId: true,
        participants: {
          where: { userId: { not: null } },
          orderBy: [{ isLead: "desc" }, { createdAt: "asc" }],
          select: {
            id: true,
            userId: true,
            isLead: true,
            status: true,
            user: { select: { name: true } },
          },
        },
      },
    });
    if (!assessment) throw new NotFoundError("assessment");
    if (assessment.kind !== "INDEPENDENT_SCRUTINY")
      throw new DomainError(
        "Only an independent scrutiny is signed off by its lead scrutineer. A business manager finalises a self-assessment.",
      );
    const scrutineers = assessment.participants;
    if (!scrutineers.some((s) => s.isLead && s.userId === user.id))
      throw new ForbiddenError("Only the lead scrutineer of this assessment can sign it off.");
    if (assessment.status === "FINALISED")
      throw new DomainError("This scrutiny has already been signed off.");

    // One query at a time: a transaction runs on one connection.
    const questions = await tx.frameworkQuestion.findMany({
      where: {
        versionId: assessment.frameworkVersionId,
        assignments: { some: { participant: { assessmentId: input.assessmentId } } },
      },
      orderBy: [{ step: { position: "asc" } }, { position: "asc" }],
      select: { id: true, code: true },
    });
    const agreed = await tx.agreedRating.findMany({
      where: { assessmentId: input.assessmentId },
      select: { questionId: true, rating: true },
    });
    const agreedBy = new Map(agreed.map((row) => [row.questionId, row.rating]));
    const problems = scrutinySignOffProblems({
      scrutineers: scrutineers.map((s) => ({
        participantId: s.id,
        name: s.user?.name ?? "A scrutineer",
        status: s.status,
      })),
      questions: questions.map((q) => ({ code: q.code, agreed: agreedBy.has(q.id) })),
    });
    if (problems.length > 0)
      throw new DomainError(
        `You cannot sign off the scrutiny yet: ${problems.length === 1 ? "1 thing needs" : `${problems.length} things need`} doing first.`,
        problemsAsFieldErrors(problems),
      );

    const now = new Date();
    const sole = scrutineers.length === 1 ? scrutineers[0]! : null;
    let copied = 0;
    if (sole) {
      // One scrutineer: the agreed rating of each question is theirs.
      const responses = await tx.response.findMany({
        where: {
          participantId: sole.id,
          rating: { not: null },
          question: { assignments: { some: { participantId: sole.id } } },
        },
        select: { questionId: true, rating: true },
      });
      const missing = responses.filter((r) => !agreedBy.has(r.questionId));
      await tx.agreedRating.createMany({
        data: missing.map((r) => ({
          assessmentId: input.assessmentId,
          questionId: r.questionId,
          rating: r.rating!,
          reason: "",
          agreedById: user.id,
          agreedAt: now,
        })),
      });
      // After a reopening the scrutineer may have changed a rating: keep the copy in step.
      for (const response of responses) {
        const before = agreedBy.get(response.questionId);
        if (before !== undefined && before !== response.rating)
          await tx.agreedRating.update({
            where: {
              assessmentId_questionId: {
                assessmentId: input.assessmentId,
                questionId: response.questionId,
              },
            },
            data: {
              rating: response.rating!,
              reason: "",
              agreedById: user.id,
              agreedAt: now,
              version: { increment: 1 },
            },
          });
      }
      copied = responses.length;
    }

    const lead = scrutineers.find((s) => s.isLead);
    await tx.assessmentParticipant.updateMany({
      where: { assessmentId: input.assessmentId, userId: { not: null } },
      data: {
        status: "SIGNED_OFF",
        signedOffAt: now,
        signedOffName: lead?.user?.name ?? user.name,
        signedOffRole: "Lead independent scrutineer",
      },
    });
    // Only one sign-off wins if two arrive together.
    const finalised = await tx.assessment.updateMany({
      where: { id: input.assessmentId, partnershipId: input.partnershipId, status: "IN_PROGRESS" },
      data: { status: "FINALISED", finalisedAt: now, finalisedById: user.id },
    });
    if (finalised.count !== 1) throw new DomainError("This scrutiny has already been signed off.");
    await recordChange(tx, {
      action: "assessment.signed-off",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Assessment",
      entityId: input.assessmentId,
      before: { status: "IN_PROGRESS" },
      after: {
        status: "FINALISED",
        finalisedAt: now.toISOString(),
        scrutineers: scrutineers.map((s) => s.user?.name ?? s.id),
        agreedRatings: sole ? copied : agreed.length,
        copiedFromSoleScrutineer: Boolean(sole),
      },
    });
    return { finalisedAt: now.toISOString() };
  },
});
