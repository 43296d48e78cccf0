"use server";

import { recordChange } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { versionActionSchema } from "@/lib/domain/framework-editor";
import { lockVersion } from "./write";

/**
 * Publishes a draft of one of the partnership's frameworks: from then on it is immutable (the
 * database refuses changes) and can be chosen for a new assessment, which pins it.
 */
export const publishFrameworkVersion = partnershipAction({
  schema: versionActionSchema,
  permission: "framework.manage",
  revalidate: (input) => [
    `/partnerships/${input.partnershipId}/frameworks`,
    `/partnerships/${input.partnershipId}/frameworks/${input.versionId}`,
    `/partnerships/${input.partnershipId}/assessments/new`,
  ],
  handler: async ({ user, input, tx }) => {
    const owned = await tx.frameworkVersion.findFirst({
      where: { id: input.versionId, framework: { partnershipId: input.partnershipId } },
      select: { id: true },
    });
    if (!owned) throw new NotFoundError("framework version");
    await lockVersion(tx, owned.id);
    const version = await tx.frameworkVersion.findUniqueOrThrow({
      where: { id: owned.id },
      select: {
        version: true,
        label: true,
        status: true,
        steps: {
          orderBy: { position: "asc" },
          select: { number: true, _count: { select: { questions: true } } },
        },
      },
    });
    if (version.status !== "DRAFT") throw new DomainError("This version is already published.");
    if (version.steps.length === 0)
      throw new DomainError("A framework needs at least one step before it can be published.");
    const empty = version.steps.filter((step) => step._count.questions === 0);
    if (empty.length > 0)
      throw new DomainError(
        `Every step needs at least one question before the framework can be published: add a question to step ${empty.map((s) => s.number).join(", step ")}.`,
      );
    const publishedAt = new Date();
    await tx.frameworkVersion.update({
      where: { id: owned.id },
      data: { status: "PUBLISHED", publishedAt },
    });
    await recordChange(tx, {
      action: "framework.published",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "FrameworkVersion",
      entityId: owned.id,
      before: { status: "DRAFT" },
      after: {
        status: "PUBLISHED",
        version: version.version,
        label: version.label,
        publishedAt: publishedAt.toISOString(),
        steps: version.steps.length,
        questions: version.steps.reduce((sum, step) => sum + step._count.questions, 0),
      },
    });
    return { versionId: owned.id };
  },
});
