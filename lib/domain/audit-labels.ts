import type { AuditCategory } from "@/lib/generated/prisma/enums";

/**
 * What an audit event's action key means, as a sentence a business manager can read in the access
 * log (seed 001 Section 6 Q14). Features add their keys here when they record a new event; an
 * unknown key is shown as it is, so nothing recorded is ever hidden.
 */
const ACTION_LABELS: Record<string, string> = {
  // Signing in and out
  "sign-in.succeeded": "Signed in",
  "sign-in.failed": "Tried to sign in, but the details were wrong",
  "sign-in.throttled": "Was stopped from signing in after too many failed attempts",
  "sign-out": "Signed out",
  "two-factor.verified": "Entered a two-factor authentication code",
  "two-factor.enabled": "Turned on two-factor authentication",
  // Passwords and accounts
  "password.reset-requested": "Asked for a link to reset their password",
  "password.reset-throttled": "Asked for too many password reset links in an hour; none was sent",
  "password.reset": "Reset their password",
  "password.set": "Set their password for the first time",
  "admin.created": "Site administrator account created",
  // Partnership and members
  "partnership.created": "Created the partnership",
  "member.invited": "Invited someone to join the partnership",
  "member.invitation-revoked": "Withdrew an invitation",
  "member.joined": "Joined the partnership",
  "member.role-changed": "Changed someone's role",
  "member.deactivated": "Suspended someone's access to the partnership",
  "member.reactivated": "Gave someone back their access to the partnership",
  "member.removed": "Removed someone from the partnership",
  // Viewing and exporting
  "framework.viewed": "Viewed the framework",
  "partnership.viewed": "Viewed the partnership overview",
  "assessment.created": "Created an assessment",
  "response.updated": "Changed an answer",
  "assessment.submitted": "Submitted answers",
  "rating.agreed": "Agreed a rating",
  "assessment.signed-off": "Signed off the scrutiny",
  "assessment.finalised": "Finalised a self-assessment",
  "assessment.reopened": "Reopened an assessment",
  "assessment.questions-changed": "Changed which questions an organisation answers",
  // Offline forms of an organisation's return
  "returns.questionnaire-downloaded": "Downloaded an organisation's blank questionnaire",
  "returns.import-checked": "Uploaded a completed questionnaire and checked what it would change",
  "returns.imported": "Imported a completed questionnaire into an organisation's answers",
  "evidence.added": "Added evidence to the library",
  "evidence.removed": "Removed an evidence file uploaded in error",
  "evidence.downloaded": "Downloaded an evidence file",
  "evidence.library-viewed": "Viewed the evidence library",
  "access-log.viewed": "Viewed the access log",
  "access-log.exported": "Exported the access log as a CSV file",
  // Actions (the improvement plan)
  "action.created": "Raised an action",
  "action.updated": "Changed an action",
  "action.progress-added": "Added a progress update to an action",
  "action.evidence-changed": "Changed the evidence of completion of an action",
  "action.reassigned": "Reassigned actions to a new owner",
  "action.reminder-sent": "Sent a reminder about an action",
  "actions.exported": "Exported the action tracker",
  // Cycles
  "cycle.created": "Created a cycle",
  "assessment.carried-forward": "Started the next cycle from an assessment",
  // Case reviews
  "case-review.created": "Added a case review to the register",
  "case-review.updated": "Changed a case review",
  "recommendation.created": "Added a case review recommendation",
  "recommendation.updated": "Changed a case review recommendation",
  // Scrutiny arrangements and the partnership profile
  "arrangement.answered": "Recorded an answer about the scrutiny arrangements",
  "profile.updated": "Changed the partnership profile",
  "organisation.updated": "Changed an organisation's details in the partnership profile",
  // The framework library
  "framework.adapted": "Started an adapted framework",
  "framework.draft-started": "Started a new draft of a framework",
  "framework.draft-saved": "Changed a framework draft",
  "framework.published": "Published a framework version",
  "framework.imported": "Imported a framework from a file",
  "framework.exported": "Downloaded a framework as a file",
  // The scrutiny report
  "report.summary-saved": "Changed the strengths in a scrutiny report's overall summary",
  "report.area-added": "Added an area for development to a scrutiny report",
  "report.area-updated": "Changed an area for development in a scrutiny report",
  "report.area-removed": "Removed an area for development from a scrutiny report",
  "report.narrative-saved": "Changed a step's narrative in a scrutiny report",
  "report.accuracy-check-opened":
    "Shared the draft scrutiny report with the statutory partners for a factual-accuracy check",
  "report.accuracy-check-closed": "Closed the factual-accuracy check of a scrutiny report",
  "report.accuracy-comment-added": "Commented on the factual accuracy of a draft scrutiny report",
  "report.accuracy-comment-decided":
    "Decided whether a factual-accuracy comment changes the scrutiny report",
  "report.management-response-saved": "Recorded the management response to an area for development",
  // The challenge log
  "challenge.raised": "Raised a challenge",
  "challenge.responded": "Responded to a challenge",
  "challenge.outcome-recorded": "Recorded the outcome of a challenge",
  // The yearly report's scrutiny section: drafting
  "yearly-report.started": "Started the scrutiny section of a yearly report",
  "yearly-report.part-saved": "Changed a part of the scrutiny section of a yearly report",
  "yearly-report.shared":
    "Shared the scrutiny section of a yearly report with the independent scrutineer",
  "yearly-report.exported":
    "Downloaded the scrutiny section of a yearly report, or the cycle's ratings or actions",
  "yearly-report.printed": "Opened the print page of the scrutiny section of a yearly report",
  // The yearly report's scrutiny section: sign-off and publication
  "yearly-report.sign-off-recorded":
    "Recorded a statutory partner's sign-off of the scrutiny section of a yearly report",
  "yearly-report.sign-off-removed":
    "Removed a statutory partner's sign-off of the scrutiny section of a yearly report",
  "yearly-report.published": "Recorded the publication of a yearly report",
  "yearly-report.sent-recorded": "Recorded the date a yearly report was sent to a recipient",
  "yearly-report.recipient-added": "Added a recipient of the yearly report",
  "yearly-report.recipient-renamed": "Renamed a recipient of the yearly report",
  "yearly-report.recipient-removed": "Removed a recipient of the yearly report",
  // Returns from many agencies (a wider-partner self-assessment)
  "returns.organisation-added": "Added an organisation to a self-assessment's returns",
  "returns.organisations-imported":
    "Added organisations to a self-assessment's returns from a CSV file",
  "returns.deadline-set": "Set the deadline of an organisation's return",
  "returns.signed-off": "Recorded the senior person's sign-off of an organisation's return",
  "returns.reminder-sent": "Sent a reminder about an organisation's return",
  "question-wording.saved": "Changed the wording of a question for relevant agencies",
  "question-wording.removed": "Removed the wording of a question for relevant agencies",
};

