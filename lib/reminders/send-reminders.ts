import type { PrismaClient } from "../generated/prisma/client";
import { dateOnly, reminderDue, type ActionStatusValue } from "../domain/actions";
import { deliverKeptMail, type Deliver, type Mail } from "../mail/transport";
import {
  reminderCutoff,
  reminderMail,
  reminderRecipient,
  type ReminderKind,
  type ReminderTally,
} from "./messages";

export type ReminderRun = {
  prisma: PrismaClient;
  /** The moment of the run: "today" and "overdue" are worked out in London time from it. */
  now: Date;
  /**
   * Delivers one email (SMTP), after the reminder and its outbox row are committed; throws when it
   * cannot. Absent when no SMTP server is set: the outbox row is then the only copy, as for
   * invitations.
   */
  deliver?: Deliver;
  /** An absolute link to a path of the app. */
  link: (path: string) => string;
};

type Planned = {
  actionId: string;
  kind: ReminderKind;
  dueOn: Date;
  recipient: string;
  partnershipId: string;
  mail: Mail;
};

/**
 * Emails the named owner of every action that is due within 14 days or overdue (London calendar
 * days), once per action, kind and due date: moving the due date earns a new reminder, completing
 * the action stops them.
 *
 * Each reminder is one transaction: its ActionReminder row (INSERT … ON CONFLICT DO NOTHING on the
 * unique action, kind and due date) and, only when this run inserted it, the mail's outbox row and
 * the audit event. So a reminder is recorded as sent exactly when its mail is in the outbox: two
 * runs at once still send each once, and a run that dies part-way leaves the rest for the next.
 * SMTP delivery follows the commit; a failure is kept on the outbox row and counted in `failed`.
 */
export async function sendActionReminders(run: ReminderRun): Promise<ReminderTally> {
  const { prisma, now } = run;
  // One query for every candidate, whatever the number of actions.
  const candidates = await prisma.action.findMany({
    where: {
      status: { not: "COMPLETE" },
      dueOn: { lte: new Date(`${reminderCutoff(now)}T00:00:00Z`) },
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      partnershipId: true,
      description: true,
      dueOn: true,
      status: true,
      ownerName: true,
      ownerEmail: true,
      partnership: { select: { name: true } },
      ownerOrganisation: { select: { name: true } },
      ownerUser: {
        select: {
          email: true,
          name: true,
          disabledAt: true,
          memberships: { select: { partnershipId: true, deactivatedAt: true } },
        },
      },
    },
  });

  const planned: Planned[] = [];
  for (const action of candidates) {
    const dueOn = dateOnly(action.dueOn);
    const kind = reminderDue({ dueOn, status: action.status as ActionStatusValue }, now);
    if (!kind) continue;
    const user = action.ownerUser;
    const recipient = reminderRecipient({
      user: user
        ? {
            email: user.email,
            name: user.name,
            disabled: user.disabledAt !== null,
            activeMember: user.memberships.some(
              (m) => m.partnershipId === action.partnershipId && m.deactivatedAt === null,
            ),
          }
        : null,
      ownerName: action.ownerName,
      ownerEmail: action.ownerEmail,
    });
    if (!recipient) continue; // nobody to write to: the tracker still shows it overdue
    planned.push({
      actionId: action.id,
      kind,
      dueOn: action.dueOn,
      recipient: recipient.email,
      partnershipId: action.partnershipId,
      mail: reminderMail({
        kind,
        to: recipient.email,
        name: recipient.name,
        partnershipName: action.partnership.name,
        organisationName: action.ownerOrganisation.name,
        description: action.description,
        dueOn,
        link: run.link(`/partnerships/${action.partnershipId}/actions/${action.id}`),
      }),
    });
  }

  const tally: ReminderTally = { dueSoon: 0, overdue: 0, alreadySent: 0, failed: 0 };
  for (const reminder of planned) {
    const messageId = await prisma.$transaction(async (tx) => {
      const [claimed] = await tx.actionReminder.createManyAndReturn({
        data: [
          {
            actionId: reminder.actionId,
            kind: reminder.kind,
            dueOn: reminder.dueOn,
            recipient: reminder.recipient,
          },
        ],
        skipDuplicates: true,
        select: { id: true },
      });
      if (!claimed) return null; // sent before, or by a run going on at the same time
      const message = await tx.outboxMessage.create({ data: reminder.mail, select: { id: true } });
      await tx.auditEvent.create({
        data: {
          category: "CHANGE",
          action: "action.reminder-sent",
          actorUserId: null,
          partnershipId: reminder.partnershipId,
          entityType: "Action",
          entityId: reminder.actionId,
          metadata: {
            kind: reminder.kind,
            dueOn: dateOnly(reminder.dueOn),
            recipient: reminder.recipient,
          },
        },
      });
      return message.id;
    });
    if (messageId === null) {
      tally.alreadySent += 1;
      continue;
    }
    if (reminder.kind === "OVERDUE") tally.overdue += 1;
    else tally.dueSoon += 1;
    if (run.deliver && !(await deliverKeptMail(prisma, run.deliver, messageId, reminder.mail)))
      tally.failed += 1;
  }
  return tally;
}
