import "server-only";
import { createHash } from "node:crypto";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { draftCanonical, frameworkExport, frameworkFileName } from "@/lib/domain/framework-editor";
import {
  diffVersions,
  frameworkAttribution,
  type VersionContent,
  type VersionDiff,
} from "@/lib/domain/framework-versions";

/**
 * The framework library of a partnership: the original Six Steps (shared, read-only) and the
 * partnership's own adaptations. Another partnership's frameworks are never found.
 */
export function visibleFrameworks(partnershipId: string) {
  return {
    OR: [{ isOriginal: true, partnershipId: null }, { partnershipId }],
  } satisfies Prisma.FrameworkWhereInput;
}

export type VersionStatus = "DRAFT" | "PUBLISHED";

/** Everything needed to read a version as plain content (steps and questions in order). */
export const versionContentSelect = {
  label: true,
  ragGreen: true,
  ragAmber: true,
  ragRed: true,
  framework: { select: { title: true } },
  steps: {
    orderBy: { position: "asc" },
    select: {
      title: true,
      lineageKey: true,
      questions: { orderBy: { position: "asc" }, select: { text: true, lineageKey: true } },
    },
  },
} satisfies Prisma.FrameworkVersionSelect;

type ContentRow = Prisma.FrameworkVersionGetPayload<{ select: typeof versionContentSelect }>;

export function toVersionContent(row: ContentRow): VersionContent {
  return {
    title: row.framework.title,
    label: row.label,
    rag: { GREEN: row.ragGreen, AMBER: row.ragAmber, RED: row.ragRed },
    steps: row.steps.map((step) => ({
      lineageKey: step.lineageKey,
      title: step.title,
      questions: step.questions.map((q) => ({ lineageKey: q.lineageKey, text: q.text })),
    })),
  };
}

/** The fingerprint of a stored draft: a save names the one it was edited from. */
export function contentFingerprint(content: Pick<VersionContent, "label" | "steps">): string {
  return createHash("sha256").update(draftCanonical(content)).digest("hex");
}

type VersionRef = { id: string; label: string; frameworkTitle: string };

export type LibraryVersion = {
  id: string;
  version: number;
  label: string;
  status: VersionStatus;
  publishedAt: string | null;
  steps: number;
  questions: number;
  /** This partnership's assessments that use it. */
  assessments: number;
  basedOn: VersionRef | null;
};

export type LibraryFramework = {
  id: string;
  title: string;
  isOriginal: boolean;
  attribution: string;
  versions: LibraryVersion[];
  hasDraft: boolean;
};

export type FrameworkLibrary = {
  frameworks: LibraryFramework[];
  canManage: boolean;
};

