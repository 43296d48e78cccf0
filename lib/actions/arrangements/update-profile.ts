"use server";

import { recordChange } from "@/lib/audit";
import { ConflictError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { readProfileForEdit, type ProfileConflict } from "@/lib/data/arrangements";
import { PROFILE_MESSAGES, sameAreas, updateProfileSchema } from "@/lib/domain/arrangements";
import { profilePaths } from "./support";

/**
 * The business manager keeps the partnership profile the published arrangements need: the local
 * authority areas covered, and each relevant agency's reason for being chosen and contribution.
 * Each record is versioned by its updatedAt: a part someone else changed since the form was loaded
 * is refused (all or nothing) with what is stored now, unless this save leaves it as it is.
 */
export const updateProfile = partnershipAction({
  schema: updateProfileSchema,
  permission: "profile.edit",
  revalidate: (input) => [
    ...profilePaths(input.partnershipId),
    `/partnerships/${input.partnershipId}/arrangements`,
  ],
  handler: async ({ user, input, tx }) => {
    const { partnershipId } = input;
    const stored = await readProfileForEdit(tx, partnershipId);
    if (!stored) throw new NotFoundError("partnership");
    const conflict = async (conflicts: string[]) =>
      new ConflictError<ProfileConflict>(PROFILE_MESSAGES.conflict, {
        ...((await readProfileForEdit(tx, partnershipId)) ?? stored),
        conflicts,
      });

    const storedAgencies = new Map(stored.agencies.map((agency) => [agency.id, agency]));
    const agencies = input.agencies.map((agency) => {
      const was = storedAgencies.get(agency.id);
      // Another partnership's organisation, a statutory partner or a removed agency alike.
      if (!was) throw new NotFoundError("relevant agency");
      const changed =
        was.whyChosen !== agency.whyChosen || was.contribution !== agency.contribution;
      return { ...agency, was, changed };
    });
    const areasChanged = !sameAreas(stored.localAuthorityAreas, input.localAuthorityAreas);

    const stale = [
      ...(areasChanged && stored.version !== input.version ? ["localAuthorityAreas"] : []),
      ...agencies
        .filter((agency) => agency.changed && agency.was.version !== agency.version)
        .map((agency) => `agency:${agency.id}`),
    ];
    if (stale.length > 0) throw await conflict(stale);

    let changed = 0;
    if (areasChanged) {
      const claimed = await tx.partnership.updateMany({
        where: { id: partnershipId, updatedAt: new Date(input.version) },
        data: { localAuthorityAreas: input.localAuthorityAreas },
      });
      if (claimed.count !== 1) throw await conflict(["localAuthorityAreas"]);
      await recordChange(tx, {
        action: "profile.updated",
        actorUserId: user.id,
        partnershipId,
        entityType: "Partnership",
        entityId: partnershipId,
        before: { localAuthorityAreas: stored.localAuthorityAreas },
        after: { localAuthorityAreas: input.localAuthorityAreas },
      });
      changed += 1;
    }
    for (const agency of agencies.filter((a) => a.changed)) {
      const claimed = await tx.organisation.updateMany({
        where: {
          id: agency.id,
          partnershipId,
          isStatutoryPartner: false,
          updatedAt: new Date(agency.version),
        },
        data: { whyChosen: agency.whyChosen, contribution: agency.contribution },
      });
      if (claimed.count !== 1) throw await conflict([`agency:${agency.id}`]);
      await recordChange(tx, {
        action: "organisation.updated",
        actorUserId: user.id,
        partnershipId,
        entityType: "Organisation",
        entityId: agency.id,
        before: { whyChosen: agency.was.whyChosen, contribution: agency.was.contribution },
        after: { whyChosen: agency.whyChosen, contribution: agency.contribution },
        metadata: { name: agency.was.name },
      });
      changed += 1;
    }
    return { changed };
  },
});
