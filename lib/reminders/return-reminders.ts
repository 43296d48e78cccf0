import { dateOnly } from "../domain/actions";
import {
  returnReminderCutoff,
  returnReminderDue,
  type ParticipantStatusValue,
  type ReturnReminderTally,
} from "../domain/return-reminders";
import { deliverKeptMail, type Mail } from "../mail/transport";
import { planReturnReminder, recipientList, returnReminderSelect } from "./return-plan";
import type { ReminderRun } from "./send-reminders";

/**
 * The returns part of `npm run reminders`: emails the respondents of every organisation whose
 * self-assessment return is due within 7 days or overdue (London calendar days) and not yet signed
 * off, once per organisation, kind and deadline: moving the deadline earns a new reminder, the
 * senior sign-off stops them.
 *
 * As for actions, each reminder is one transaction: its ReturnReminder row (INSERT … ON CONFLICT
 * DO NOTHING on the unique participant, kind, deadline and empty batch) and, only when this run
 * inserted it, the mails' outbox rows and the audit event. SMTP delivery follows the commit.
 */
export async function sendReturnReminderJob(run: ReminderRun): Promise<ReturnReminderTally> {
  const { prisma, now } = run;
  // One query for every candidate, whatever the number of organisations and respondents.
  const candidates = await prisma.assessmentParticipant.findMany({
    where: {
      organisationId: { not: null },
      status: { not: "SIGNED_OFF" },
      dueOn: { lte: returnReminderCutoff(now) },
      assessment: { status: "IN_PROGRESS", kind: "WIDER_PARTNER_SELF_ASSESSMENT" },
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    select: returnReminderSelect(now),
  });

  const tally: ReturnReminderTally = {
    beforeDeadline: 0,
    afterDeadline: 0,
    alreadySent: 0,
    failed: 0,
  };
  for (const participant of candidates) {
    const kind = returnReminderDue(
      {
        status: participant.status as ParticipantStatusValue,
        dueOn: participant.dueOn ? dateOnly(participant.dueOn) : null,
      },
      now,
    );
    if (!kind) continue;
    const plan = planReturnReminder(participant, now, run.link);
    if (!plan) continue; // nobody to write to: the returns grid still shows it overdue
    const sent = await prisma.$transaction(async (tx) => {
      const [claimed] = await tx.returnReminder.createManyAndReturn({
        data: [
          {
            participantId: plan.participantId,
            kind,
            dueOn: plan.dueOn,
            recipient: recipientList(plan.recipients),
          },
        ],
        skipDuplicates: true,
        select: { id: true },
      });
      if (!claimed) return null; // sent before, or by a run going on at the same time
      const kept: Array<{ id: string; mail: Mail }> = [];
      for (const mail of plan.mails) {
        const message = await tx.outboxMessage.create({ data: mail, select: { id: true } });
        kept.push({ id: message.id, mail });
      }
      await tx.auditEvent.create({
        data: {
          category: "CHANGE",
          action: "returns.reminder-sent",
          actorUserId: null,
          partnershipId: plan.partnershipId,
          entityType: "AssessmentParticipant",
          entityId: plan.participantId,
          metadata: {
            kind,
            dueOn: plan.dueOn ? dateOnly(plan.dueOn) : null,
            organisation: plan.organisationName,
            recipients: plan.recipients.map((r) => r.email),
          },
        },
      });
      return kept;
    });
    if (sent === null) {
      tally.alreadySent += 1;
      continue;
    }
    if (kind === "AFTER_DEADLINE") tally.afterDeadline += 1;
    else tally.beforeDeadline += 1;
    if (!run.deliver) continue;
    let delivered = true;
    for (const { id, mail } of sent)
      if (!(await deliverKeptMail(prisma, run.deliver, id, mail))) delivered = false;
    if (!delivered) tally.failed += 1;
  }
  return tally;
}
