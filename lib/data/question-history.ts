import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { db } from "@/lib/db";
import { NO_ACTOR_LABEL } from "@/lib/domain/audit-labels";
import {
  describeChanges,
  enteredOnBehalf,
  evidenceIdsIn,
  historyActionLabel,
  type FieldChange,
} from "@/lib/domain/history";
import { formatUkDateTime } from "@/lib/domain/london-time";

export type HistoryEntry = {
  id: string;
  /** ISO instant, for <time dateTime>. */
  at: string;
  /** "22 Nov 2026, 14:02:05", UK time. */
  atLabel: string;
  action: string;
  actionLabel: string;
  actorName: string;
  /** Whose answer changed: the scrutineer's or the organisation's name, or "Agreed rating". */
  subject: string;
  onBehalf: boolean;
  changes: FieldChange[];
};

export type QuestionHistory = {
  assessment: { id: string; title: string };
  question: { id: string; code: string; text: string; stepNumber: number; stepTitle: string };
  entries: HistoryEntry[];
};

export const AGREED_RATING_SUBJECT = "Agreed rating";

/**
 * Every recorded change to one question in one assessment, newest first: each participant's
 * response and the agreed rating, who changed it, when, and what changed in words. A fixed number
 * of queries however long the history: the assessment and question, the records, the events, the
 * people, the evidence titles.
 */
export async function getQuestionHistory(
  partnershipId: string,
  assessmentId: string,
  questionId: string,
): Promise<QuestionHistory> {
  authorise(await getCurrentUser(), partnershipId, "assessment.view");
  const assessment = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId },
    select: {
      id: true,
      title: true,
      frameworkVersion: {
        select: {
          questions: {
            where: { id: questionId },
            select: {
              id: true,
              code: true,
              text: true,
              step: { select: { number: true, title: true } },
            },
          },
        },
      },
    },
  });
  const question = assessment?.frameworkVersion.questions[0];
  if (!assessment || !question) notFound();

  const [responses, agreed] = await Promise.all([
    db().response.findMany({
      where: { assessmentId, questionId, assessment: { partnershipId } },
      select: {
        id: true,
        participant: {
          select: { user: { select: { name: true } }, organisation: { select: { name: true } } },
        },
      },
    }),
    db().agreedRating.findMany({
      where: { assessmentId, questionId, assessment: { partnershipId } },
      select: { id: true },
    }),
  ]);
  const subjects = new Map<string, string>();
  for (const response of responses)
    subjects.set(
      `Response:${response.id}`,
      response.participant.user?.name ?? response.participant.organisation?.name ?? "",
    );
  for (const row of agreed) subjects.set(`AgreedRating:${row.id}`, AGREED_RATING_SUBJECT);

  const targets = [
    ...(responses.length > 0
      ? [{ entityType: "Response", entityId: { in: responses.map((r) => r.id) } }]
      : []),
    ...(agreed.length > 0
      ? [{ entityType: "AgreedRating", entityId: { in: agreed.map((r) => r.id) } }]
      : []),
  ];
  const events =
    targets.length === 0
      ? []
      : await db().auditEvent.findMany({
          where: { partnershipId, category: "CHANGE", OR: targets },
          orderBy: [{ at: "desc" }, { id: "desc" }],
          select: {
            id: true,
            at: true,
            action: true,
            actorUserId: true,
            entityType: true,
            entityId: true,
            before: true,
            after: true,
          },
        });

  const actorIds = [
    ...new Set(events.map((e) => e.actorUserId).filter((id): id is string => id !== null)),
  ];
  const evidenceIds = evidenceIdsIn(events.flatMap((e) => [e.before, e.after]));
  const [actors, evidence] = await Promise.all([
    actorIds.length > 0
      ? db().user.findMany({
          where: { id: { in: actorIds } },
          select: { id: true, name: true, email: true },
        })
      : Promise.resolve([]),
    evidenceIds.length > 0
      ? db().evidenceItem.findMany({
          where: { id: { in: evidenceIds }, partnershipId },
          select: { id: true, title: true, removedAt: true },
        })
      : Promise.resolve([]),
  ]);
  const names = new Map(actors.map((a) => [a.id, a.name || a.email]));
  const titles = new Map(
    evidence.map((item) => [item.id, item.removedAt ? `${item.title} (removed)` : item.title]),
  );

  return {
    assessment: { id: assessment.id, title: assessment.title },
    question: {
      id: question.id,
      code: question.code,
      text: question.text,
      stepNumber: question.step.number,
      stepTitle: question.step.title,
    },
    entries: events.map((event) => ({
      id: event.id.toString(),
      at: event.at.toISOString(),
      atLabel: formatUkDateTime(event.at),
      action: event.action,
      actionLabel: historyActionLabel(event.action),
      actorName: event.actorUserId
        ? (names.get(event.actorUserId) ?? "A former user")
        : NO_ACTOR_LABEL,
      subject: subjects.get(`${event.entityType}:${event.entityId}`) ?? "",
      onBehalf: enteredOnBehalf(event.after),
      changes: describeChanges(event.before, event.after, titles),
    })),
  };
}
