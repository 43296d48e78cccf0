import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import { NO_ACTOR_LABEL } from "@/lib/domain/audit-labels";
import {
  arrangementQuestion,
  byKindThenName,
  describeAnswerChange,
  type AnswerChange,
} from "@/lib/domain/arrangements";
import { formatUkDateTime } from "@/lib/domain/london-time";
import { DESIGNATIONS, type Designation } from "@/lib/domain/members";
import { SECTION_SIX_QUESTIONS } from "@/lib/framework/six-steps";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";

type Client = PrismaClient | Prisma.TransactionClient;

// ───────────────────────────── DTOs (plain data: no Dates, no Prisma objects) ─────────────────────

/** One of the 18 questions with the partnership's answer (null when not answered yet). */
export type ArrangementAnswerDto = {
  number: number;
  /** Verbatim from seed 001 Section 6. */
  text: string;
  answer: string | null;
  /** 0 when not answered yet: the version a save must name. */
  version: number;
  /** ISO instant of the last change, for <time dateTime>. */
  updatedAt: string | null;
  /** "22 Nov 2026, 14:02:05", UK time. */
  updatedAtLabel: string | null;
  updatedByName: string | null;
};

export type ArrangementHistoryEntry = {
  id: string;
  at: string;
  atLabel: string;
  actorName: string;
  change: AnswerChange;
};

export type ProfilePerson = { name: string; jobTitle: string | null };

export type StatutoryPartnerDto = {
  id: string;
  name: string;
  kind: OrganisationKind;
  leads: ProfilePerson[];
  delegates: ProfilePerson[];
};

export type RelevantAgencyDto = {
  id: string;
  name: string;
  kind: OrganisationKind;
  whyChosen: string | null;
  contribution: string | null;
};

/** A designated person whose organisation is not one of the statutory partners (or who has none). */
export type OtherDesignatedPerson = ProfilePerson & {
  organisationName: string | null;
  designations: Designation[];
};

/** The partnership profile the published arrangements need (seed 002 §3.9). */
export type PartnershipProfileDto = {
  name: string;
  localAuthorityAreas: string[];
  statutoryPartners: StatutoryPartnerDto[];
  chairs: Array<ProfilePerson & { organisationName: string | null }>;
  relevantAgencies: RelevantAgencyDto[];
  otherDesignated: OtherDesignatedPerson[];
};

/** What the profile form edits, with each record's version (its updatedAt as an ISO string). */
export type ProfileEditDto = {
  version: string;
  localAuthorityAreas: string[];
  agencies: Array<RelevantAgencyDto & { version: string }>;
};

/** Sent back when someone else saved first: what is stored now, and which parts clashed. */
export type ProfileConflict = ProfileEditDto & {
  /** "localAuthorityAreas" or "agency:<organisation id>". */
  conflicts: string[];
};

export type ArrangementsReport = {
  partnershipName: string;
  /** All 18 questions in order, answered or not. */
  questions: ArrangementAnswerDto[];
  profile: PartnershipProfileDto;
};

// ───────────────────────────── Reading ─────────────────────────────

/** The 18 questions in order with the answers: two queries (answers, the people who changed them). */
async function readAnswers(partnershipId: string): Promise<ArrangementAnswerDto[]> {
  const rows = await db().arrangementAnswer.findMany({
    where: { partnershipId },
    select: {
      questionNumber: true,
      answer: true,
      version: true,
      updatedAt: true,
      updatedById: true,
    },
  });
  const ids = [...new Set(rows.map((r) => r.updatedById).filter((id): id is string => !!id))];
  const people =
    ids.length > 0
      ? await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
      : [];
  const names = new Map(people.map((person) => [person.id, person.name]));
  const byNumber = new Map(rows.map((row) => [row.questionNumber, row]));
  return SECTION_SIX_QUESTIONS.map(({ number, text }) => {
    const row = byNumber.get(number);
    return {
      number,
      text,
      answer: row?.answer ?? null,
      version: row?.version ?? 0,
      updatedAt: row ? row.updatedAt.toISOString() : null,
      updatedAtLabel: row ? formatUkDateTime(row.updatedAt) : null,
      updatedByName: row?.updatedById ? (names.get(row.updatedById) ?? "A former user") : null,
    };
  });
}

