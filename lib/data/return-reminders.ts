import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dateOnly } from "@/lib/domain/actions";
import type { ReturnReminderKind } from "@/lib/domain/return-reminders";
import { returnState, type ParticipantStatusValue } from "@/lib/domain/returns";

const newestFirst: Prisma.ReturnReminderOrderByWithRelationInput[] = [
  { sentAt: "desc" },
  { id: "desc" },
];

/**
 * The one-click reminder page: every organisation of a wider-partner self-assessment with where
 * its return stands, its deadline, whether anyone can be written to and its last reminder. At
 * most four queries whatever the number of organisations (nested selects are read per relation).
 */
export async function getRemindView(partnershipId: string, assessmentId: string, now = new Date()) {
  authorise(await getCurrentUser(), partnershipId, "returns.manage");
  const assessment = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId, kind: "WIDER_PARTNER_SELF_ASSESSMENT" },
    select: {
      id: true,
      title: true,
      status: true,
      participants: {
        where: { organisationId: { not: null } },
        orderBy: { organisation: { name: "asc" } },
        select: {
          id: true,
          status: true,
          dueOn: true,
          organisation: {
            select: {
              name: true,
              _count: {
                select: {
                  memberships: {
                    where: {
                      role: "AGENCY_RESPONDENT",
                      deactivatedAt: null,
                      user: { disabledAt: null },
                    },
                  },
                  invitations: {
                    where: {
                      role: "AGENCY_RESPONDENT",
                      acceptedAt: null,
                      revokedAt: null,
                      expiresAt: { gt: now },
                    },
                  },
                },
              },
            },
          },
          reminders: { orderBy: newestFirst, take: 1, select: { kind: true, sentAt: true } },
        },
      },
    },
  });
  if (!assessment) notFound();
  const organisations = assessment.participants.map((p) => {
    const dueOn = p.dueOn ? dateOnly(p.dueOn) : null;
    const counts = p.organisation?._count;
    const last = p.reminders[0];
    return {
      id: p.id,
      name: p.organisation?.name ?? "",
      dueOn,
      state: returnState({ status: p.status as ParticipantStatusValue, dueOn }, now),
      canWrite: Boolean(counts && counts.memberships + counts.invitations > 0),
      lastReminder: last
        ? { kind: last.kind as ReturnReminderKind, sentAt: last.sentAt.toISOString() }
        : null,
    };
  });
  return {
    assessment: { id: assessment.id, title: assessment.title, status: assessment.status },
    organisations,
  };
}

export type RemindView = Awaited<ReturnType<typeof getRemindView>>;

/**
 * Every reminder sent about one organisation's return, newest first, with who sent a manual one.
 * Two queries whatever the number of reminders.
 */
export async function getReturnReminderHistory(
  partnershipId: string,
  assessmentId: string,
  participantId: string,
) {
  authorise(await getCurrentUser(), partnershipId, "returns.view");
  const rows = await db().returnReminder.findMany({
    where: { participantId, participant: { assessmentId, assessment: { partnershipId } } },
    orderBy: newestFirst,
    select: { id: true, kind: true, dueOn: true, recipient: true, sentAt: true, sentById: true },
  });
  const senderIds = [...new Set(rows.flatMap((r) => (r.sentById ? [r.sentById] : [])))];
  const senders = new Map(
    (senderIds.length
      ? await db().user.findMany({
          where: { id: { in: senderIds } },
          select: { id: true, name: true },
        })
      : []
    ).map((u) => [u.id, u.name]),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as ReturnReminderKind,
    dueOn: r.dueOn ? dateOnly(r.dueOn) : null,
    recipient: r.recipient,
    sentAt: r.sentAt.toISOString(),
    sentBy: r.sentById ? (senders.get(r.sentById) ?? "A former member") : null,
  }));
}

export type ReturnReminderHistory = Awaited<ReturnType<typeof getReturnReminderHistory>>;
