/**
 * Isolation-matrix entries for the yearly report's sign-off and publication: statutory partners'
 * sign-offs, the publication, the date sent to each recipient and the recipient list (business
 * managers only). Spread into MATRIX in ./isolation-cases.ts; only types and plain helpers are
 * imported from there, so the two files' load order does not matter.
 */
import { randomUUID } from "node:crypto";
import { addRecipient } from "@/lib/actions/yearly-report/add-recipient";
import { publishSection } from "@/lib/actions/yearly-report/publish-section";
import { recordSignOff } from "@/lib/actions/yearly-report/record-sign-off";
import { recordSubmission } from "@/lib/actions/yearly-report/record-submission";
import { removeRecipient } from "@/lib/actions/yearly-report/remove-recipient";
import { removeSignOff } from "@/lib/actions/yearly-report/remove-sign-off";
import { updateRecipient } from "@/lib/actions/yearly-report/update-recipient";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { YearlyReportStatus } from "@/lib/generated/prisma/enums";
import { partnershipCase, viaAction, type MatrixCase } from "./isolation-cases";
import type { World } from "./support/world";

const MANAGERS = ["BUSINESS_MANAGER"] as const;

/** A fresh cycle of partnership A with a section in `status`, made directly in the database. */
async function freshSection(
  world: World,
  prisma: PrismaClient,
  status: YearlyReportStatus,
  signed: "none" | "all" = "none",
) {
  const cycle = await prisma.cycle.create({
    data: {
      partnershipId: world.partnership.id,
      name: `Matrix ${randomUUID().slice(0, 8)}`,
      startsOn: new Date("2024-04-01"),
      endsOn: new Date("2025-03-31"),
    },
  });
  const statutory = world.partnership.organisations.filter((o) => o.isStatutoryPartner);
  const section = await prisma.yearlyReportSection.create({
    data: {
      partnershipId: world.partnership.id,
      cycleId: cycle.id,
      status,
      ...(status === "PUBLISHED" ? { publishedOn: new Date("2025-06-12") } : {}),
      signOffs:
        signed === "all"
          ? {
              create: statutory.map((o) => ({
                organisationId: o.id,
                designation: "LEAD_SAFEGUARDING_PARTNER" as const,
                signerName: "Signer",
                signedOn: new Date("2025-06-03"),
              })),
            }
          : undefined,
    },
    include: { signOffs: true },
  });
  return {
    partnershipId: world.partnership.id,
    cycleId: cycle.id,
    sectionId: section.id,
    signOffId: section.signOffs[0]?.id ?? "",
    police: statutory.find((o) => o.name === "Police")!.id,
  };
}

async function expectStatus(prisma: PrismaClient, sectionId: string, status: YearlyReportStatus) {
  const row = await prisma.yearlyReportSection.findUniqueOrThrow({ where: { id: sectionId } });
  if (row.status !== status) throw new Error("a refused call changed the section's status");
}

async function freshRecipient(world: World, prisma: PrismaClient) {
  const { _max } = await prisma.publicationRecipient.aggregate({
    where: { partnershipId: world.partnership.id },
    _max: { position: true },
  });
  const recipient = await prisma.publicationRecipient.create({
    data: {
      partnershipId: world.partnership.id,
      name: `Body ${randomUUID().slice(0, 8)}`,
      position: (_max.position ?? 0) + 1,
    },
  });
  return { partnershipId: world.partnership.id, recipientId: recipient.id, name: recipient.name };
}

async function expectRecipient(prisma: PrismaClient, id: string, name: string) {
  const row = await prisma.publicationRecipient.findUnique({ where: { id } });
  if (row?.name !== name) throw new Error("a refused call changed or removed the recipient");
}

