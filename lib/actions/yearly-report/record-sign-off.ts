"use server";

import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  PUBLICATION_AUDIT_ACTIONS,
  PUBLICATION_MESSAGES,
  recordSignOffSchema,
} from "@/lib/domain/yearly-report-publication-input";
import { asDate, lockSection, publicationPaths, statusAfterSignOffs } from "./publication-support";

/**
 * The business manager records a statutory partner's sign-off of the section, as given at a
 * meeting: who signed (lead or delegated safeguarding partner), when and where. Only once the
 * section was shared with the independent scrutineer; when every statutory partner has signed,
 * the section is signed off.
 */
export const recordSignOff = partnershipAction({
  schema: recordSignOffSchema,
  permission: "yearly-report.sign-off",
  revalidate: (input) => publicationPaths(input.partnershipId, input.cycleId),
  handler: async ({ user, input, tx }) => {
    const section = await lockSection(tx, input.partnershipId, input.cycleId);
    if (section.status === "DRAFT") throw new DomainError(PUBLICATION_MESSAGES.notShared);
    if (section.status === "PUBLISHED")
      throw new DomainError(PUBLICATION_MESSAGES.alreadyPublished);
    const organisation = await tx.organisation.findFirst({
      where: { id: input.organisationId, partnershipId: input.partnershipId },
      select: { id: true, name: true, isStatutoryPartner: true },
    });
    if (!organisation?.isStatutoryPartner)
      throw new DomainError(PUBLICATION_MESSAGES.notStatutory, {
        organisationId: [PUBLICATION_MESSAGES.notStatutory],
      });
    const data = {
      organisationId: organisation.id,
      designation: input.designation,
      signerName: input.signerName,
      signedOn: asDate(input.signedOn),
      meeting: input.meeting,
    };
    // Nothing else writes this section's sign-offs while its row is locked.
    const [signOff] = await tx.yearlyReportSignOff.createManyAndReturn({
      data: [{ ...data, sectionId: section.id, recordedById: user.id }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!signOff) {
      const message = PUBLICATION_MESSAGES.alreadySigned(organisation.name);
      throw new DomainError(message, { organisationId: [message] });
    }
    const status = await statusAfterSignOffs(tx, input.partnershipId, section.id);
    if (status !== section.status)
      await tx.yearlyReportSection.update({ where: { id: section.id }, data: { status } });
    await recordChange(tx, {
      action: PUBLICATION_AUDIT_ACTIONS.signOffRecorded,
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "YearlyReportSignOff",
      entityId: signOff.id,
      after: { ...data, signedOn: input.signedOn, organisation: organisation.name },
      metadata: { cycleId: input.cycleId, sectionId: section.id, status },
    });
    return { id: signOff.id, status };
  },
});
