import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import { dateOnly } from "@/lib/domain/actions";
import {
  publicationStatus,
  submissionStatus,
  type PublicationStatus,
  type SubmissionStatus,
} from "@/lib/domain/yearly-report-publication";
import type { YearlyReportStatus } from "@/lib/generated/prisma/enums";

/** Calendar dates are "YYYY-MM-DD". */
export type TrackerSection = {
  status: YearlyReportStatus;
  presentedAt: string | null;
  publishedOn: string | null;
  publishedUrl: string | null;
  signedOff: number;
  /** Per recipient (in the list's order) once published; empty before. */
  sent: Array<{ recipientId: string; status: SubmissionStatus }>;
};

export type TrackerCycle = {
  cycleId: string;
  cycleName: string;
  startsOn: string;
  endsOn: string;
  /** Null when nobody has started the section for this cycle. */
  section: TrackerSection | null;
};

export type PublicationTracker = {
  /** The latest publication recorded in the app, and the cycle it was for. */
  lastPublished: { on: string; cycleName: string } | null;
  publication: PublicationStatus;
  recipients: Array<{ id: string; name: string }>;
  statutoryPartners: number;
  cycles: TrackerCycle[];
  canEdit: boolean;
  canPublish: boolean;
};

/**
 * The publication tracker: when the yearly report was last published and when the next is due
 * (at most 12 months later), and per cycle (newest first) its section's status, where it was
 * presented and whether it went to each recipient within seven days. Five queries, whatever the
 * number of cycles, sections and recipients.
 */
export async function getPublicationTracker(
  partnershipId: string,
  now: Date = new Date(),
): Promise<PublicationTracker> {
  const access = authorise(await getCurrentUser(), partnershipId, "yearly-report.view");
  const [cycles, recipients, statutoryPartners] = await Promise.all([
    db().cycle.findMany({
      where: { partnershipId },
      orderBy: [{ startsOn: "desc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        startsOn: true,
        endsOn: true,
        yearlyReportSections: {
          where: { partnershipId },
          select: {
            status: true,
            presentedAt: true,
            publishedOn: true,
            publishedUrl: true,
            _count: { select: { signOffs: true } },
            submissions: { select: { recipientId: true, sentOn: true } },
          },
        },
      },
    }),
    db().publicationRecipient.findMany({
      where: { partnershipId },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    }),
    db().organisation.count({ where: { partnershipId, isStatutoryPartner: true } }),
  ]);

  let lastPublished: PublicationTracker["lastPublished"] = null;
  const rows = cycles.map((cycle): TrackerCycle => {
    const [record] = cycle.yearlyReportSections;
    const publishedOn =
      record?.status === "PUBLISHED" && record.publishedOn ? dateOnly(record.publishedOn) : null;
    if (publishedOn && (!lastPublished || publishedOn > lastPublished.on))
      lastPublished = { on: publishedOn, cycleName: cycle.name };
    const sentOn = new Map(record?.submissions.map((s) => [s.recipientId, dateOnly(s.sentOn)]));
    return {
      cycleId: cycle.id,
      cycleName: cycle.name,
      startsOn: dateOnly(cycle.startsOn),
      endsOn: dateOnly(cycle.endsOn),
      section: record
        ? {
            status: record.status,
            presentedAt: record.presentedAt,
            publishedOn,
            publishedUrl: record.publishedUrl,
            signedOff: record._count.signOffs,
            sent: publishedOn
              ? recipients.map((recipient) => ({
                  recipientId: recipient.id,
                  status: submissionStatus(publishedOn, sentOn.get(recipient.id) ?? null, now),
                }))
              : [],
          }
        : null,
    };
  });
  const last = lastPublished as PublicationTracker["lastPublished"];
  return {
    lastPublished: last,
    publication: publicationStatus(last?.on ?? null, now),
    recipients,
    statutoryPartners,
    cycles: rows,
    canEdit: can(access.membership.role, "yearly-report.edit"),
    canPublish: can(access.membership.role, "yearly-report.publish"),
  };
}

export type RecipientRow = { id: string; name: string; sentCount: number };

/** The recipient list in order, with how many reports each was recorded as sent. One query. */
export async function listPublicationRecipients(partnershipId: string) {
  const access = authorise(await getCurrentUser(), partnershipId, "yearly-report.view");
  const records = await db().publicationRecipient.findMany({
    where: { partnershipId },
    orderBy: { position: "asc" },
    select: { id: true, name: true, _count: { select: { submissions: true } } },
  });
  return {
    recipients: records.map((r): RecipientRow => ({
      id: r.id,
      name: r.name,
      sentCount: r._count.submissions,
    })),
    canManage: can(access.membership.role, "yearly-report.publish"),
  };
}
