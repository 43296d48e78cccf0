"use server";

import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { toVersionContent, versionContentSelect, visibleFrameworks } from "@/lib/data/frameworks";
import { adaptFrameworkSchema } from "@/lib/domain/framework-editor";
import { copyAsDraft, countQuestions, frameworkKeyFor } from "./write";

export type StartedDraft = { frameworkId: string; versionId: string };

/**
 * Adapts a published framework version (the original, or one of the partnership's own): a new
 * framework whose version 1 is a draft copy, steps and questions keeping their identities so
 * trends follow them, with seed 001's attribution and the same Red, Amber and Green definitions.
 */
export const adaptFramework = partnershipAction({
  schema: adaptFrameworkSchema,
  permission: "framework.manage",
  revalidate: (input) => [`/partnerships/${input.partnershipId}/frameworks`],
  handler: async ({ user, input, tx }): Promise<StartedDraft> => {
    const source = await tx.frameworkVersion.findFirst({
      where: {
        id: input.versionId,
        status: "PUBLISHED",
        framework: visibleFrameworks(input.partnershipId),
      },
      select: { ...versionContentSelect, id: true },
    });
    if (!source)
      throw new DomainError("Select a published framework version to adapt.", {
        versionId: ["Select a published framework version to adapt"],
      });
    const content = toVersionContent(source);
    const key = await frameworkKeyFor(tx, input.partnershipId);
    const framework = await tx.framework.create({
      data: { key, title: input.title, partnershipId: input.partnershipId, isOriginal: false },
      select: { id: true },
    });
    const versionId = await copyAsDraft(
      tx,
      { frameworkId: framework.id, version: 1 },
      source,
      content.steps,
    );
    await recordChange(tx, {
      action: "framework.adapted",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Framework",
      entityId: framework.id,
      after: {
        title: input.title,
        key,
        versionId,
        basedOnVersionId: source.id,
        steps: content.steps.length,
        questions: countQuestions(content.steps),
      },
    });
    return { frameworkId: framework.id, versionId };
  },
});
