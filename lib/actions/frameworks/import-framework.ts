"use server";

import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import { partnershipAction } from "@/lib/actions/safe-action";
import {
  IMPORT_MESSAGES,
  importFrameworkSchema,
  withoutAttribution,
} from "@/lib/domain/framework-editor";
import { fromFrameworkFile, parseFrameworkFile } from "@/lib/domain/framework-versions";
import { ADAPTATION_ATTRIBUTION } from "@/lib/framework/six-steps";
import type { StartedDraft } from "./adapt-framework";
import { countQuestions, frameworkKeyFor, lineageKeyMaker, writeSteps } from "./write";

/**
 * Imports a framework file (docs/framework-file-format.md), for example one shared by another
 * partnership, as a new adapted framework whose version 1 is a draft. Keys in the file are kept,
 * so trends follow questions that came from the original or another version; questions without a
 * key are new. A file that breaks any rule is refused with everything wrong listed, creating
 * nothing.
 */
export const importFramework = partnershipAction({
  schema: importFrameworkSchema,
  permission: "framework.manage",
  revalidate: (input) => [`/partnerships/${input.partnershipId}/frameworks`],
  handler: async ({ user, input, tx }): Promise<StartedDraft> => {
    const parsed = parseFrameworkFile(withoutAttribution(await input.file.text()));
    if (!parsed.ok) throw new DomainError(IMPORT_MESSAGES.refused, { file: parsed.problems });
    const key = await frameworkKeyFor(tx, input.partnershipId);
    const content = fromFrameworkFile(parsed.file, lineageKeyMaker(key));
    const framework = await tx.framework.create({
      data: { key, title: content.title, partnershipId: input.partnershipId, isOriginal: false },
      select: { id: true },
    });
    const version = await tx.frameworkVersion.create({
      data: {
        frameworkId: framework.id,
        version: 1,
        label: content.label,
        status: "DRAFT",
        citation: ADAPTATION_ATTRIBUTION,
        isAdapted: true,
        ragGreen: content.rag.GREEN,
        ragAmber: content.rag.AMBER,
        ragRed: content.rag.RED,
      },
      select: { id: true },
    });
    await writeSteps(tx, version.id, content.steps);
    await recordChange(tx, {
      action: "framework.imported",
      actorUserId: user.id,
      partnershipId: input.partnershipId,
      entityType: "Framework",
      entityId: framework.id,
      after: {
        title: content.title,
        key,
        versionId: version.id,
        steps: content.steps.length,
        questions: countQuestions(content.steps),
      },
      metadata: { fileName: input.file.name.slice(0, 200), sizeBytes: input.file.size },
    });
    return { frameworkId: framework.id, versionId: version.id };
  },
});
