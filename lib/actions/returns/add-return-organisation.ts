"use server";

import { thenSendMails } from "@/lib/actions/members/issue-invitations";
import { partnershipAction } from "@/lib/actions/safe-action";
import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import {
  NEW_ORGANISATION,
  RETURN_MESSAGES,
  addReturnOrganisationSchema,
  returnsPath,
} from "@/lib/domain/returns";
import { addReturns, findReturnsAssessment, respondentProblems, type NewReturn } from "./support";

function refuse(field: string, message: string): never {
  throw new DomainError(message, { [field]: [message] });
}

/**
 * A business manager adds one organisation to a wider-partner self-assessment: one the partnership
 * already has, or a new relevant agency; with its respondent (invited as its agency respondent
 * unless already one) and its deadline.
 */
export const addReturnOrganisation = thenSendMails(
  partnershipAction({
    schema: addReturnOrganisationSchema,
    permission: "returns.manage",
    revalidate: (input) => [returnsPath(input.partnershipId, input.assessmentId)],
    handler: async (context) => {
      const { input, tx, user } = context;
      const assessment = await findReturnsAssessment(tx, input.partnershipId, input.assessmentId);
      let chosen: NewReturn;
      if (input.organisationId === NEW_ORGANISATION) {
        const fresh = input.newOrganisation as NonNullable<typeof input.newOrganisation>;
        const clash = await tx.organisation.findFirst({
          where: {
            partnershipId: input.partnershipId,
            name: { equals: fresh.name, mode: "insensitive" },
          },
          select: { name: true },
        });
        if (clash) refuse("newName", RETURN_MESSAGES.nameTaken(clash.name));
        chosen = { ...input, organisationId: null, organisationName: fresh.name, kind: fresh.kind };
      } else {
        const organisation = await tx.organisation.findFirst({
          where: { id: input.organisationId, partnershipId: input.partnershipId },
          select: {
            id: true,
            name: true,
            kind: true,
            participations: { where: { assessmentId: assessment.id }, select: { id: true } },
          },
        });
        if (!organisation) refuse("organisationId", RETURN_MESSAGES.organisationId);
        if (organisation.participations.length > 0)
          refuse("organisationId", RETURN_MESSAGES.alreadyTakingPart(organisation.name));
        chosen = {
          ...input,
          organisationId: organisation.id,
          organisationName: organisation.name,
          kind: organisation.kind,
        };
      }
      const { problems, members } = await respondentProblems(tx, input.partnershipId, [chosen]);
      const problem = problems.get(0);
      if (problem) refuse("respondentEmail", problem);
      const added = await addReturns(context, assessment, [chosen], members, "form");
      await recordChange(tx, {
        action: "returns.organisation-added",
        actorUserId: user.id,
        partnershipId: input.partnershipId,
        entityType: "Assessment",
        entityId: assessment.id,
        after: {
          participantId: added.participantIds[0] ?? null,
          organisation: chosen.organisationName,
          newOrganisation: chosen.organisationId === null,
          respondentEmail: chosen.respondentEmail,
          invited: added.mails.length > 0,
          dueOn: chosen.dueOn,
        },
      });
      return {
        participantId: added.participantIds[0] as string,
        organisationName: chosen.organisationName,
        invited: added.mails.length > 0,
        mails: added.mails,
      };
    },
  }),
);
