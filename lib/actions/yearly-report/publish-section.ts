"use server";

import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  PUBLICATION_AUDIT_ACTIONS,
  PUBLICATION_MESSAGES,
  publishSectionSchema,
} from "@/lib/domain/yearly-report-publication-input";
import { asDate, lockSection, publicationPaths, stillToSign } from "./publication-support";

/**
 * Records that the yearly report was published (on the partnership's website: publishing itself
 * happens outside the app): the date, the link and where it was presented. Only a section every
 * statutory partner has signed off; from then on the sign-offs stand.
 */
export const publishSection = partnershipAction({
  schema: publishSectionSchema,
  permission: "yearly-report.publish",
  revalidate: (input) => publicationPaths(input.partnershipId, input.cycleId),
  handler: async ({ user, input, tx }) => {
    const section = await lockSection(tx, input.partnershipId, input.cycleId);
    if (section.status === "PUBLISHED")
      throw new DomainError(PUBLICATION_MESSAGES.alreadyPublishedOnce);
    if (section.status !== "SIGNED_OFF" && section.status !== "SHARED")
      throw new DomainError(PUBLICATION_MESSAGES.notSignedOff);
    // Judged on today's statutory partners: one added since must sign too, and a section whose
    // remaining partner stopped being statutory counts as signed off.
    const missing = await stillToSign(tx, input.partnershipId, section.id);
    if (missing.length > 0)
      throw new DomainError(
        section.status === "SHARED"
          ? PUBLICATION_MESSAGES.notSignedOff
          : PUBLICATION_MESSAGES.stillToSign(missing.map((o) => o.name)),
      );
    await tx.yearlyReportSection.update({
      where: { id: section.id },
      data: {
        status: "PUBLISHED",
        publishedOn: asDate(input.publishedOn),
        publishedUrl: input.publishedUrl,
        presentedAt: input.presentedAt,
      },
    });
    await recordChange(tx, {
      action: PUBLICATION_AUDIT_ACTIONS.published,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "YearlyReportSection",
      entityId: section.id,
      before: { status: section.status },
      after: {
        status: "PUBLISHED",
        publishedOn: input.publishedOn,
        publishedUrl: input.publishedUrl,
        presentedAt: input.presentedAt,
      },
      metadata: { cycleId: input.cycleId },
    });
    return { id: section.id, status: "PUBLISHED" as const };
  },
});
