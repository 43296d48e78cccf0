"use server";

import { randomUUID } from "node:crypto";
import { partnershipAction, type ActionResult } from "@/lib/actions/safe-action";
import { recordChange } from "@/lib/audit";
import { DomainError } from "@/lib/authz/errors";
import { db } from "@/lib/db";
import { dateOnly } from "@/lib/domain/actions";
import {
  REMIND_MESSAGES,
  remindOutcome,
  sendReturnRemindersSchema,
  type SkippedReminder,
} from "@/lib/domain/return-reminders";
import { returnsPath } from "@/lib/domain/returns";
import { env } from "@/lib/env";
import { appUrl } from "@/lib/mail/send";
import { deliverKeptMail, smtpDelivery, type Mail } from "@/lib/mail/transport";
import {
  planReturnReminder,
  recipientList,
  returnReminderSelect,
} from "@/lib/reminders/return-plan";
import { findReturnsAssessment } from "./support";

type Sent = { sent: string[]; skipped: SkippedReminder[]; kept: Array<{ id: string; mail: Mail }> };

/**
 * The business manager's one-click reminder to the organisations they selected: for each, a
 * MANUAL reminder row (all of one send share a batch), one mail per respondent kept in the outbox
 * and an audit event, in one transaction; SMTP delivery follows the commit. Organisations already
 * returned, or with nobody to write to, are left out and named in the message.
 */
const remind = partnershipAction({
  schema: sendReturnRemindersSchema,
  permission: "returns.manage",
  revalidate: (input) => {
    const grid = returnsPath(input.partnershipId, input.assessmentId);
    return [grid, `${grid}/remind`, ...input.participantIds.map((id) => `${grid}/${id}`)];
  },
  handler: async ({ input, tx, user }): Promise<Sent> => {
    await findReturnsAssessment(tx, input.partnershipId, input.assessmentId);
    const now = new Date();
    const participants = await tx.assessmentParticipant.findMany({
      where: {
        id: { in: input.participantIds },
        assessmentId: input.assessmentId,
        organisationId: { not: null },
      },
      orderBy: { organisation: { name: "asc" } },
      select: returnReminderSelect(now),
    });
    if (participants.length !== input.participantIds.length)
      throw new DomainError(REMIND_MESSAGES.participant, {
        participantIds: [REMIND_MESSAGES.participant],
      });
    const batchId = randomUUID();
    const result: Sent = { sent: [], skipped: [], kept: [] };
    for (const participant of participants) {
      const organisation = participant.organisation?.name ?? "";
      if (participant.status === "SIGNED_OFF") {
        result.skipped.push({ organisation, reason: "returned" });
        continue;
      }
      const plan = planReturnReminder(participant, now, appUrl);
      if (!plan) {
        result.skipped.push({ organisation, reason: "no-respondent" });
        continue;
      }
      await tx.returnReminder.create({
        data: {
          participantId: plan.participantId,
          kind: "MANUAL",
          dueOn: plan.dueOn,
          batchId,
          recipient: recipientList(plan.recipients),
          sentById: user.id,
          sentAt: now,
        },
      });
      for (const mail of plan.mails) {
        const message = await tx.outboxMessage.create({ data: mail, select: { id: true } });
        result.kept.push({ id: message.id, mail });
      }
      await recordChange(tx, {
        action: "returns.reminder-sent",
        actorUserId: user.id,
        partnershipId: input.partnershipId,
        entityType: "AssessmentParticipant",
        entityId: plan.participantId,
        metadata: {
          kind: "MANUAL",
          batchId,
          dueOn: plan.dueOn ? dateOnly(plan.dueOn) : null,
          organisation,
          recipients: plan.recipients.map((r) => r.email),
        },
      });
      result.sent.push(organisation);
    }
    if (result.sent.length === 0) throw new DomainError(REMIND_MESSAGES.nobodySent);
    return result;
  },
});

/** Sends the selected organisations a reminder now; delivers the mails once they are committed. */
export async function sendReturnReminders(
  previous: unknown,
  input: FormData | Parameters<typeof remind>[1],
): Promise<ActionResult<{ sent: string[]; skipped: SkippedReminder[] }>> {
  const result = await remind(previous, input);
  if (!result.ok) return result;
  const { kept, sent, skipped } = result.data;
  const config = env();
  const deliver = smtpDelivery({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
  // A delivery failure is kept on the outbox row, never thrown at the business manager.
  if (deliver) for (const { id, mail } of kept) await deliverKeptMail(db(), deliver, id, mail);
  return { ok: true, data: { sent, skipped }, message: remindOutcome(sent, skipped) };
}
