import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { db } from "@/lib/db";
import {
  AGREEMENT_ROLE_LABELS,
  questionAnchor,
  questionLabel,
  ratingSpread,
  scrutinySignOffProblems,
  scrutineersStillToSubmit,
  selfAssessmentFinaliseProblems,
  suggestedRating,
  type ParticipantStatusValue,
  type ReadinessProblem,
  type Spread,
} from "@/lib/domain/agreement";
import type { AssessmentKindValue } from "@/lib/domain/assessments";
import type { RatingValue } from "@/lib/domain/rating";
import { agreedRating, stepStatus, type ResponseFacts } from "@/lib/domain/responses";

export type ScrutineerEntry = {
  participantId: string;
  name: string;
  isLead: boolean;
  rating: RatingValue | null;
  narrative: string;
  remainingWork: string;
  notInScopeReason: string | null;
  evidence: Array<{ id: string; title: string; nature: "OUTCOME" | "PROCESS" }>;
};

export type AgreementQuestion = {
  id: string;
  code: string;
  label: string;
  anchor: string;
  text: string;
  entries: ScrutineerEntry[];
  spread: Spread;
  suggested: RatingValue | null;
  agreed: {
    rating: RatingValue;
    reason: string;
    version: number;
    agreedByName: string | null;
    agreedAt: string;
  } | null;
  /** What the report will use: the lead's agreed rating, or with one scrutineer theirs. */
  effective: RatingValue | null;
};

export type AgreementView = Awaited<ReturnType<typeof getAgreementView>>;

/**
 * The lead scrutineer's working view: per step and question, each scrutineer's rating and rationale
 * side by side, how far they differ, the agreed rating and what still stops sign-off. Anyone in the
 * partnership may read it; only the lead acts on it. Six queries whatever the size.
 */
