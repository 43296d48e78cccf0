import { ConflictError, DomainError, NotFoundError } from "@/lib/authz/errors";
import { formatUkDateTime } from "@/lib/domain/london-time";
import type { YearlyReportPartKey } from "@/lib/domain/yearly-report";
import {
  sectionEditable,
  YEARLY_MESSAGES,
  type YearlySectionStatus,
} from "@/lib/domain/yearly-report-drafting";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * What the drafting actions share: the cycle's section of this partnership with its row locked,
 * what is saved now for a conflict, and the pages to refresh. Not a "use server" file: nothing
 * here is callable from a browser.
 */

const DRAFT_SELECT = {
  id: true,
  status: true,
  version: true,
  whatWasDone: true,
  impactEvidence: true,
  littleProgress: true,
  caseReviewActions: true,
  childrenFamiliesFeedback: true,
  scrutinyArrangements: true,
  assuranceStatement: true,
  updatedById: true,
  updatedAt: true,
} as const satisfies Prisma.YearlyReportSectionSelect;

/** The cycle, if it is this partnership's; anything else is "not found". */
export async function requireCycle(tx: Tx, partnershipId: string, cycleId: string) {
  const cycle = await tx.cycle.findFirst({
    where: { id: cycleId, partnershipId },
    select: { id: true, name: true },
  });
  if (!cycle) throw new NotFoundError("cycle");
  return cycle;
}

/**
 * The section with its row locked until the transaction ends, so saves and sharing happen one at a
 * time; refused once signed off or published, or once any statutory partner has signed it.
 */
export async function lockDraft(tx: Tx, partnershipId: string, cycleId: string) {
  await requireCycle(tx, partnershipId, cycleId);
  await tx.$queryRaw`
    SELECT id FROM "YearlyReportSection"
    WHERE "partnershipId" = ${partnershipId}::uuid AND "cycleId" = ${cycleId}::uuid
    FOR UPDATE`;
  const section = await tx.yearlyReportSection.findFirst({
    where: { partnershipId, cycleId },
    select: DRAFT_SELECT,
  });
  if (!section) throw new DomainError(YEARLY_MESSAGES.notStarted);
  if (!sectionEditable(section.status as YearlySectionStatus))
    throw new DomainError(YEARLY_MESSAGES.locked);
  // A partner who signed must have seen the text that is published.
  if ((await tx.yearlyReportSignOff.count({ where: { sectionId: section.id } })) > 0)
    throw new DomainError(YEARLY_MESSAGES.signedText);
  return section;
}

export type LockedDraft = Awaited<ReturnType<typeof lockDraft>>;

/** What is saved now for one part, sent back with a conflict. */
export type StoredPart = {
  part: YearlyReportPartKey;
  text: string | null;
  version: number;
  updatedByName: string | null;
  updatedAt: string;
  updatedAtLabel: string;
};

export async function partConflict(tx: Tx, section: LockedDraft, part: YearlyReportPartKey) {
  const user = section.updatedById
    ? await tx.user.findUnique({ where: { id: section.updatedById }, select: { name: true } })
    : null;
  return new ConflictError<StoredPart>(YEARLY_MESSAGES.conflict, {
    part,
    text: section[part],
    version: section.version,
    updatedByName: user?.name ?? null,
    updatedAt: section.updatedAt.toISOString(),
    updatedAtLabel: formatUkDateTime(section.updatedAt),
  });
}

/** Every page that shows the section or its parts. */
export function draftingPaths(partnershipId: string, cycleId: string, part?: string) {
  const base = `/partnerships/${partnershipId}/yearly-report`;
  return [
    base,
    `${base}/${cycleId}`,
    `${base}/${cycleId}/check`,
    `${base}/${cycleId}/print`,
    ...(part ? [`${base}/${cycleId}/parts/${part}`] : []),
  ];
}
