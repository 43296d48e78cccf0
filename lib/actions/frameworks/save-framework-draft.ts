"use server";

import { recordChange } from "@/lib/audit";
import { ConflictError, DomainError, NotFoundError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import { contentFingerprint, toVersionContent, versionContentSelect } from "@/lib/data/frameworks";
import { checkDraft, foreignKeys, saveDraftSchema } from "@/lib/domain/framework-editor";
import {
  diffVersions,
  fromFrameworkFile,
  type VersionContent,
} from "@/lib/domain/framework-versions";
import { countQuestions, lineageKeyMaker, lockVersion, writeSteps } from "./write";

export type SavedDraft = { baseline: string; content: VersionContent };

const PUBLISHED =
  "This framework version is published, so it cannot be changed. Start a new draft from it instead.";

/**
 * Saves the whole draft from the editor: checked by the framework file's rules, identities kept
 * only where the draft already had them (new steps and questions get theirs here), and refused
 * without writing anything when someone else saved the draft since it was opened. The draft's
 * steps and questions are replaced in the one transaction.
 */
export const saveFrameworkDraft = partnershipAction({
  schema: saveDraftSchema,
  permission: "framework.manage",
  revalidate: (input) => [
    `/partnerships/${input.partnershipId}/frameworks`,
    `/partnerships/${input.partnershipId}/frameworks/${input.versionId}`,
  ],
  handler: async ({ user, input, tx }): Promise<SavedDraft> => {
    const owned = await tx.frameworkVersion.findFirst({
      where: { id: input.versionId, framework: { partnershipId: input.partnershipId } },
      select: { id: true },
    });
    if (!owned) throw new NotFoundError("framework draft");
    await lockVersion(tx, owned.id);
    const stored = await tx.frameworkVersion.findUniqueOrThrow({
      where: { id: owned.id },
      select: {
        ...versionContentSelect,
        status: true,
        framework: { select: { title: true, key: true } },
      },
    });
    if (stored.status !== "DRAFT") throw new DomainError(PUBLISHED);
    const before = toVersionContent(stored);
    const baseline = contentFingerprint(before);
    if (baseline !== input.baseline)
      throw new ConflictError(
        "Someone else saved this draft while you were editing it. Your changes are still on this page: save them over theirs, or reload the draft to see their changes.",
        { baseline },
      );

    const checked = checkDraft(input.content, { title: before.title, rag: before.rag });
    if (!checked.ok)
      throw new DomainError(
        "There is a problem with the draft: nothing was saved.",
        checked.fieldErrors,
      );
    const existing = {
      steps: new Set(before.steps.map((s) => s.lineageKey)),
      questions: new Set(before.steps.flatMap((s) => s.questions.map((q) => q.lineageKey))),
    };
    if (foreignKeys(checked.file, existing).length > 0)
      throw new DomainError(
        "Some steps or questions sent are not part of this draft. Reload the draft and try again: nothing was saved.",
      );
    const after = fromFrameworkFile(checked.file, lineageKeyMaker(stored.framework.key));

    await tx.frameworkQuestion.deleteMany({ where: { versionId: owned.id } });
    await tx.frameworkStep.deleteMany({ where: { versionId: owned.id } });
    if (after.label !== before.label)
      await tx.frameworkVersion.update({ where: { id: owned.id }, data: { label: after.label } });
    await writeSteps(tx, owned.id, after.steps);

    const diff = diffVersions(before, after);
    await recordChange(tx, {
      action: "framework.draft-saved",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "FrameworkVersion",
      entityId: owned.id,
      before: {
        label: before.label,
        steps: before.steps.length,
        questions: countQuestions(before.steps),
      },
      after: {
        label: after.label,
        steps: after.steps.length,
        questions: countQuestions(after.steps),
      },
      metadata: {
        added: diff.added.map((q) => q.code),
        removed: diff.removed.map((q) => q.code),
        reworded: diff.reworded.map((q) => q.code),
        moved: diff.moved.map((q) => `${q.from} → ${q.to}`),
      },
    });
    return { baseline: contentFingerprint(after), content: after };
  },
});