export async function getAgreementView(partnershipId: string, assessmentId: string) {
  const { user, membership } = authorise(await getCurrentUser(), partnershipId, "assessment.view");
  const assessment = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId, kind: "INDEPENDENT_SCRUTINY" },
    select: {
      id: true,
      title: true,
      status: true,
      finalisedAt: true,
      cycle: { select: { name: true } },
      frameworkVersion: {
        select: {
          steps: {
            orderBy: { position: "asc" },
            select: {
              number: true,
              title: true,
              questions: {
                orderBy: { position: "asc" },
                select: { id: true, code: true, text: true },
              },
            },
          },
        },
      },
      participants: {
        where: { userId: { not: null } },
        orderBy: [{ isLead: "desc" }, { createdAt: "asc" }],
        select: {
          id: true,
          userId: true,
          isLead: true,
          status: true,
          submittedAt: true,
          user: { select: { name: true } },
          assignments: { select: { questionId: true } },
        },
      },
    },
  });
  if (!assessment) notFound();
  const [responses, agreed] = await Promise.all([
    db().response.findMany({
      where: { assessmentId, participant: { userId: { not: null } } },
      select: {
        participantId: true,
        questionId: true,
        rating: true,
        narrative: true,
        remainingWork: true,
        notInScopeReason: true,
        evidence: {
          orderBy: { evidence: { title: "asc" } },
          select: { evidence: { select: { id: true, title: true, nature: true } } },
        },
      },
    }),
    db().agreedRating.findMany({
      where: { assessmentId },
      select: {
        questionId: true,
        rating: true,
        reason: true,
        version: true,
        agreedById: true,
        agreedAt: true,
      },
    }),
  ]);
  const agreerIds = [...new Set(agreed.flatMap((row) => (row.agreedById ? [row.agreedById] : [])))];
  const agreers = agreerIds.length
    ? await db().user.findMany({
        where: { id: { in: agreerIds } },
        select: { id: true, name: true },
      })
    : [];
  const nameOf = new Map(agreers.map((u) => [u.id, u.name]));
  const agreedBy = new Map(agreed.map((row) => [row.questionId, row]));
  const responseOf = new Map(responses.map((r) => [`${r.participantId}/${r.questionId}`, r]));

  const scrutineers = assessment.participants.map((p) => ({
    participantId: p.id,
    name: p.user?.name ?? "A scrutineer",
    isLead: p.isLead,
    status: p.status as ParticipantStatusValue,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    assigned: new Set(p.assignments.map((a) => a.questionId)),
  }));
  const single = scrutineers.length === 1;

  const steps = assessment.frameworkVersion.steps
    .map((step) => ({
      number: step.number,
      title: step.title,
      questions: step.questions.flatMap((question): AgreementQuestion[] => {
        const entries: ScrutineerEntry[] = scrutineers
          .filter((s) => s.assigned.has(question.id))
          .map((s) => {
            const response = responseOf.get(`${s.participantId}/${question.id}`);
            return {
              participantId: s.participantId,
              name: s.name,
              isLead: s.isLead,
              rating: response?.rating ?? null,
              narrative: response?.narrative ?? "",
              remainingWork: response?.remainingWork ?? "",
              notInScopeReason: response?.notInScopeReason ?? null,
              evidence: response?.evidence.map((e) => e.evidence) ?? [],
            };
          });
        if (entries.length === 0) return [];
        const ratings = entries.map((e) => e.rating);
        const row = agreedBy.get(question.id);
        return [
          {
            id: question.id,
            code: question.code,
            label: questionLabel(question.code),
            anchor: questionAnchor(question.code),
            text: question.text,
            entries,
            spread: ratingSpread(ratings),
            suggested: suggestedRating(ratings),
            agreed: row
              ? {
                  rating: row.rating,
                  reason: row.reason,
                  version: row.version,
                  agreedByName: row.agreedById ? (nameOf.get(row.agreedById) ?? null) : null,
                  agreedAt: row.agreedAt.toISOString(),
                }
              : null,
            effective: single
              ? agreedRating(ratings, null)
              : agreedRating(ratings, row?.rating ?? null),
          },
        ];
      }),
    }))
    .filter((step) => step.questions.length > 0);

  const problems: ReadinessProblem[] = scrutinySignOffProblems({
    scrutineers,
    questions: steps.flatMap((step) =>
      step.questions.map((q) => ({ code: q.code, agreed: q.agreed !== null })),
    ),
  });
  const viewerIsLead =
    membership.role === "SCRUTINEER" &&
    assessment.participants.some((p) => p.isLead && p.userId === user.id);
  const open = assessment.status === "IN_PROGRESS";
  const stillToSubmit = scrutineersStillToSubmit(scrutineers).map((s) => s.name);
  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      status: assessment.status,
      cycleName: assessment.cycle.name,
      finalisedAt: assessment.finalisedAt?.toISOString() ?? null,
    },
    scrutineers: scrutineers.map(({ assigned: _assigned, ...s }) => s),
    single,
    stillToSubmit,
    steps,
    problems,
    viewerIsLead,
    /** The lead may agree ratings now: several scrutineers, all submitted, not signed off. */
    canAgree: viewerIsLead && open && !single && stillToSubmit.length === 0,
    canSignOff: viewerIsLead && open,
  };
}

export type FinaliseView = Awaited<ReturnType<typeof getFinaliseView>>;

/**
 * What a business manager needs to finalise a self-assessment: each organisation's progress, the
 * statutory partner organisations whose agreement must be recorded (with any agreement recorded
 * before a reopening), and the lead and delegated safeguarding partners on record as name hints.
 */
