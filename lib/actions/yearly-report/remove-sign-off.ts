"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  PUBLICATION_AUDIT_ACTIONS,
  PUBLICATION_MESSAGES,
  removeSignOffSchema,
} from "@/lib/domain/yearly-report-publication-input";
import { lockSection, publicationPaths, stampOf, statusAfterSignOffs } from "./publication-support";

/**
 * Removes a sign-off recorded in error (or to record it again differently). Allowed until the
 * section is published; a signed-off section goes back to shared with the scrutineer.
 */
export const removeSignOff = partnershipAction({
  schema: removeSignOffSchema,
  permission: "yearly-report.sign-off",
  revalidate: (input) => publicationPaths(input.partnershipId, input.cycleId),
  handler: async ({ user, input, tx }) => {
    const section = await lockSection(tx, input.partnershipId, input.cycleId);
    const signOff = await tx.yearlyReportSignOff.findFirst({
      where: { id: input.signOffId, sectionId: section.id },
      select: {
        id: true,
        designation: true,
        signerName: true,
        signedOn: true,
        meeting: true,
        organisation: { select: { id: true, name: true } },
      },
    });
    if (!signOff) throw new NotFoundError("sign-off");
    if (section.status === "PUBLISHED")
      throw new DomainError(PUBLICATION_MESSAGES.alreadyPublished);
    await tx.yearlyReportSignOff.delete({ where: { id: signOff.id } });
    const status = await statusAfterSignOffs(tx, input.partnershipId, section.id);
    if (status !== section.status)
      await tx.yearlyReportSection.update({ where: { id: section.id }, data: { status } });
    await recordChange(tx, {
      action: PUBLICATION_AUDIT_ACTIONS.signOffRemoved,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "YearlyReportSignOff",
      entityId: signOff.id,
      before: {
        organisationId: signOff.organisation.id,
        organisation: signOff.organisation.name,
        designation: signOff.designation,
        signerName: signOff.signerName,
        signedOn: stampOf(signOff.signedOn),
        meeting: signOff.meeting,
      },
      metadata: { cycleId: input.cycleId, sectionId: section.id, status },
    });
    return { removed: true, status };
  },
});
