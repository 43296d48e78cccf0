import type { Role } from "@/lib/authz/permissions";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { responseEditRight } from "@/lib/domain/response-access";

type Client = PrismaClient | Prisma.TransactionClient;

export type Actor = { userId: string; role: Role; organisationId: string | null };

export type ActingParticipant = {
  id: string;
  status: "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" | "SIGNED_OFF";
  isLead: boolean;
  /** A business manager answering for a statutory partner organisation. */
  onBehalf: boolean;
  /** Whose answers these are: the scrutineer's or the organisation's name. */
  name: string;
  /** The organisation answering; null for a scrutineer. */
  organisationId: string | null;
};

const select = {
  id: true,
  status: true,
  isLead: true,
  userId: true,
  organisationId: true,
  user: { select: { name: true } },
  organisation: { select: { name: true, isStatutoryPartner: true } },
  assessment: { select: { kind: true } },
} as const;

/**
 * The participation the signed-in person answers for in an assessment: their own scrutineer seat or
 * (as its agency respondent) their organisation's; or, when `onBehalfOf` names a participant, that
 * statutory partner organisation's answers entered by a business manager (the same rule as
 * saving, lib/domain/response-access.ts). Null when they answer for nobody here.
 */
export async function findActingParticipant(
  client: Client,
  assessmentId: string,
  actor: Actor,
  onBehalfOf?: string,
): Promise<ActingParticipant | null> {
  const organisationId = actor.role === "AGENCY_RESPONDENT" ? actor.organisationId : null;
  const candidate = await client.assessmentParticipant.findFirst({
    where: onBehalfOf
      ? { id: onBehalfOf, assessmentId }
      : {
          assessmentId,
          OR: [{ userId: actor.userId }, ...(organisationId ? [{ organisationId }] : [])],
        },
    select,
  });
  if (!candidate) return null;
  const right = responseEditRight(actor, {
    assessmentKind: candidate.assessment.kind,
    participantUserId: candidate.userId,
    participantOrganisationId: candidate.organisationId,
    participantOrganisationIsStatutory: candidate.organisation?.isStatutoryPartner ?? false,
  });
  if (!right.allowed || right.onBehalf !== Boolean(onBehalfOf)) return null;
  return {
    id: candidate.id,
    status: candidate.status,
    isLead: candidate.isLead,
    onBehalf: right.onBehalf,
    name: candidate.user?.name ?? candidate.organisation?.name ?? "",
    organisationId: candidate.organisationId,
  };
}