export async function getFinaliseView(partnershipId: string, assessmentId: string) {
  authorise(await getCurrentUser(), partnershipId, "assessment.finalise");
  const assessment = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId, kind: { not: "INDEPENDENT_SCRUTINY" } },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      finalisedAt: true,
      cycle: { select: { name: true } },
      participants: {
        where: { organisationId: { not: null } },
        orderBy: { organisation: { name: "asc" } },
        select: {
          id: true,
          status: true,
          submittedAt: true,
          organisation: { select: { id: true, name: true, isStatutoryPartner: true } },
        },
      },
      partnerAgreements: {
        select: { organisationId: true, agreedByName: true, agreedByRole: true, agreedOn: true },
      },
    },
  });
  if (!assessment) notFound();
  const organisations = assessment.participants.flatMap((p) =>
    p.organisation
      ? [
          {
            participantId: p.id,
            organisationId: p.organisation.id,
            name: p.organisation.name,
            isStatutoryPartner: p.organisation.isStatutoryPartner,
            status: p.status as ParticipantStatusValue,
            submittedAt: p.submittedAt?.toISOString() ?? null,
          },
        ]
      : [],
  );
  const partnerIds = organisations.filter((o) => o.isStatutoryPartner).map((o) => o.organisationId);
  const designated = partnerIds.length
    ? await db().membership.findMany({
        where: {
          partnershipId,
          organisationId: { in: partnerIds },
          deactivatedAt: null,
          designations: {
            hasSome: ["LEAD_SAFEGUARDING_PARTNER", "DELEGATED_SAFEGUARDING_PARTNER"],
          },
        },
        orderBy: { user: { name: "asc" } },
        select: { organisationId: true, designations: true, user: { select: { name: true } } },
      })
    : [];
  const existing = new Map(assessment.partnerAgreements.map((a) => [a.organisationId, a]));
  const roleValue = (label: string) =>
    (Object.entries(AGREEMENT_ROLE_LABELS).find(([, text]) => text === label)?.[0] ?? "") as
      keyof typeof AGREEMENT_ROLE_LABELS | "";
  const partners = organisations
    .filter((o) => o.isStatutoryPartner)
    .map((o) => {
      const recorded = existing.get(o.organisationId);
      return {
        organisationId: o.organisationId,
        name: o.name,
        recorded: recorded
          ? {
              name: recorded.agreedByName,
              role: roleValue(recorded.agreedByRole),
              roleLabel: recorded.agreedByRole,
              agreedOn: recorded.agreedOn.toISOString().slice(0, 10),
            }
          : null,
        suggestions: designated
          .filter((m) => m.organisationId === o.organisationId)
          .map((m) => ({
            name: m.user.name,
            role: m.designations.includes("LEAD_SAFEGUARDING_PARTNER")
              ? AGREEMENT_ROLE_LABELS.LEAD_SAFEGUARDING_PARTNER
              : AGREEMENT_ROLE_LABELS.DELEGATED_SAFEGUARDING_PARTNER,
          })),
      };
    });
  // Agreements are given in the form; here only the organisations' submissions can block.
  const problems = selfAssessmentFinaliseProblems({
    organisations,
    agreedOrganisationIds: partnerIds,
  });
  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      kind: assessment.kind as AssessmentKindValue,
      status: assessment.status,
      cycleName: assessment.cycle.name,
      finalisedAt: assessment.finalisedAt?.toISOString() ?? null,
    },
    organisations,
    partners,
    problems,
    canFinalise: assessment.status === "IN_PROGRESS",
  };
}

export type ParticipantRole = "LEAD_SCRUTINEER" | "SCRUTINEER" | "ORGANISATION";

const RANK: Record<ParticipantRole, number> = {
  LEAD_SCRUTINEER: 0,
  SCRUTINEER: 1,
  ORGANISATION: 2,
};

export type ParticipantProgress = {
  participantId: string;
  name: string;
  role: ParticipantRole;
  organisationId: string | null;
  isStatutoryPartner: boolean;
  status: ParticipantStatusValue;
  submittedAt: string | null;
  answered: number;
  total: number;
};

export type AssessmentProgress = Awaited<ReturnType<typeof getAssessmentProgress>>;

/**
 * The overview's progress: the assessment's state (finalised when and by whom), every participant
 * with "answered n of N" of their assigned questions, and what the viewer may do next. Three
 * queries, however many participants.
 */
