import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleFrameworks } from "./frameworks";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

/** The partnership's wider-partner wording of these questions (by lineage key): one query. */
export async function widerPartnerWordings(
  client: Client,
  partnershipId: string,
  lineageKeys: string[],
): Promise<Map<string, string>> {
  if (lineageKeys.length === 0) return new Map();
  const rows = await client.questionWording.findMany({
    where: { partnershipId, audience: "WIDER_PARTNER", lineageKey: { in: lineageKeys } },
    select: { lineageKey: true, text: true },
  });
  return new Map(rows.map((r) => [r.lineageKey, r.text]));
}

/**
 * The wording page: every question of the frameworks the partnership uses (the original's latest
 * published version first, then questions only its adaptations have), each with its wider-partner
 * wording if given. Two queries whatever the number of frameworks and questions.
 */
export async function getWordingPage(partnershipId: string) {
  authorise(await getCurrentUser(), partnershipId, "wording.manage");
  const [frameworks, wordings] = await Promise.all([
    db().framework.findMany({
      where: visibleFrameworks(partnershipId),
      orderBy: [{ isOriginal: "desc" }, { createdAt: "asc" }],
      select: {
        title: true,
        isOriginal: true,
        versions: {
          where: { status: "PUBLISHED" },
          orderBy: { version: "desc" },
          take: 1,
          select: {
            citation: true,
            steps: {
              orderBy: { position: "asc" },
              select: {
                number: true,
                title: true,
                questions: {
                  orderBy: { position: "asc" },
                  select: { code: true, text: true, lineageKey: true },
                },
              },
            },
          },
        },
      },
    }),
    db().questionWording.findMany({
      where: { partnershipId, audience: "WIDER_PARTNER" },
      select: { lineageKey: true, text: true, version: true, updatedAt: true },
    }),
  ]);
  const byKey = new Map(wordings.map((w) => [w.lineageKey, w]));
  const seen = new Set<string>();
  const steps = new Map<
    number,
    { number: number; title: string; questions: Array<WordingQuestion> }
  >();
  for (const framework of frameworks) {
    for (const step of framework.versions[0]?.steps ?? []) {
      const group = steps.get(step.number) ?? {
        number: step.number,
        title: step.title,
        questions: [],
      };
      steps.set(step.number, group);
      for (const question of step.questions) {
        if (seen.has(question.lineageKey)) continue;
        seen.add(question.lineageKey);
        const wording = byKey.get(question.lineageKey);
        group.questions.push({
          ...question,
          fromAdaptation: framework.isOriginal ? null : framework.title,
          wording: wording
            ? {
                text: wording.text,
                version: wording.version,
                updatedAt: wording.updatedAt.toISOString(),
              }
            : null,
        });
      }
    }
  }
  return {
    steps: [...steps.values()]
      .filter((s) => s.questions.length > 0)
      .sort((a, b) => a.number - b.number),
    given: wordings.length,
  };
}

export type WordingQuestion = {
  code: string;
  text: string;
  lineageKey: string;
  /** The adaptation's title when only an adaptation has this question. */
  fromAdaptation: string | null;
  wording: { text: string; version: number; updatedAt: string } | null;
};

export type WordingPage = Awaited<ReturnType<typeof getWordingPage>>;
