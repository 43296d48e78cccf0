import type { Role } from "@/lib/authz/permissions";

/**
 * Who may download an organisation's blank questionnaire and import its completed Excel return:
 * that organisation's agency respondent, or the business manager (who often receives the file by
 * email; what they import is recorded as entered on the organisation's behalf). Only an
 * organisation's self-assessment has an offline form: a scrutineer's answers are theirs alone.
 */

export type OfflineReturnRight =
  { allowed: true; onBehalf: boolean } | { allowed: false; reason: string };

export function offlineReturnRight(
  actor: { role: Role; organisationId: string | null },
  participant: {
    assessmentKind: string;
    organisationId: string | null;
    organisationName: string;
  },
): OfflineReturnRight {
  if (participant.assessmentKind === "INDEPENDENT_SCRUTINY" || !participant.organisationId)
    return {
      allowed: false,
      reason: "Only an organisation's self-assessment has an offline form.",
    };
  if (actor.role === "BUSINESS_MANAGER") return { allowed: true, onBehalf: true };
  if (actor.role === "AGENCY_RESPONDENT" && actor.organisationId === participant.organisationId)
    return { allowed: true, onBehalf: false };
  return {
    allowed: false,
    reason: `Only ${participant.organisationName}'s agency respondent or the business manager can use its offline form.`,
  };
}

/** Why answers cannot be imported now, or null when they can. */
export function importBlockedReason(
  participantStatus: "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" | "SIGNED_OFF",
  assessmentStatus: "IN_PROGRESS" | "FINALISED",
  organisationName: string,
): string | null {
  if (assessmentStatus === "FINALISED")
    return "This assessment is finalised: its answers cannot be changed.";
  if (participantStatus === "SUBMITTED" || participantStatus === "SIGNED_OFF")
    return `${organisationName} has already submitted its answers: they cannot be changed by importing a file.`;
  return null;
}
