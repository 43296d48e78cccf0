import type { Prisma } from "../generated/prisma/client";
import { dateOnly } from "../domain/actions";
import {
  returnRecipients,
  returnReminderMail,
  type ParticipantStatusValue,
  type Respondent,
} from "../domain/return-reminders";
import type { Mail } from "../mail/transport";

/**
 * What a reminder about one organisation's return needs from the database, and the mails it
 * makes: shared by the reminders job and the business manager's one-click reminder. One select,
 * nested, so reading any number of participants is one query.
 */
export function returnReminderSelect(now: Date) {
  return {
    id: true,
    status: true,
    dueOn: true,
    assessmentId: true,
    assessment: {
      select: { title: true, partnershipId: true, partnership: { select: { name: true } } },
    },
    organisation: {
      select: {
        name: true,
        memberships: {
          where: { role: "AGENCY_RESPONDENT" },
          orderBy: { createdAt: "asc" },
          select: {
            deactivatedAt: true,
            user: { select: { email: true, name: true, disabledAt: true } },
          },
        },
        invitations: {
          where: {
            role: "AGENCY_RESPONDENT",
            acceptedAt: null,
            revokedAt: null,
            expiresAt: { gt: now },
          },
          orderBy: { createdAt: "asc" },
          select: { email: true, name: true },
        },
      },
    },
    _count: {
      select: { assignments: true, responses: { where: { rating: { not: null } } } },
    },
  } as const satisfies Prisma.AssessmentParticipantSelect;
}

export type ReturnReminderParticipant = Prisma.AssessmentParticipantGetPayload<{
  select: ReturnType<typeof returnReminderSelect>;
}>;

export type PlannedReturnReminder = {
  participantId: string;
  partnershipId: string;
  organisationName: string;
  dueOn: Date | null;
  recipients: Respondent[];
  /** One mail per respondent. */
  mails: Mail[];
};

/** The reminder for one participant, or null when the organisation has nobody to write to. */
export function planReturnReminder(
  participant: ReturnReminderParticipant,
  now: Date,
  link: (path: string) => string,
): PlannedReturnReminder | null {
  const organisation = participant.organisation;
  if (!organisation) return null;
  const recipients = returnRecipients({
    members: organisation.memberships.map((m) => ({
      email: m.user.email,
      name: m.user.name,
      disabled: m.user.disabledAt !== null,
      suspended: m.deactivatedAt !== null,
    })),
    invitations: organisation.invitations,
  });
  if (recipients.length === 0) return null;
  const { assessment } = participant;
  const facts = {
    partnershipName: assessment.partnership.name,
    assessmentTitle: assessment.title,
    organisationName: organisation.name,
    status: participant.status as ParticipantStatusValue,
    dueOn: participant.dueOn ? dateOnly(participant.dueOn) : null,
    answered: participant._count.responses,
    total: participant._count.assignments,
    link: link(`/partnerships/${assessment.partnershipId}/assessments/${participant.assessmentId}`),
  };
  return {
    participantId: participant.id,
    partnershipId: assessment.partnershipId,
    organisationName: organisation.name,
    dueOn: participant.dueOn,
    recipients,
    mails: recipients.map((to) => returnReminderMail({ ...facts, to }, now)),
  };
}

/** The ReturnReminder row's recipient: every address written to, in order. */
export function recipientList(recipients: Respondent[]): string {
  return recipients.map((r) => r.email).join(", ");
}
