"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  AGREEMENT_ROLE_LABELS,
  finaliseSelfAssessmentSchema,
  problemsAsFieldErrors,
  selfAssessmentFinaliseProblems,
} from "@/lib/domain/agreement";

/**
 * A business manager finalises a self-assessment once every organisation has submitted, recording
 * for each statutory partner organisation taking part who agreed it (the lead or a delegated
 * safeguarding partner) and when. A finalised assessment is locked until it is reopened.
 */
export const finaliseSelfAssessment = partnershipAction({
  schema: finaliseSelfAssessmentSchema,
  permission: "assessment.finalise",
  revalidate: (input) => {
    const base = `/partnerships/${input.partnershipId}/assessments/${input.assessmentId}`;
    return [base, `${base}/finalise`, `/partnerships/${input.partnershipId}/assessments`];
  },
  handler: async ({ user, input, tx }) => {
    const assessment = await tx.assessment.findFirst({
      where: { id: input.assessmentId, partnershipId: input.partnershipId },
      select: {
        kind: true,
        status: true,
        participants: {
          where: { organisationId: { not: null } },
          orderBy: { organisation: { name: "asc" } },
          select: {
            status: true,
            organisation: { select: { id: true, name: true, isStatutoryPartner: true } },
          },
        },
      },
    });
    if (!assessment) throw new NotFoundError("assessment");
    if (assessment.kind === "INDEPENDENT_SCRUTINY")
      throw new DomainError(
        "An independent scrutiny is signed off by its lead scrutineer, not finalised by a business manager.",
      );
    if (assessment.status === "FINALISED")
      throw new DomainError("This self-assessment is already finalised.");

    const organisations = assessment.participants.flatMap((p) =>
      p.organisation
        ? [
            {
              organisationId: p.organisation.id,
              name: p.organisation.name,
              isStatutoryPartner: p.organisation.isStatutoryPartner,
              status: p.status,
            },
          ]
        : [],
    );
    const partners = organisations.filter((o) => o.isStatutoryPartner);
    const unexpected = Object.keys(input.agreements).filter(
      (id) => !partners.some((p) => p.organisationId === id),
    );
    if (unexpected.length > 0)
      throw new DomainError(
        "Record agreements only for the safeguarding partner organisations taking part. Reload the page and try again.",
      );
    const problems = selfAssessmentFinaliseProblems({
      organisations,
      agreedOrganisationIds: Object.keys(input.agreements),
    });
    if (problems.length > 0)
      throw new DomainError(
        `You cannot finalise the self-assessment yet: ${problems.length === 1 ? "1 thing needs" : `${problems.length} things need`} doing first.`,
        problemsAsFieldErrors(problems),
      );

    const recorded = [];
    for (const partner of partners) {
      const given = input.agreements[partner.organisationId]!;
      const data = {
        agreedByName: given.name,
        agreedByRole: AGREEMENT_ROLE_LABELS[given.role],
        agreedOn: new Date(`${given.agreedOn}T00:00:00Z`),
        recordedById: user.id,
      };
      // A reopened self-assessment keeps its earlier agreements; finalising again replaces them.
      await tx.assessmentPartnerAgreement.upsert({
        where: {
          assessmentId_organisationId: {
            assessmentId: input.assessmentId,
            organisationId: partner.organisationId,
          },
        },
        create: {
          assessmentId: input.assessmentId,
          organisationId: partner.organisationId,
          ...data,
        },
        update: data,
      });
      recorded.push({
        organisation: partner.name,
        agreedByName: given.name,
        agreedByRole: data.agreedByRole,
        agreedOn: given.agreedOn,
      });
    }
    const now = new Date();
    const finalised = await tx.assessment.updateMany({
      where: { id: input.assessmentId, partnershipId: input.partnershipId, status: "IN_PROGRESS" },
      data: { status: "FINALISED", finalisedAt: now, finalisedById: user.id },
    });
    if (finalised.count !== 1) throw new DomainError("This self-assessment is already finalised.");
    await recordChange(tx, {
      action: "assessment.finalised",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Assessment",
      entityId: input.assessmentId,
      before: { status: "IN_PROGRESS" },
      after: { status: "FINALISED", finalisedAt: now.toISOString(), agreements: recorded },
    });
    return { finalisedAt: now.toISOString() };
  },
});
