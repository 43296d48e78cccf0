import type { Prisma } from "../../lib/generated/prisma/client";
import type { EvidenceNature, Rating } from "../../lib/generated/prisma/enums";
import { day } from "./demo-context";
import type { RatedCycle } from "./demo-story";

type EvidenceSpec = { title: string; nature: EvidenceNature; evidenceDate: string; slug: string };
export type DemoEvidence = { id: string; title: string; nature: EvidenceNature };

/**
 * The evidence library items each cycle's answers cite. 2025–26's first two are seeded with that
 * cycle's scrutiny (demo-history.ts) and found here by title.
 */
export const CYCLE_EVIDENCE: Record<RatedCycle, EvidenceSpec[]> = {
  "2023–24": [
    {
      title: "Yearly report 2022–23",
      nature: "PROCESS",
      evidenceDate: "2023-09-29",
      slug: "yearly-report-2022-23",
    },
    {
      title: "Section 11 audit summary 2023",
      nature: "PROCESS",
      evidenceDate: "2023-12-15",
      slug: "section-11-2023",
    },
    {
      title: "Multi-agency audit of children missing education",
      nature: "OUTCOME",
      evidenceDate: "2024-02-09",
      slug: "missing-education-audit",
    },
  ],
  "2024–25": [
    {
      title: "Yearly report 2023–24",
      nature: "PROCESS",
      evidenceDate: "2024-09-30",
      slug: "yearly-report-2023-24",
    },
    {
      title: "Young people's safeguarding survey 2024",
      nature: "OUTCOME",
      evidenceDate: "2024-11-22",
      slug: "young-peoples-survey-2024",
    },
    {
      title: "Rapid review learning briefings 2024–25",
      nature: "PROCESS",
      evidenceDate: "2025-02-14",
      slug: "learning-briefings-2024-25",
    },
  ],
  "2025–26": [
    {
      title: "Yearly report 2024–25",
      nature: "PROCESS",
      evidenceDate: "2025-09-30",
      slug: "yearly-report-2024-25",
    },
    {
      title: "Neglect strategy evaluation: outcomes for children",
      nature: "OUTCOME",
      evidenceDate: "2026-02-27",
      slug: "neglect-evaluation",
    },
    {
      title: "Section 11 audit summary 2025",
      nature: "PROCESS",
      evidenceDate: "2025-12-12",
      slug: "section-11-2025",
    },
  ],
};

/** A cycle's evidence items: the ones already in the library by title, the rest added. */
export async function ensureCycleEvidence(
  tx: Prisma.TransactionClient,
  partnershipId: string,
  cycle: RatedCycle,
): Promise<DemoEvidence[]> {
  const specs = CYCLE_EVIDENCE[cycle];
  const select = { id: true, title: true, nature: true } as const;
  const existing = await tx.evidenceItem.findMany({
    where: { partnershipId, title: { in: specs.map((s) => s.title) } },
    select,
  });
  const missing = specs.filter((s) => !existing.some((e) => e.title === s.title));
  const created = await tx.evidenceItem.createManyAndReturn({
    data: missing.map((s) => ({
      partnershipId,
      title: s.title,
      kind: "LINK" as const,
      nature: s.nature,
      evidenceDate: day(s.evidenceDate),
      url: `https://example.org/northshire/${s.slug}`,
    })),
    select,
  });
  return specs.map((s) => [...existing, ...created].find((e) => e.title === s.title)!);
}

/**
 * The item an answer cites: outcome evidence for a Green, otherwise each in turn; none if out of
 * scope.
 */
export function citeFor(
  rating: Rating,
  index: number,
  evidence: DemoEvidence[],
): DemoEvidence | null {
  if (rating === "NOT_IN_SCOPE") return null;
  if (rating === "GREEN") return evidence.find((e) => e.nature === "OUTCOME") ?? evidence[0]!;
  return evidence[index % evidence.length]!;
}