/** The library page: every framework the partnership can see, with its versions, in one query. */
export async function getFrameworkLibrary(partnershipId: string): Promise<FrameworkLibrary> {
  const { membership } = authorise(await getCurrentUser(), partnershipId, "framework.view");
  const rows = await db().framework.findMany({
    where: visibleFrameworks(partnershipId),
    orderBy: [{ isOriginal: "desc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      isOriginal: true,
      versions: {
        orderBy: { version: "asc" },
        select: {
          id: true,
          version: true,
          label: true,
          status: true,
          isAdapted: true,
          publishedAt: true,
          basedOn: { select: { id: true, label: true, framework: { select: { title: true } } } },
          _count: {
            select: {
              steps: true,
              questions: true,
              // Only this partnership's: the original is shared by every partnership.
              assessments: { where: { partnershipId } },
            },
          },
        },
      },
    },
  });
  return {
    canManage: can(membership.role, "framework.manage"),
    frameworks: rows.map((row) => ({
      id: row.id,
      title: row.title,
      isOriginal: row.isOriginal,
      attribution: frameworkAttribution({ isAdapted: !row.isOriginal }),
      hasDraft: row.versions.some((v) => v.status === "DRAFT"),
      versions: row.versions.map((v) => ({
        id: v.id,
        version: v.version,
        label: v.label,
        status: v.status,
        publishedAt: v.publishedAt?.toISOString() ?? null,
        steps: v._count.steps,
        questions: v._count.questions,
        assessments: v._count.assessments,
        basedOn: v.basedOn
          ? { id: v.basedOn.id, label: v.basedOn.label, frameworkTitle: v.basedOn.framework.title }
          : null,
      })),
    })),
  };
}

export type FrameworkVersionView = {
  id: string;
  frameworkId: string;
  frameworkTitle: string;
  isOriginal: boolean;
  version: number;
  label: string;
  status: VersionStatus;
  publishedAt: string | null;
  isAdapted: boolean;
  attribution: string;
  rag: { green: string; amber: string; red: string };
  steps: Array<{
    id: string;
    number: number;
    title: string;
    questions: Array<{ id: string; code: string; text: string }>;
  }>;
  basedOn: VersionRef | null;
  assessments: Array<{ id: string; title: string; cycle: string }>;
  /** Another draft of the same framework, if there is one (one draft at a time). */
  otherDraftId: string | null;
  canManage: boolean;
};

/** One version of a framework the partnership can see, as its page shows it; otherwise a 404. */
export async function getFrameworkVersion(
  partnershipId: string,
  versionId: string,
): Promise<FrameworkVersionView> {
  const { membership } = authorise(await getCurrentUser(), partnershipId, "framework.view");
  const row = await db().frameworkVersion.findFirst({
    where: { id: versionId, framework: visibleFrameworks(partnershipId) },
    select: {
      id: true,
      version: true,
      label: true,
      status: true,
      publishedAt: true,
      isAdapted: true,
      ragGreen: true,
      ragAmber: true,
      ragRed: true,
      framework: {
        select: {
          id: true,
          title: true,
          isOriginal: true,
          versions: { where: { status: "DRAFT" }, select: { id: true } },
        },
      },
      basedOn: { select: { id: true, label: true, framework: { select: { title: true } } } },
      steps: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          number: true,
          title: true,
          questions: {
            orderBy: { position: "asc" },
            select: { id: true, code: true, text: true },
          },
        },
      },
      assessments: {
        where: { partnershipId },
        orderBy: { createdAt: "desc" },
        select: { id: true, title: true, cycle: { select: { name: true } } },
      },
    },
  });
  if (!row) notFound();
  return {
    id: row.id,
    frameworkId: row.framework.id,
    frameworkTitle: row.framework.title,
    isOriginal: row.framework.isOriginal,
    version: row.version,
    label: row.label,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    isAdapted: row.isAdapted,
    attribution: frameworkAttribution(row),
    rag: { green: row.ragGreen, amber: row.ragAmber, red: row.ragRed },
    steps: row.steps,
    basedOn: row.basedOn
      ? {
          id: row.basedOn.id,
          label: row.basedOn.label,
          frameworkTitle: row.basedOn.framework.title,
        }
      : null,
    assessments: row.assessments.map((a) => ({ id: a.id, title: a.title, cycle: a.cycle.name })),
    otherDraftId: row.framework.versions.find((v) => v.id !== row.id)?.id ?? null,
    canManage: can(membership.role, "framework.manage"),
  };
}

export type FrameworkDraft = {
  versionId: string;
  version: number;
  frameworkTitle: string;
  status: VersionStatus;
  attribution: string;
  content: VersionContent;
  /** The fingerprint of the stored draft, posted back with a save. */
  baseline: string;
};

/** A version of this partnership's own framework, for the draft editor (business managers). */
export async function getFrameworkDraft(
  partnershipId: string,
  versionId: string,
): Promise<FrameworkDraft> {
  authorise(await getCurrentUser(), partnershipId, "framework.manage");
  const row = await db().frameworkVersion.findFirst({
    where: { id: versionId, framework: { partnershipId } },
    select: { ...versionContentSelect, id: true, version: true, status: true, isAdapted: true },
  });
  if (!row) notFound();
  const content = toVersionContent(row);
  return {
    versionId: row.id,
    version: row.version,
    frameworkTitle: row.framework.title,
    status: row.status,
    attribution: frameworkAttribution(row),
    content,
    baseline: contentFingerprint(content),
  };
}

