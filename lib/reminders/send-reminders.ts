import type { PrismaClient } from "../generated/prisma/client";
import { dateOnly, reminderDue, type ActionStatusValue } from "../domain/actions";
import type { Mail } from "../mail/transport";
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
  /** Sends (and keeps in the outbox) one email. */
  send: (mail: Mail) => Promise<void>;
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

const keyOf = (row: { actionId: string; kind: string; dueOn: Date }) =>
  `${row.actionId}|${row.kind}|${dateOnly(row.dueOn)}`;

/**
 * Emails the named owner of every action that is due within 14 days or overdue (London calendar
 * days), once per action, kind and due date: moving the due date earns a new reminder, completing
 * the action stops them. The ActionReminder rows are inserted first (duplicates skipped) and only
 * the rows this run inserted are mailed, so two runs at once still send each reminder once.
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

  const tally: ReminderTally = { dueSoon: 0, overdue: 0, alreadySent: 0 };
  if (planned.length === 0) return tally;

  // INSERT … ON CONFLICT DO NOTHING RETURNING: only the rows this run claimed come back.
  const claimed = await prisma.actionReminder.createManyAndReturn({
    data: planned.map(({ actionId, kind, dueOn, recipient }) => ({
      actionId,
      kind,
      dueOn,
      recipient,
    })),
    skipDuplicates: true,
    select: { actionId: true, kind: true, dueOn: true },
  });
  const mine = new Set(claimed.map(keyOf));
  tally.alreadySent = planned.length - mine.size;

  for (const reminder of planned) {
    if (!mine.has(keyOf(reminder))) continue;
    await run.send(reminder.mail);
    await prisma.auditEvent.create({
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
    if (reminder.kind === "OVERDUE") tally.overdue += 1;
    else tally.dueSoon += 1;
  }
  return tally;
}