/** One query: the partnership, its organisations and its active designated members. */
async function readProfile(partnershipId: string): Promise<PartnershipProfileDto> {
  const partnership = await db().partnership.findUnique({
    where: { id: partnershipId },
    select: {
      name: true,
      localAuthorityAreas: true,
      organisations: {
        select: {
          id: true,
          name: true,
          kind: true,
          isStatutoryPartner: true,
          whyChosen: true,
          contribution: true,
        },
      },
      memberships: {
        where: {
          deactivatedAt: null,
          designations: { isEmpty: false },
          user: { disabledAt: null },
        },
        select: {
          designations: true,
          jobTitle: true,
          organisationId: true,
          user: { select: { name: true, jobTitle: true } },
        },
      },
    },
  });
  if (!partnership) notFound();

  const organisations = [...partnership.organisations].sort(byKindThenName);
  const statutory = organisations.filter((o) => o.isStatutoryPartner);
  const statutoryIds = new Set(statutory.map((o) => o.id));
  const organisationNames = new Map(organisations.map((o) => [o.id, o.name]));
  const people = partnership.memberships
    .map((m) => ({
      name: m.user.name,
      jobTitle: m.jobTitle ?? m.user.jobTitle ?? null,
      organisationId: m.organisationId,
      designations: DESIGNATIONS.filter((d) => m.designations.includes(d)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const person = ({ name, jobTitle }: ProfilePerson): ProfilePerson => ({ name, jobTitle });
  const designated = (organisationId: string, designation: Designation) =>
    people
      .filter((p) => p.organisationId === organisationId && p.designations.includes(designation))
      .map(person);

  return {
    name: partnership.name,
    localAuthorityAreas: partnership.localAuthorityAreas,
    statutoryPartners: statutory.map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      leads: designated(o.id, "LEAD_SAFEGUARDING_PARTNER"),
      delegates: designated(o.id, "DELEGATED_SAFEGUARDING_PARTNER"),
    })),
    chairs: people
      .filter((p) => p.designations.includes("PARTNERSHIP_CHAIR"))
      .map((p) => ({
        ...person(p),
        organisationName: p.organisationId
          ? (organisationNames.get(p.organisationId) ?? null)
          : null,
      })),
    relevantAgencies: organisations
      .filter((o) => !o.isStatutoryPartner)
      .map(({ id, name, kind, whyChosen, contribution }) => ({
        id,
        name,
        kind,
        whyChosen,
        contribution,
      })),
    // Lead or delegated partners not linked to a statutory partner: shown, so no one is lost.
    otherDesignated: people
      .filter(
        (p) =>
          !(p.organisationId && statutoryIds.has(p.organisationId)) &&
          p.designations.some((d) => d !== "PARTNERSHIP_CHAIR"),
      )
      .map((p) => ({
        ...person(p),
        organisationName: p.organisationId
          ? (organisationNames.get(p.organisationId) ?? null)
          : null,
        designations: p.designations.filter((d) => d !== "PARTNERSHIP_CHAIR"),
      })),
  };
}

/**
 * The profile's editable parts with their versions. No authorisation: for the data functions below
 * and the update action's transaction, which have already checked it.
 */
export async function readProfileForEdit(
  client: Client,
  partnershipId: string,
): Promise<ProfileEditDto | null> {
  const partnership = await client.partnership.findUnique({
    where: { id: partnershipId },
    select: {
      localAuthorityAreas: true,
      updatedAt: true,
      organisations: {
        where: { isStatutoryPartner: false },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          kind: true,
          whyChosen: true,
          contribution: true,
          updatedAt: true,
        },
      },
    },
  });
  if (!partnership) return null;
  return {
    version: partnership.updatedAt.toISOString(),
    localAuthorityAreas: partnership.localAuthorityAreas,
    agencies: partnership.organisations.map(({ updatedAt, ...agency }) => ({
      ...agency,
      version: updatedAt.toISOString(),
    })),
  };
}

