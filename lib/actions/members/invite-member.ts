"use server";

import { partnershipAction } from "@/lib/actions/safe-action";
import { DomainError } from "@/lib/authz/errors";
import { inviteMemberSchema } from "@/lib/domain/members";
import { issueInvitations, thenSendMails } from "./issue-invitations";
import { alreadyMemberMessage, checkOrganisation, existingMembers, membersPath } from "./support";

/** A business manager invites one person by email with a role and, for agencies, an organisation. */
export const inviteMember = thenSendMails(
  partnershipAction({
    schema: inviteMemberSchema,
    permission: "members.manage",
    revalidate: (input) => [membersPath(input.partnershipId)],
    handler: async (context) => {
      const { input, tx } = context;
      const organisationName = await checkOrganisation(
        tx,
        input.partnershipId,
        input.organisationId,
      );
      const existing = (await existingMembers(tx, input.partnershipId, [input.email])).get(
        input.email,
      );
      if (existing) {
        const message = alreadyMemberMessage(input.email, existing);
        throw new DomainError(message, { email: [message] });
      }
      const mails = await issueInvitations(context, [{ ...input, organisationName }], "form");
      return { email: input.email, mails };
    },
  }),
);
