import type { Role } from "@/lib/authz/permissions";

export type ParticipantFacts = {
  assessmentKind:
    "INDEPENDENT_SCRUTINY" | "CORE_PARTNER_SELF_ASSESSMENT" | "WIDER_PARTNER_SELF_ASSESSMENT";
  participantUserId: string | null;
  participantOrganisationId: string | null;
  participantOrganisationIsStatutory: boolean;
};

export type EditRight = { allowed: false; reason: string } | { allowed: true; onBehalf: boolean };

/**
 * Who may write a response. A scrutineer's ratings and text are theirs alone: not even the business
 * manager may change them. An organisation's self-assessment answer is written by that
 * organisation's agency respondent, or by the business manager on behalf of a statutory partner
 * (recorded as such).
 */
export function responseEditRight(
  actor: { userId: string; role: Role; organisationId: string | null },
  participant: ParticipantFacts,
): EditRight {
  if (participant.assessmentKind === "INDEPENDENT_SCRUTINY") {
    return actor.role === "SCRUTINEER" && actor.userId === participant.participantUserId
      ? { allowed: true, onBehalf: false }
      : { allowed: false, reason: "Only the scrutineer who wrote this response can change it." };
  }
  if (
    actor.role === "AGENCY_RESPONDENT" &&
    actor.organisationId !== null &&
    actor.organisationId === participant.participantOrganisationId
  ) {
    return { allowed: true, onBehalf: false };
  }
  if (actor.role === "BUSINESS_MANAGER" && participant.participantOrganisationIsStatutory) {
    return { allowed: true, onBehalf: true };
  }
  return {
    allowed: false,
    reason: "Only the organisation's agency respondent can answer this question.",
  };
}