/** The arrangements page: the 18 questions with their answers, and whether this person may edit. */
export async function getArrangements(partnershipId: string) {
  const { membership } = authorise(await getCurrentUser(), partnershipId, "arrangements.view");
  return {
    questions: await readAnswers(partnershipId),
    canEdit: can(membership.role, "arrangements.edit"),
  };
}

/** One question and its answer, for the edit page. 404 for a number that is not a question. */
export async function getArrangementAnswer(
  partnershipId: string,
  questionNumber: number,
): Promise<ArrangementAnswerDto> {
  authorise(await getCurrentUser(), partnershipId, "arrangements.edit");
  if (!arrangementQuestion(questionNumber)) notFound();
  const answers = await readAnswers(partnershipId);
  return answers.find((a) => a.number === questionNumber) as ArrangementAnswerDto;
}

/**
 * Every recorded change to one answer, newest first: who, when, and the answer before and after,
 * read from the append-only audit events. Three queries however long the history.
 */
export async function getArrangementHistory(partnershipId: string, questionNumber: number) {
  authorise(await getCurrentUser(), partnershipId, "arrangements.view");
  const question = arrangementQuestion(questionNumber);
  if (!question) notFound();
  const row = await db().arrangementAnswer.findUnique({
    where: { partnershipId_questionNumber: { partnershipId, questionNumber } },
    select: { id: true },
  });
  const events = row
    ? await db().auditEvent.findMany({
        where: {
          partnershipId,
          category: "CHANGE",
          entityType: "ArrangementAnswer",
          entityId: row.id,
        },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        select: { id: true, at: true, actorUserId: true, before: true, after: true },
      })
    : [];
  const actorIds = [
    ...new Set(events.map((e) => e.actorUserId).filter((id): id is string => id !== null)),
  ];
  const actors =
    actorIds.length > 0
      ? await db().user.findMany({
          where: { id: { in: actorIds } },
          select: { id: true, name: true, email: true },
        })
      : [];
  const names = new Map(actors.map((a) => [a.id, a.name || a.email]));
  const entries: ArrangementHistoryEntry[] = events.map((event) => ({
    id: event.id.toString(),
    at: event.at.toISOString(),
    atLabel: formatUkDateTime(event.at),
    actorName: event.actorUserId
      ? (names.get(event.actorUserId) ?? "A former user")
      : NO_ACTOR_LABEL,
    change: describeAnswerChange(event.before, event.after),
  }));
  return { question: { number: question.number, text: question.text }, entries };
}

/** The profile for everyone in the partnership; `canEdit` for the business manager's links. */
export async function getProfile(partnershipId: string) {
  const { membership } = authorise(await getCurrentUser(), partnershipId, "arrangements.view");
  return {
    profile: await readProfile(partnershipId),
    canEdit: can(membership.role, "profile.edit"),
    canManageMembers: can(membership.role, "members.manage"),
  };
}

/** The profile's editable parts, for the business manager's form. */
export async function getProfileForEdit(partnershipId: string): Promise<ProfileEditDto> {
  authorise(await getCurrentUser(), partnershipId, "profile.edit");
  const profile = await readProfileForEdit(db(), partnershipId);
  if (!profile) notFound();
  return profile;
}

/**
 * For the report and the annual-report section: the 18 questions in order with their answers
 * (unanswered ones with `answer: null`) and the partnership profile, as plain data.
 */
export async function getArrangementsForReport(partnershipId: string): Promise<ArrangementsReport> {
  authorise(await getCurrentUser(), partnershipId, "arrangements.view");
  const [questions, profile] = await Promise.all([
    readAnswers(partnershipId),
    readProfile(partnershipId),
  ]);
  return { partnershipName: profile.name, questions, profile };
}
