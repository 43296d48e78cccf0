import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import { dateOnly } from "@/lib/domain/actions";
import {
  missingSignOffs,
  submissionStatus,
  type SubmissionStatus,
} from "@/lib/domain/yearly-report-publication";
import type { SignOffDesignation, YearlyReportStatus } from "@/lib/generated/prisma/enums";

export type SignOffDto = {
  id: string;
  designation: SignOffDesignation;
  signerName: string;
  /** "YYYY-MM-DD" */
  signedOn: string;
  meeting: string | null;
};

export type PartnerSignOff = {
  organisationId: string;
  name: string;
  /** False for an organisation that signed but is no longer a statutory partner. */
  isStatutoryPartner: boolean;
  signOff: SignOffDto | null;
};

/**
 * The cycle, its section's status and publication, and every statutory partner with its sign-off
 * (or none yet). Null when the cycle is not this partnership's. A fixed number of queries.
 */
async function loadSection(partnershipId: string, cycleId: string) {
  const [cycle, statutory] = await Promise.all([
    db().cycle.findFirst({
      where: { id: cycleId, partnershipId },
      select: {
        id: true,
        name: true,
        yearlyReportSections: {
          where: { partnershipId },
          select: {
            status: true,
            publishedOn: true,
            publishedUrl: true,
            presentedAt: true,
            signOffs: {
              select: {
                id: true,
                designation: true,
                signerName: true,
                signedOn: true,
                meeting: true,
                organisation: { select: { id: true, name: true, isStatutoryPartner: true } },
              },
            },
            submissions: { select: { recipientId: true, sentOn: true } },
          },
        },
      },
    }),
    db().organisation.findMany({
      where: { partnershipId, isStatutoryPartner: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  if (!cycle) return null;
  const [section] = cycle.yearlyReportSections;
  const signOffs = section?.signOffs ?? [];
  const byOrganisation = new Map(signOffs.map((s) => [s.organisation.id, s]));
  const formerPartners = signOffs
    .map((s) => s.organisation)
    .filter((o) => !o.isStatutoryPartner)
    .sort((a, b) => a.name.localeCompare(b.name));
  const former = new Set(formerPartners.map((o) => o.id));
  const partners = [...statutory, ...formerPartners].map((organisation): PartnerSignOff => {
    const signOff = byOrganisation.get(organisation.id);
    return {
      organisationId: organisation.id,
      name: organisation.name,
      isStatutoryPartner: !former.has(organisation.id),
      signOff: signOff
        ? {
            id: signOff.id,
            designation: signOff.designation,
            signerName: signOff.signerName,
            signedOn: dateOnly(signOff.signedOn),
            meeting: signOff.meeting,
          }
        : null,
    };
  });
  const stillToSign = missingSignOffs(
    statutory,
    signOffs.map((s) => ({ organisationId: s.organisation.id })),
  ).map((o) => o.name);
  return { cycle: { id: cycle.id, name: cycle.name }, section, partners, stillToSign };
}

export type SignOffView = {
  cycle: { id: string; name: string };
  /** Null when the section for this cycle has not been started. */
  status: YearlyReportStatus | null;
  partners: PartnerSignOff[];
  stillToSign: string[];
  /** May record and remove sign-offs (the permission; the status decides if it is open now). */
  canSignOff: boolean;
};

/** The sign-off page: each statutory partner and who signed for it, when and at which meeting. */
export async function getSignOffView(
  partnershipId: string,
  cycleId: string,
): Promise<SignOffView | null> {
  const access = authorise(await getCurrentUser(), partnershipId, "yearly-report.view");
  const loaded = await loadSection(partnershipId, cycleId);
  if (!loaded) return null;
  return {
    cycle: loaded.cycle,
    status: loaded.section?.status ?? null,
    partners: loaded.partners,
    stillToSign: loaded.stillToSign,
    canSignOff: can(access.membership.role, "yearly-report.sign-off"),
  };
}

export type PublicationView = {
  cycle: { id: string; name: string };
  status: YearlyReportStatus | null;
  publication: {
    publishedOn: string;
    publishedUrl: string | null;
    presentedAt: string | null;
  } | null;
  stillToSign: string[];
  recipients: Array<{ id: string; name: string; status: SubmissionStatus | null }>;
  canPublish: boolean;
};

/** The publication page: the publication as recorded, and the date sent to each recipient. */
export async function getPublicationView(
  partnershipId: string,
  cycleId: string,
  now: Date = new Date(),
): Promise<PublicationView | null> {
  const access = authorise(await getCurrentUser(), partnershipId, "yearly-report.view");
  const [loaded, recipients] = await Promise.all([
    loadSection(partnershipId, cycleId),
    db().publicationRecipient.findMany({
      where: { partnershipId },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  if (!loaded) return null;
  const { section } = loaded;
  const publishedOn =
    section?.status === "PUBLISHED" && section.publishedOn ? dateOnly(section.publishedOn) : null;
  const sentOn = new Map(section?.submissions.map((s) => [s.recipientId, dateOnly(s.sentOn)]));
  return {
    cycle: loaded.cycle,
    status: section?.status ?? null,
    publication:
      section && publishedOn
        ? { publishedOn, publishedUrl: section.publishedUrl, presentedAt: section.presentedAt }
        : null,
    stillToSign: loaded.stillToSign,
    recipients: recipients.map((recipient) => ({
      ...recipient,
      status: publishedOn
        ? submissionStatus(publishedOn, sentOn.get(recipient.id) ?? null, now)
        : null,
    })),
    canPublish: can(access.membership.role, "yearly-report.publish"),
  };
}