export const YEARLY_PUBLICATION_CASES: Record<string, MatrixCase> = {
  "lib/actions/yearly-report/record-sign-off.ts#recordSignOff": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshSection(world, prisma, "SHARED"),
    invoke: (p) =>
      viaAction(recordSignOff, {
        partnershipId: p.partnershipId,
        cycleId: p.cycleId,
        organisationId: p.police,
        designation: "DELEGATED_SAFEGUARDING_PARTNER",
        signerName: "Chief Superintendent A. Khan",
        signedOn: "2025-06-03",
        meeting: "Safeguarding partners’ executive",
      }),
    unchanged: async (p, prisma) => {
      if ((await prisma.yearlyReportSignOff.count({ where: { sectionId: p.sectionId } })) !== 0)
        throw new Error("a refused call recorded a sign-off");
    },
  }),
  "lib/actions/yearly-report/remove-sign-off.ts#removeSignOff": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshSection(world, prisma, "SIGNED_OFF", "all"),
    invoke: (p) =>
      viaAction(removeSignOff, {
        partnershipId: p.partnershipId,
        cycleId: p.cycleId,
        signOffId: p.signOffId,
      }),
    unchanged: async (p, prisma) => {
      await expectStatus(prisma, p.sectionId, "SIGNED_OFF");
      if ((await prisma.yearlyReportSignOff.count({ where: { id: p.signOffId } })) !== 1)
        throw new Error("a refused call removed a sign-off");
    },
  }),
  "lib/actions/yearly-report/publish-section.ts#publishSection": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshSection(world, prisma, "SIGNED_OFF", "all"),
    invoke: (p) =>
      viaAction(publishSection, {
        partnershipId: p.partnershipId,
        cycleId: p.cycleId,
        publishedOn: "2025-06-12",
        publishedUrl: "https://www.example.gov.uk/yearly-report",
        presentedAt: "Partnership board, 12 June 2025",
      }),
    unchanged: (p, prisma) => expectStatus(prisma, p.sectionId, "SIGNED_OFF"),
  }),
  "lib/actions/yearly-report/record-submission.ts#recordSubmission": partnershipCase({
    allowed: MANAGERS,
    prepare: async (world, prisma) => ({
      ...(await freshSection(world, prisma, "PUBLISHED", "all")),
      recipientId: (
        await prisma.publicationRecipient.findFirstOrThrow({
          where: { partnershipId: world.partnership.id },
          orderBy: { position: "asc" },
        })
      ).id,
    }),
    invoke: (p) =>
      viaAction(recordSubmission, {
        partnershipId: p.partnershipId,
        cycleId: p.cycleId,
        recipientId: p.recipientId,
        sentOn: "2025-06-15",
      }),
    unchanged: async (p, prisma) => {
      if ((await prisma.yearlyReportSubmission.count({ where: { sectionId: p.sectionId } })) !== 0)
        throw new Error("a refused call recorded a date sent");
    },
  }),
  "lib/actions/yearly-report/add-recipient.ts#addRecipient": partnershipCase({
    allowed: MANAGERS,
    prepare: async (world) => ({
      partnershipId: world.partnership.id,
      name: `Body ${randomUUID().slice(0, 8)}`,
    }),
    invoke: (p) => viaAction(addRecipient, p),
    unchanged: async (p, prisma) => {
      if ((await prisma.publicationRecipient.count({ where: { name: p.name } })) !== 0)
        throw new Error("a refused call added a recipient");
    },
  }),
  "lib/actions/yearly-report/update-recipient.ts#updateRecipient": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshRecipient(world, prisma),
    invoke: (p) =>
      viaAction(updateRecipient, {
        partnershipId: p.partnershipId,
        recipientId: p.recipientId,
        name: `${p.name} renamed`,
      }),
    unchanged: (p, prisma) => expectRecipient(prisma, p.recipientId, p.name),
  }),
  "lib/actions/yearly-report/remove-recipient.ts#removeRecipient": partnershipCase({
    allowed: MANAGERS,
    prepare: (world, prisma) => freshRecipient(world, prisma),
    invoke: (p) =>
      viaAction(removeRecipient, { partnershipId: p.partnershipId, recipientId: p.recipientId }),
    unchanged: (p, prisma) => expectRecipient(prisma, p.recipientId, p.name),
  }),
};
