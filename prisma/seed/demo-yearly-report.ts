import type { PrismaClient } from "../../lib/generated/prisma/client";
import { at, day, type DemoContext, MANAGER_EMAIL, STATUTORY_PARTNERS } from "./demo-context";
import { YEARLY_REPORT_2024_25 } from "./demo-yearly-report-2024-25";
import { YEARLY_REPORT_2025_26 } from "./demo-yearly-report-2025-26";
import type { YearlySectionSpec } from "./demo-yearly-report-types";

/**
 * The yearly report's scrutiny section for the two cycles before this one: 2024–25 published and
 * sent to both recipients (the second a few days late), 2025–26 shared with the independent
 * scrutineer and waiting for the statutory partners' sign-off, so its publication is overdue. The recipients are the two the database adds to every partnership. One
 * transaction per section; a section already there is left alone, whatever happened to it since.
 */
export async function seedDemoYearlyReport(prisma: PrismaClient, ctx: DemoContext) {
  const specs: YearlySectionSpec[] = [YEARLY_REPORT_2024_25, YEARLY_REPORT_2025_26];
  for (const spec of specs) {
    const cycleId = ctx.cycle(spec.cycle);
    const existing = await prisma.yearlyReportSection.findUnique({
      where: { partnershipId_cycleId: { partnershipId: ctx.partnershipId, cycleId } },
      select: { id: true },
    });
    if (existing) continue;
    const manager = ctx.user(MANAGER_EMAIL);
    const published = spec.publication;
    await prisma.$transaction(async (tx) => {
      const [evidence, recipients] = await Promise.all([
        published
          ? tx.evidenceItem.findFirstOrThrow({
              where: { partnershipId: ctx.partnershipId, title: published.evidenceTitle },
              select: { url: true },
            })
          : null,
        tx.publicationRecipient.findMany({
          where: { partnershipId: ctx.partnershipId },
          select: { id: true, name: true },
        }),
      ]);
      const recipient = (name: string) => {
        const row = recipients.find((r) => r.name === name);
        if (!row) throw new Error(`Demo seed: no publication recipient ${name}`);
        return row.id;
      };
      if (published && !evidence?.url) throw new Error("Demo seed: the yearly report has no link");
      const signedByAll = spec.signOffs.length === STATUTORY_PARTNERS.length;
      await tx.yearlyReportSection.create({
        data: {
          partnershipId: ctx.partnershipId,
          cycleId,
          status: published ? "PUBLISHED" : signedByAll ? "SIGNED_OFF" : "SHARED",
          ...spec.parts,
          version: spec.version,
          updatedById: manager.id,
          sharedWithScrutineerAt: at(spec.sharedOn),
          publishedOn: published ? day(published.publishedOn) : null,
          publishedUrl: published ? evidence!.url : null,
          presentedAt: published?.presentedAt ?? null,
          createdAt: at(spec.startedOn),
          updatedAt: at(spec.lastEditedOn),
          signOffs: {
            create: spec.signOffs.map((s) => ({
              organisationId: ctx.organisation(s.organisation),
              designation: s.designation,
              signerName: s.signerName,
              signedOn: day(s.signedOn),
              meeting: s.meeting,
              recordedById: manager.id,
              createdAt: at(s.signedOn),
            })),
          },
          submissions: {
            create: Object.entries(published?.sentOn ?? {}).map(([name, sentOn]) => ({
              recipientId: recipient(name),
              sentOn: day(sentOn),
              recordedById: manager.id,
              createdAt: at(sentOn),
            })),
          },
        },
      });
    });
  }
}
