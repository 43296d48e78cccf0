/**
 * Isolation-matrix entries for the framework library: adapting, starting and saving drafts,
 * publishing, importing a file (business managers only) and downloading a version as a file
 * (every member). Spread into MATRIX in ./isolation-cases.ts. Only types and helper functions are
 * imported from there (the helpers are read when a case runs, not while this module loads).
 */
import { randomUUID } from "node:crypto";
import { GET as exportFramework } from "@/app/(app)/partnerships/[partnershipId]/frameworks/[versionId]/export/route";
import { adaptFramework } from "@/lib/actions/frameworks/adapt-framework";
import { importFramework } from "@/lib/actions/frameworks/import-framework";
import { publishFrameworkVersion } from "@/lib/actions/frameworks/publish-framework-version";
import { saveFrameworkDraft } from "@/lib/actions/frameworks/save-framework-draft";
import { startDraft } from "@/lib/actions/frameworks/start-draft";
import { ROLES } from "@/lib/authz/permissions";
import { contentFingerprint } from "@/lib/data/frameworks";
import { ADAPTATION_ATTRIBUTION, RAG_DEFINITIONS } from "@/lib/framework/six-steps";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { partnershipCase, viaAction, viaRoute, type MatrixCase } from "./isolation-cases";
import type { World } from "./support/world";

const MANAGERS = ["BUSINESS_MANAGER"] as const;

/** A fresh adapted framework of partnership A (one step, one question), as a draft or published. */
async function freshFramework(world: World, prisma: PrismaClient, status: "DRAFT" | "PUBLISHED") {
  const key = `matrix-${randomUUID().slice(0, 8)}`;
  const framework = await prisma.framework.create({
    data: { key, title: `Matrix ${key}`, partnershipId: world.partnership.id },
  });
  const version = await prisma.frameworkVersion.create({
    data: {
      frameworkId: framework.id,
      version: 1,
      label: "Version 1",
      status: "DRAFT",
      citation: ADAPTATION_ATTRIBUTION,
      isAdapted: true,
      ragGreen: RAG_DEFINITIONS.GREEN,
      ragAmber: RAG_DEFINITIONS.AMBER,
      ragRed: RAG_DEFINITIONS.RED,
    },
  });
  const step = await prisma.frameworkStep.create({
    data: { versionId: version.id, position: 1, number: 1, title: "Step", lineageKey: `${key}:s` },
  });
  await prisma.frameworkQuestion.create({
    data: {
      versionId: version.id,
      stepId: step.id,
      position: 1,
      code: "1.1",
      text: "Question?",
      lineageKey: `${key}:q`,
    },
  });
  if (status === "PUBLISHED")
    await prisma.frameworkVersion.update({
      where: { id: version.id },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
  return {
    partnershipId: world.partnership.id,
    frameworkId: framework.id,
    versionId: version.id,
    key,
  };
}

const originalVersion = (prisma: PrismaClient) =>
  prisma.frameworkVersion.findFirstOrThrow({
    where: { framework: { isOriginal: true } },
    select: { id: true },
  });

function expectNone(count: number, what: string) {
  if (count !== 0) throw new Error(`a denied call created a ${what}`);
}

export const FRAMEWORK_CASES: Record<string, MatrixCase> = {
  "lib/actions/frameworks/adapt-framework.ts#adaptFramework": partnershipCase({
    allowed: MANAGERS,
    prepare: async (world, prisma) => ({
      partnershipId: world.partnership.id,
      versionId: (await originalVersion(prisma)).id,
      title: `Matrix adaptation ${randomUUID()}`,
    }),
    invoke: (p) => viaAction(adaptFramework, p),
    unchanged: async (p, prisma) =>
      expectNone(await prisma.framework.count({ where: { title: p.title } }), "framework"),
  }),
  "lib/actions/frameworks/start-draft.ts#startDraft": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshFramework(world, prisma, "PUBLISHED"),
    invoke: (p) =>
      viaAction(startDraft, { partnershipId: p.partnershipId, versionId: p.versionId }),
    unchanged: async (p, prisma) =>
      expectNone(
        await prisma.frameworkVersion.count({
          where: { frameworkId: p.frameworkId, status: "DRAFT" },
        }),
        "draft",
      ),
  }),
  "lib/actions/frameworks/save-framework-draft.ts#saveFrameworkDraft": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshFramework(world, prisma, "DRAFT"),
    invoke: (p) =>
      viaAction(saveFrameworkDraft, {
        partnershipId: p.partnershipId,
        versionId: p.versionId,
        baseline: contentFingerprint({
          label: "Version 1",
          steps: [
            {
              lineageKey: `${p.key}:s`,
              title: "Step",
              questions: [{ lineageKey: `${p.key}:q`, text: "Question?" }],
            },
          ],
        }),
        content: JSON.stringify({
          label: "Version 1",
          steps: [
            {
              key: `${p.key}:s`,
              title: "Step",
              questions: [{ key: `${p.key}:q`, text: "Changed?" }],
            },
          ],
        }),
      }),
    unchanged: async (p, prisma) => {
      const question = await prisma.frameworkQuestion.findFirstOrThrow({
        where: { versionId: p.versionId },
      });
      if (question.text !== "Question?") throw new Error("a denied save changed the draft");
    },
  }),
  "lib/actions/frameworks/publish-framework-version.ts#publishFrameworkVersion": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshFramework(world, prisma, "DRAFT"),
    invoke: (p) =>
      viaAction(publishFrameworkVersion, {
        partnershipId: p.partnershipId,
        versionId: p.versionId,
      }),
    unchanged: async (p, prisma) => {
      const version = await prisma.frameworkVersion.findUniqueOrThrow({
        where: { id: p.versionId },
      });
      if (version.status !== "DRAFT") throw new Error("a denied call published the version");
    },
  }),
  "lib/actions/frameworks/import-framework.ts#importFramework": partnershipCase({
    allowed: MANAGERS,
    prepare: async (world) => {
      const title = `Matrix import ${randomUUID()}`;
      const file = {
        format: "six-steps-framework",
        formatVersion: 1,
        title,
        label: "Version 1",
        rag: { ...RAG_DEFINITIONS },
        steps: [{ title: "Step", questions: [{ text: "Question?" }] }],
      };
      return {
        title,
        input: {
          partnershipId: world.partnership.id,
          file: new File([JSON.stringify(file)], "framework.json", { type: "application/json" }),
        },
      };
    },
    invoke: (p) => viaAction(importFramework, p.input),
    unchanged: async (p, prisma) =>
      expectNone(await prisma.framework.count({ where: { title: p.title } }), "framework"),
  }),
  "app/(app)/partnerships/[partnershipId]/frameworks/[versionId]/export/route.ts#GET":
    partnershipCase({
      allowed: ROLES,
      prepare: async (world, prisma) => ({
        ...(await freshFramework(world, prisma, "PUBLISHED")),
        since: new Date(),
      }),
      invoke: async (p) =>
        viaRoute(
          await exportFramework(
            new Request(
              `http://localhost:3000/partnerships/${p.partnershipId}/frameworks/${p.versionId}/export`,
            ),
            { params: Promise.resolve({ partnershipId: p.partnershipId, versionId: p.versionId }) },
          ),
        ),
      unchanged: async (p, prisma) =>
        expectNone(
          await prisma.auditEvent.count({
            where: { action: "framework.exported", entityId: p.versionId, at: { gte: p.since } },
          }),
          "download record",
        ),
    }),
};