export type VersionChoice = {
  id: string;
  /** "Six Steps for Independent Scrutiny: Original (Pearce 2019)" */
  name: string;
  status: VersionStatus;
};

export type FrameworkComparison = {
  choices: VersionChoice[];
  compared: {
    from: VersionChoice & { attribution: string };
    to: VersionChoice & { attribution: string };
    diff: VersionDiff;
    /** The text (in the later version) of each question, by identity, for the moved table. */
    texts: Record<string, string>;
  } | null;
};

/**
 * The versions to choose from and, when two are named, what changed from one to the other by
 * question identity. A version the partnership cannot see is a 404.
 */
export async function getFrameworkComparison(
  partnershipId: string,
  fromId?: string,
  toId?: string,
): Promise<FrameworkComparison> {
  authorise(await getCurrentUser(), partnershipId, "framework.view");
  const versions = await db().frameworkVersion.findMany({
    where: { framework: visibleFrameworks(partnershipId) },
    orderBy: [
      { framework: { isOriginal: "desc" } },
      { framework: { createdAt: "asc" } },
      { version: "asc" },
    ],
    select: { id: true, label: true, status: true, framework: { select: { title: true } } },
  });
  const choices = versions.map((v) => ({
    id: v.id,
    name: `${v.framework.title}: ${v.label}`,
    status: v.status,
  }));
  if (!fromId || !toId) return { choices, compared: null };
  const rows = await db().frameworkVersion.findMany({
    where: { id: { in: [fromId, toId] }, framework: visibleFrameworks(partnershipId) },
    select: { ...versionContentSelect, id: true, isAdapted: true },
  });
  const from = rows.find((row) => row.id === fromId);
  const to = rows.find((row) => row.id === toId);
  const fromChoice = choices.find((c) => c.id === fromId);
  const toChoice = choices.find((c) => c.id === toId);
  if (!from || !to || !fromChoice || !toChoice) notFound();
  const after = toVersionContent(to);
  const diff = diffVersions(toVersionContent(from), after);
  const moved = new Set(diff.moved.map((m) => m.lineageKey));
  const texts = Object.fromEntries(
    after.steps.flatMap((step) =>
      step.questions.filter((q) => moved.has(q.lineageKey)).map((q) => [q.lineageKey, q.text]),
    ),
  );
  return {
    choices,
    compared: {
      from: { ...fromChoice, attribution: frameworkAttribution(from) },
      to: { ...toChoice, attribution: frameworkAttribution(to) },
      diff,
      texts,
    },
  };
}

export type FrameworkDownload = {
  versionId: string;
  fileName: string;
  body: string;
};

/** A version the partnership can see, as the JSON file to download; null if there is none. */
export async function getFrameworkDownload(
  partnershipId: string,
  versionId: string,
): Promise<FrameworkDownload | null> {
  authorise(await getCurrentUser(), partnershipId, "framework.view");
  const row = await db().frameworkVersion.findFirst({
    where: { id: versionId, framework: visibleFrameworks(partnershipId) },
    select: { ...versionContentSelect, id: true, version: true, isAdapted: true },
  });
  if (!row) return null;
  const file = frameworkExport(toVersionContent(row), row);
  return {
    versionId: row.id,
    fileName: frameworkFileName(row.framework.title, row.version),
    body: `${JSON.stringify(file, null, 2)}\n`,
  };
}

/** A published version the partnership can adapt, for the "Adapt" page; otherwise a 404. */
export async function getAdaptSource(
  partnershipId: string,
  versionId: string,
): Promise<{ id: string; name: string; steps: number; questions: number }> {
  authorise(await getCurrentUser(), partnershipId, "framework.manage");
  const row = await db().frameworkVersion.findFirst({
    where: { id: versionId, status: "PUBLISHED", framework: visibleFrameworks(partnershipId) },
    select: {
      id: true,
      label: true,
      framework: { select: { title: true } },
      _count: { select: { steps: true, questions: true } },
    },
  });
  if (!row) notFound();
  return {
    id: row.id,
    name: `${row.framework.title}: ${row.label}`,
    steps: row._count.steps,
    questions: row._count.questions,
  };
}
