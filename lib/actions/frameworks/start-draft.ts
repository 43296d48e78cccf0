"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { toVersionContent, versionContentSelect } from "@/lib/data/frameworks";
import { versionActionSchema } from "@/lib/domain/framework-editor";
import type { StartedDraft } from "./adapt-framework";
import { copyAsDraft } from "./write";

/**
 * The next version of one of the partnership's adapted frameworks: a draft copy of a published
 * version, keeping every identity. One draft per framework at a time. (The original Six Steps is
 * not changed by a partnership: adapt it instead.)
 */
export const startDraft = partnershipAction({
  schema: versionActionSchema,
  permission: "framework.manage",
  revalidate: (input) => [`/partnerships/${input.partnershipId}/frameworks`],
  handler: async ({ user, input, tx }): Promise<StartedDraft> => {
    const source = await tx.frameworkVersion.findFirst({
      where: { id: input.versionId, framework: { partnershipId: input.partnershipId } },
      select: {
        ...versionContentSelect,
        id: true,
        status: true,
        frameworkId: true,
        framework: {
          select: {
            title: true,
            versions: {
              orderBy: { version: "desc" },
              select: { id: true, version: true, status: true },
            },
          },
        },
      },
    });
    if (!source) throw new NotFoundError("framework version");
    if (source.status !== "PUBLISHED")
      throw new DomainError(
        "This version is still a draft: edit it, or publish it before starting another.",
      );
    if (source.framework.versions.some((v) => v.status === "DRAFT"))
      throw new DomainError(
        "This framework already has a draft. Finish and publish that draft before starting another.",
      );
    const next = (source.framework.versions[0]?.version ?? 0) + 1;
    const content = toVersionContent(source);
    const versionId = await copyAsDraft(
      tx,
      { frameworkId: source.frameworkId, version: next },
      source,
      content.steps,
    );
    await recordChange(tx, {
      action: "framework.draft-started",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "FrameworkVersion",
      entityId: versionId,
      after: { version: next, basedOnVersionId: source.id },
    });
    return { frameworkId: source.frameworkId, versionId };
  },
});
