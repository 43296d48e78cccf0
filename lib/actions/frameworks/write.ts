import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newFrameworkKey, newLineageKey } from "@/lib/domain/framework-editor";
import { questionCode, type VersionStep } from "@/lib/domain/framework-versions";
import { ADAPTATION_ATTRIBUTION } from "@/lib/framework/six-steps";

type Tx = Prisma.TransactionClient;

const random = () => randomBytes(5).toString("hex");

/** A fresh framework key for the partnership: "<partnership slug>-<random>". */
export async function frameworkKeyFor(tx: Tx, partnershipId: string): Promise<string> {
  const partnership = await tx.partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: { slug: true },
  });
  return newFrameworkKey(partnership.slug, random());
}

/** Gives new steps and questions of a framework their identity: "<framework key>:<random>". */
export function lineageKeyMaker(frameworkKey: string): () => string {
  return () => newLineageKey(frameworkKey, random());
}

/**
 * Writes a draft version's steps and questions in order (two statements): numbers and codes
 * ("3.2") come from positions. The version must be a draft: the database refuses otherwise.
 */
export async function writeSteps(tx: Tx, versionId: string, steps: VersionStep[]): Promise<void> {
  const stepRows = steps.map((step, index) => ({
    id: randomUUID(),
    versionId,
    position: index + 1,
    number: index + 1,
    title: step.title,
    lineageKey: step.lineageKey,
  }));
  await tx.frameworkStep.createMany({ data: stepRows });
  await tx.frameworkQuestion.createMany({
    data: steps.flatMap((step, s) =>
      step.questions.map((question, q) => ({
        versionId,
        stepId: stepRows[s]!.id,
        position: q + 1,
        code: questionCode(s, q),
        text: question.text,
        lineageKey: question.lineageKey,
      })),
    ),
  });
}

/**
 * A new draft version `version` of a framework, copied from a published `source` version: its
 * steps and questions keep their identities (so trends follow them), the Red, Amber and Green
 * definitions stay, and it carries seed 001's attribution. Returns the new version's id.
 */
export async function copyAsDraft(
  tx: Tx,
  target: { frameworkId: string; version: number },
  source: { id: string; ragGreen: string; ragAmber: string; ragRed: string },
  steps: VersionStep[],
): Promise<string> {
  const created = await tx.frameworkVersion.create({
    data: {
      frameworkId: target.frameworkId,
      version: target.version,
      label: `Version ${target.version}`,
      status: "DRAFT",
      citation: ADAPTATION_ATTRIBUTION,
      isAdapted: true,
      ragGreen: source.ragGreen,
      ragAmber: source.ragAmber,
      ragRed: source.ragRed,
      basedOnVersionId: source.id,
    },
    select: { id: true },
  });
  await writeSteps(tx, created.id, steps);
  return created.id;
}

/** Holds the version row until the transaction ends, so saves and publishing take turns. */
export async function lockVersion(tx: Tx, versionId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "FrameworkVersion" WHERE id = ${versionId}::uuid FOR UPDATE`;
}

export function countQuestions(steps: VersionStep[]): number {
  return steps.reduce((sum, step) => sum + step.questions.length, 0);
}