export function auditActionLabel(action: string): string {
  return Object.hasOwn(ACTION_LABELS, action) ? (ACTION_LABELS[action] as string) : action;
}

export const AUDIT_CATEGORY_LABELS: Record<AuditCategory, string> = {
  ACCESS: "Access",
  SECURITY: "Security",
  CHANGE: "Change",
};

const ENTITY_LABELS: Record<string, string> = {
  Partnership: "Partnership",
  User: "Person",
  Membership: "Membership",
  Invitation: "Invitation",
  Organisation: "Organisation",
  AuditEvent: "Access log",
  Assessment: "Assessment",
  Response: "Answer",
  AgreedRating: "Agreed rating",
  EvidenceItem: "Evidence",
  Action: "Action",
  Cycle: "Cycle",
  CaseReview: "Case review",
  CaseReviewRecommendation: "Case review recommendation",
  ArrangementAnswer: "Scrutiny arrangements answer",
  Framework: "Framework",
  FrameworkVersion: "Framework version",
  DevelopmentArea: "Area for development",
  AccuracyComment: "Factual-accuracy comment",
  Challenge: "Challenge",
  YearlyReportSection: "Yearly report section",
  YearlyReportSignOff: "Yearly report sign-off",
  YearlyReportSubmission: "Yearly report sent to a recipient",
  PublicationRecipient: "Yearly report recipient",
  ReturnImport: "Uploaded questionnaire",
  AssessmentParticipant: "Organisation's return",
  QuestionWording: "Question wording for relevant agencies",
};

/**
 * The record an event is about, in words: "This partnership", "Person: Priya Shah", or the kind of
 * record and its id so it can be traced. `name` is the person's name when the record is a user.
 */
export function auditEntityLabel(
  entity: { type: string | null; id: string | null; name?: string | null },
  partnershipId?: string,
): string {
  if (!entity.type) return entity.id ?? "";
  if (entity.type === "Partnership" && entity.id === partnershipId) return "This partnership";
  const kind =
    (Object.hasOwn(ENTITY_LABELS, entity.type) && ENTITY_LABELS[entity.type]) || entity.type;
  if (entity.name) return `${kind}: ${entity.name}`;
  return entity.id ? `${kind} ${entity.id}` : kind;
}

/** Events with no actor are things like a failed sign-in to an unknown account. */
export const NO_ACTOR_LABEL = "No one signed in";
