"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  formatLongDate,
  PUBLICATION_AUDIT_ACTIONS,
  PUBLICATION_MESSAGES,
  recordSubmissionSchema,
} from "@/lib/domain/yearly-report-publication-input";
import { asDate, lockSection, publicationPaths, stampOf } from "./publication-support";

/**
 * Records the date the published report was sent to one recipient (it must go within seven
 * days). Recording it again changes the date, for a mistake.
 */
export const recordSubmission = partnershipAction({
  schema: recordSubmissionSchema,
  permission: "yearly-report.publish",
  revalidate: (input) => publicationPaths(input.partnershipId, input.cycleId),
  handler: async ({ user, input, tx }) => {
    const section = await lockSection(tx, input.partnershipId, input.cycleId);
    if (section.status !== "PUBLISHED" || !section.publishedOn)
      throw new DomainError(PUBLICATION_MESSAGES.notPublished);
    const recipient = await tx.publicationRecipient.findFirst({
      where: { id: input.recipientId, partnershipId: input.partnershipId },
      select: { id: true, name: true },
    });
    if (!recipient) throw new NotFoundError("recipient");
    const publishedOn = stampOf(section.publishedOn);
    if (input.sentOn < publishedOn) {
      const message = PUBLICATION_MESSAGES.sentBeforePublished(formatLongDate(publishedOn));
      throw new DomainError(message, { sentOn: [message] });
    }
    const key = { sectionId_recipientId: { sectionId: section.id, recipientId: recipient.id } };
    const before = await tx.yearlyReportSubmission.findUnique({
      where: key,
      select: { sentOn: true },
    });
    const submission = await tx.yearlyReportSubmission.upsert({
      where: key,
      create: {
        sectionId: section.id,
        recipientId: recipient.id,
        sentOn: asDate(input.sentOn),
        recordedById: user.id,
      },
      update: { sentOn: asDate(input.sentOn), recordedById: user.id },
      select: { id: true },
    });
    await recordChange(tx, {
      action: PUBLICATION_AUDIT_ACTIONS.submissionRecorded,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "YearlyReportSubmission",
      entityId: submission.id,
      ...(before ? { before: { sentOn: stampOf(before.sentOn) } } : {}),
      after: { recipient: recipient.name, sentOn: input.sentOn },
      metadata: { cycleId: input.cycleId, sectionId: section.id, recipientId: recipient.id },
    });
    return { id: submission.id };
  },
});