export async function getAssessmentProgress(partnershipId: string, assessmentId: string) {
  const { user, membership } = authorise(await getCurrentUser(), partnershipId, "assessment.view");
  const assessment = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId },
    select: {
      id: true,
      kind: true,
      status: true,
      finalisedAt: true,
      finalisedById: true,
      participants: {
        orderBy: [{ isLead: "desc" }, { createdAt: "asc" }],
        select: {
          id: true,
          userId: true,
          isLead: true,
          status: true,
          submittedAt: true,
          user: { select: { name: true } },
          organisation: { select: { id: true, name: true, isStatutoryPartner: true } },
          assignments: { select: { questionId: true } },
        },
      },
    },
  });
  if (!assessment) notFound();
  const [responses, finalisedBy] = await Promise.all([
    db().response.findMany({
      where: { assessmentId },
      select: {
        participantId: true,
        questionId: true,
        rating: true,
        narrative: true,
        remainingWork: true,
        notInScopeReason: true,
        evidence: { select: { evidence: { select: { nature: true } } } },
      },
    }),
    assessment.finalisedById
      ? db().user.findUnique({ where: { id: assessment.finalisedById }, select: { name: true } })
      : Promise.resolve(null),
  ]);
  const byParticipant = new Map<string, ResponseFacts[]>();
  const assignedTo = new Map(
    assessment.participants.map((p) => [p.id, new Set(p.assignments.map((a) => a.questionId))]),
  );
  for (const response of responses) {
    if (!assignedTo.get(response.participantId)?.has(response.questionId)) continue;
    const list = byParticipant.get(response.participantId) ?? [];
    list.push({
      rating: response.rating,
      narrative: response.narrative,
      remainingWork: response.remainingWork,
      notInScopeReason: response.notInScopeReason,
      evidenceNatures: response.evidence.map((e) => e.evidence.nature),
    });
    byParticipant.set(response.participantId, list);
  }
  const participants: ParticipantProgress[] = assessment.participants
    .map((p) => {
      const work = stepStatus(byParticipant.get(p.id) ?? [], p.assignments.length);
      return {
        participantId: p.id,
        name: p.user?.name ?? p.organisation?.name ?? "",
        role: (p.userId
          ? p.isLead
            ? "LEAD_SCRUTINEER"
            : "SCRUTINEER"
          : "ORGANISATION") as ParticipantRole,
        organisationId: p.organisation?.id ?? null,
        isStatutoryPartner: p.organisation?.isStatutoryPartner ?? false,
        status: p.status as ParticipantStatusValue,
        submittedAt: p.submittedAt?.toISOString() ?? null,
        answered: work.answered,
        total: work.total,
      };
    })
    // The lead scrutineer, the other scrutineers, then organisations by name (a stable sort).
    .sort(
      (a, b) =>
        RANK[a.role] - RANK[b.role] ||
        (a.role === "ORGANISATION" ? a.name.localeCompare(b.name, "en-GB") : 0),
    );

  const scrutiny = assessment.kind === "INDEPENDENT_SCRUTINY";
  const isLeadScrutineer =
    scrutiny &&
    membership.role === "SCRUTINEER" &&
    assessment.participants.some((p) => p.isLead && p.userId === user.id);
  const isManager = membership.role === "BUSINESS_MANAGER";
  const finalised = assessment.status === "FINALISED";
  return {
    assessment: {
      id: assessment.id,
      kind: assessment.kind as AssessmentKindValue,
      status: assessment.status,
      finalisedAt: assessment.finalisedAt?.toISOString() ?? null,
      finalisedByName: finalisedBy?.name ?? null,
    },
    participants,
    viewer: {
      isManager,
      isLeadScrutineer,
      /** Agreement page link: the lead works there; it is readable by everyone. */
      showAgreement: scrutiny && participants.length > 0,
      canFinalise: isManager && !scrutiny && !finalised,
      canReopen: finalised && (isManager || isLeadScrutineer),
    },
  };
}
