import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import { db } from "@/lib/db";
import { challengeLogPath } from "@/lib/actions/challenges/support";
import { challengeSubjectValue } from "@/lib/domain/challenges";
import { challengeLogSelect, toChallengeDtos, type ChallengeDto } from "./challenge-rows";

export type { ChallengeActionDto, ChallengeDto } from "./challenge-rows";

/**
 * The challenge log of an independent scrutiny (seed 001: scrutiny as a "constructive critical
 * friend"): every challenge with what it is about, who responds, where it is, the response, the
 * outcome, the actions raised from it and what the signed-in person may do next. Everyone in the
 * partnership reads it. Two queries however many challenges, people and actions there are.
 */

export type ChallengeLog = {
  assessment: {
    id: string;
    title: string;
    cycleName: string;
    status: "IN_PROGRESS" | "FINALISED";
    href: string;
    logHref: string;
  };
  challenges: ChallengeDto[];
  /** A scrutineer taking part in the scrutiny may raise a challenge on it. */
  canRaise: boolean;
};

/** Another partnership's assessment, a self-assessment or no such id: a 404, nothing learnt. */
async function loadLog(partnershipId: string, assessmentId: string): Promise<ChallengeLog> {
  const access = authorise(await getCurrentUser(), partnershipId, "challenge.view");
  const { user, membership } = access;
  const assessment = await db().assessment.findFirst({
    where: { id: assessmentId, partnershipId },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      cycle: { select: { name: true } },
      participants: { where: { userId: user.id }, select: { id: true } },
      challenges: challengeLogSelect(partnershipId),
    },
  });
  if (!assessment || assessment.kind !== "INDEPENDENT_SCRUTINY") notFound();

  const isScrutineer = membership.role === "SCRUTINEER" && assessment.participants.length > 0;
  const logHref = challengeLogPath(partnershipId, assessmentId);
  const challenges = await toChallengeDtos(assessment.challenges, {
    partnershipId,
    assessmentId,
    logHref,
    actor: { userId: user.id, role: membership.role, organisationId: membership.organisationId },
    isScrutineer,
  });
  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      cycleName: assessment.cycle.name,
      status: assessment.status,
      href: `/partnerships/${partnershipId}/assessments/${assessmentId}`,
      logHref,
    },
    challenges,
    canRaise: isScrutineer,
  };
}

export async function getChallengeLog(partnershipId: string, assessmentId: string) {
  return loadLog(partnershipId, assessmentId);
}

/**
 * One challenge, numbered as in the log (the log is read whole: a scrutiny has tens of challenges
 * at most, and the numbering needs the ones before it).
 */
export async function getChallenge(
  partnershipId: string,
  assessmentId: string,
  challengeId: string,
) {
  const log = await loadLog(partnershipId, assessmentId);
  const challenge = log.challenges.find((c) => c.id === challengeId.toLowerCase());
  if (!challenge) notFound();
  return { assessment: log.assessment, challenge, isScrutineer: log.canRaise };
}

export type SubjectChoice = { value: string; label: string };
export type SubjectGroup = { label: string; step: SubjectChoice; questions: SubjectChoice[] };

/**
 * What "Raise a challenge" offers: the steps and questions of the scrutiny's own framework version
 * (grouped by step) and the partnership's organisations. Two queries.
 */
export async function getChallengeFormOptions(partnershipId: string, assessmentId: string) {
  const { user } = authorise(await getCurrentUser(), partnershipId, "challenge.raise");
  const [assessment, organisations] = await Promise.all([
    db().assessment.findFirst({
      where: { id: assessmentId, partnershipId },
      select: {
        id: true,
        title: true,
        kind: true,
        cycle: { select: { name: true } },
        participants: { where: { userId: user.id }, select: { id: true } },
        frameworkVersion: {
          select: {
            steps: {
              orderBy: { position: "asc" },
              select: {
                id: true,
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
      },
    }),
    db().organisation.findMany({
      where: { partnershipId },
      orderBy: [{ isStatutoryPartner: "desc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  if (!assessment || assessment.kind !== "INDEPENDENT_SCRUTINY") notFound();
  const groups: SubjectGroup[] = assessment.frameworkVersion.steps.map((step) => ({
    label: `Step ${step.number}: ${step.title}`,
    step: {
      value: challengeSubjectValue({ kind: "step", id: step.id }),
      label: `The whole of step ${step.number}: ${step.title}`,
    },
    questions: step.questions.map((q) => ({
      value: challengeSubjectValue({ kind: "question", id: q.id }),
      label: `Question ${q.code}: ${q.text}`,
    })),
  }));
  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      cycleName: assessment.cycle.name,
      logHref: challengeLogPath(partnershipId, assessmentId),
    },
    isParticipant: assessment.participants.length > 0,
    groups,
    organisations,
  };
}

export type ChallengeFormOptions = Awaited<ReturnType<typeof getChallengeFormOptions>>;

/** "Raise a challenge" with the question already chosen, for links from a question. */
export function challengeAboutQuestionHref(
  partnershipId: string,
  assessmentId: string,
  questionId: string,
) {
  return `${challengeLogPath(partnershipId, assessmentId)}/new?about=question:${questionId}`;
}
