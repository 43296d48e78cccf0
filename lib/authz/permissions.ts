import type { MembershipRole } from "@/lib/generated/prisma/enums";

export type Role = MembershipRole;

export const ROLES = [
  "BUSINESS_MANAGER",
  "SCRUTINEER",
  "AGENCY_RESPONDENT",
  "AGENCY_CONTRIBUTOR",
  "VIEWER",
] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  BUSINESS_MANAGER: "Business manager",
  SCRUTINEER: "Independent scrutineer",
  AGENCY_RESPONDENT: "Agency respondent",
  AGENCY_CONTRIBUTOR: "Agency contributor",
  VIEWER: "Viewer",
};

export const ROLE_HINTS: Record<Role, string> = {
  BUSINESS_MANAGER: "Runs the partnership: members, cycles, assessments, returns and exports.",
  SCRUTINEER: "Rates independent scrutiny assessments and signs off the scrutiny.",
  AGENCY_RESPONDENT:
    "Answers their organisation's self-assessment questions and updates its actions.",
  AGENCY_CONTRIBUTOR: "Adds evidence and action updates for their organisation.",
  VIEWER: "Reads everything in the partnership but changes nothing.",
};

const ALL = ROLES;

/**
 * The one permission table. Every server action, route handler and data read asks `can()`; the
 * proxy never decides access. Organisation-level limits (an agency respondent updates only its own
 * organisation's actions) are checked on top of these by the feature that owns the record.
 */
export const PERMISSIONS = {
  "partnership.view": ALL,
  "members.view": ["BUSINESS_MANAGER"],
  "members.manage": ["BUSINESS_MANAGER"],
  "accessLog.view": ["BUSINESS_MANAGER"],
  "accessLog.export": ["BUSINESS_MANAGER"],
  "assessment.view": ALL,
  "assessment.manage": ["BUSINESS_MANAGER"],
  // Saving a response also needs to be *that* participant (see lib/domain/response-access.ts).
  "response.edit": ["BUSINESS_MANAGER", "SCRUTINEER", "AGENCY_RESPONDENT"],
  // The evidence library: everyone reads and downloads; removal of a file uploaded in error leaves
  // a tombstone (who, when, why).
  "evidence.view": ALL,
  "evidence.add": ["BUSINESS_MANAGER", "SCRUTINEER", "AGENCY_RESPONDENT", "AGENCY_CONTRIBUTOR"],
  "evidence.remove": ["BUSINESS_MANAGER"],
  // Agreement and sign-off also need to be the assessment's *lead* scrutineer.
  "assessment.agree": ["SCRUTINEER"],
  "assessment.finalise": ["BUSINESS_MANAGER"],
  // Reopening: a business manager, or (checked by the action) the lead scrutineer.
  "assessment.reopen": ["BUSINESS_MANAGER", "SCRUTINEER"],
  // Actions: everyone reads (agency roles only their own organisation's, lib/domain/actions.ts);
  // raising, editing and progress are further limited per action by the rules in that file.
  "action.view": ALL,
  "action.create": ["BUSINESS_MANAGER", "SCRUTINEER", "AGENCY_RESPONDENT"],
  "action.edit": ["BUSINESS_MANAGER", "SCRUTINEER", "AGENCY_RESPONDENT"],
  "action.progress": ["BUSINESS_MANAGER", "SCRUTINEER", "AGENCY_RESPONDENT", "AGENCY_CONTRIBUTOR"],
  "action.reassign": ["BUSINESS_MANAGER"],
  // Starting the next cycle from a finalised assessment.
  "cycle.manage": ["BUSINESS_MANAGER"],
  // The case-review register: anonymised identifiers only.
  "caseReview.view": ALL,
  "caseReview.manage": ["BUSINESS_MANAGER"],
  // The scrutiny arrangements (seed 001 Section 6) and the partnership profile the published
  // arrangements need: everyone reads; the business manager and scrutineers record the answers;
  // the business manager keeps the profile.
  "arrangements.view": ALL,
  "arrangements.edit": ["BUSINESS_MANAGER", "SCRUTINEER"],
  "profile.edit": ["BUSINESS_MANAGER"],
  // The framework library: everyone reads the original and the partnership's adaptations and can
  // download them; the business manager adapts, edits drafts, publishes and imports.
  "framework.view": ALL,
  "framework.manage": ["BUSINESS_MANAGER"],
  // The scrutiny report: everyone reads it. The scrutineers of the assessment write its summary
  // and step narratives, share the draft for a factual-accuracy check and decide on the comments
  // (the handler checks they take part in the assessment). The statutory partners (their agency
  // respondents, or the business manager for them) comment on factual accuracy and record the
  // management response to each area for development.
  "report.view": ALL,
  "report.write": ["SCRUTINEER"],
  "report.comment": ["BUSINESS_MANAGER", "AGENCY_RESPONDENT"],
  "report.respond": ["BUSINESS_MANAGER", "AGENCY_RESPONDENT"],
  // The challenge log: a scrutineer of the assessment raises a challenge and records its outcome;
  // the responsible partner (its agency respondent, or the business manager) responds.
  "challenge.view": ALL,
  "challenge.raise": ["SCRUTINEER"],
  "challenge.respond": ["BUSINESS_MANAGER", "AGENCY_RESPONDENT"],
  "challenge.outcome": ["SCRUTINEER"],
  // The yearly report's scrutiny section: everyone reads it (a scrutineer once it has been shared
  // with them, lib/data/yearly-report.ts) and downloads its exports; the business manager drafts
  // it, records each statutory partner's sign-off as given at the meeting, and records publication.
  "yearly-report.view": ALL,
  "yearly-report.edit": ["BUSINESS_MANAGER"],
  "yearly-report.sign-off": ["BUSINESS_MANAGER"],
  "yearly-report.publish": ["BUSINESS_MANAGER"],
  "yearly-report.export": ALL,
  // Returns from many agencies (a wider-partner self-assessment): the business manager adds the
  // organisations, sets their deadlines and chases them. An organisation's return is signed off by
  // its agency respondent (the handler checks it is their organisation) or the business manager on
  // its behalf, recording the named senior person who approved it.
  "returns.view": ["BUSINESS_MANAGER"],
  "returns.manage": ["BUSINESS_MANAGER"],
  "returns.sign-off": ["BUSINESS_MANAGER", "AGENCY_RESPONDENT"],
  // Wording for the audience: the business manager gives relevant agencies their own version of a
  // question's wording; the report and exports keep the original.
  "wording.manage": ["BUSINESS_MANAGER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
