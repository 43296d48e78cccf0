import { DomainError, NotFoundError } from "@/lib/authz/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { missingSignOffs } from "@/lib/domain/yearly-report-publication";
import { PUBLICATION_MESSAGES } from "@/lib/domain/yearly-report-publication-input";

type Tx = Prisma.TransactionClient;

/** A Date column holding a calendar date, from "YYYY-MM-DD". */
export const asDate = (stamp: string) => new Date(`${stamp}T00:00:00Z`);
/** "YYYY-MM-DD" of a Date column. */
export const stampOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The cycle's section in this partnership, its row locked until the transaction ends: sign-offs,
 * removals and publication of one section happen one after another, so the status always matches
 * the sign-offs recorded. Another partnership's cycle is "not found".
 */
export async function lockSection(tx: Tx, partnershipId: string, cycleId: string) {
  const cycle = await tx.cycle.findFirst({
    where: { id: cycleId, partnershipId },
    select: { id: true },
  });
  if (!cycle) throw new NotFoundError("cycle");
  await tx.$queryRaw`
    SELECT id FROM "YearlyReportSection"
    WHERE "partnershipId" = ${partnershipId}::uuid AND "cycleId" = ${cycleId}::uuid
    FOR UPDATE`;
  const section = await tx.yearlyReportSection.findFirst({
    where: { partnershipId, cycleId },
    select: { id: true, status: true, publishedOn: true },
  });
  if (!section) throw new DomainError(PUBLICATION_MESSAGES.notStarted);
  return section;
}

/** The statutory partners still to sign off the section, by name. */
export async function stillToSign(tx: Tx, partnershipId: string, sectionId: string) {
  const [partners, signOffs] = await Promise.all([
    tx.organisation.findMany({
      where: { partnershipId, isStatutoryPartner: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    tx.yearlyReportSignOff.findMany({ where: { sectionId }, select: { organisationId: true } }),
  ]);
  return missingSignOffs(partners, signOffs);
}

/** The status the sign-offs give a section that is not yet published. */
export async function statusAfterSignOffs(tx: Tx, partnershipId: string, sectionId: string) {
  const missing = await stillToSign(tx, partnershipId, sectionId);
  return missing.length === 0 ? ("SIGNED_OFF" as const) : ("SHARED" as const);
}

export const publicationPaths = (partnershipId: string, cycleId?: string) => {
  const base = `/partnerships/${partnershipId}/yearly-report`;
  return [
    base,
    `${base}/recipients`,
    ...(cycleId
      ? [`${base}/${cycleId}`, `${base}/${cycleId}/sign-off`, `${base}/${cycleId}/publication`]
      : []),
    "/home",
  ];
};
