import "server-only";
import {
  challengeStage,
  type ChallengeOutcomeValue,
  type ChallengeStage,
} from "@/lib/domain/challenges";
import { challengeSubjectLabel } from "@/lib/domain/challenges";
import { reportSectionLabel, type AccuracyDecisionValue } from "@/lib/domain/report-authoring";

/**
 * The written parts of the scrutiny report, shaped from rows already loaded with the assessment:
 * the overall summary with each area for development and its management response, the
 * factual-accuracy comments and their decisions, and the challenge log in summary.
 */

export type ReportDevelopmentArea = {
  id: string;
  position: number;
  text: string;
  managementResponse: string | null;
  respondedByName: string | null;
  respondedAt: string | null;
};

export type ReportAccuracyComment = {
  id: string;
  sectionLabel: string;
  organisationName: string | null;
  text: string;
  createdAt: string;
  decision: AccuracyDecisionValue | null;
  decisionNote: string | null;
  decidedAt: string | null;
};

export type ReportChallenge = {
  id: string;
  subjectLabel: string;
  organisationName: string | null;
  stage: ChallengeStage;
  outcome: ChallengeOutcomeValue | null;
  raisedAt: string;
};

type Names = Map<string, string>;

export function developmentAreas(
  rows: ReadonlyArray<{
    id: string;
    position: number;
    text: string;
    managementResponse: string | null;
    respondedById: string | null;
    respondedAt: Date | null;
  }>,
  names: Names,
): ReportDevelopmentArea[] {
  return [...rows]
    .sort((a, b) => a.position - b.position)
    .map((row) => ({
      id: row.id,
      position: row.position,
      text: row.text,
      managementResponse: row.managementResponse?.trim() ? row.managementResponse : null,
      respondedByName: row.respondedById ? (names.get(row.respondedById) ?? null) : null,
      respondedAt: row.respondedAt?.toISOString() ?? null,
    }));
}

export function accuracyComments(
  rows: ReadonlyArray<{
    id: string;
    section: string;
    text: string;
    createdAt: Date;
    decision: AccuracyDecisionValue | null;
    decisionNote: string | null;
    decidedAt: Date | null;
    organisation: { name: string } | null;
  }>,
  steps: ReadonlyArray<{ number: number; title: string }>,
): ReportAccuracyComment[] {
  return rows.map((row) => ({
    id: row.id,
    sectionLabel: reportSectionLabel(row.section, steps),
    organisationName: row.organisation?.name ?? null,
    text: row.text,
    createdAt: row.createdAt.toISOString(),
    decision: row.decision,
    decisionNote: row.decisionNote,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  }));
}

export function challenges(
  rows: ReadonlyArray<{
    id: string;
    partnerResponse: string | null;
    outcome: ChallengeOutcomeValue | null;
    createdAt: Date;
    question: { code: string } | null;
    step: { number: number; title: string } | null;
    responsibleOrganisation: { name: string } | null;
  }>,
): ReportChallenge[] {
  return rows.map((row) => ({
    id: row.id,
    subjectLabel: challengeSubjectLabel(row),
    organisationName: row.responsibleOrganisation?.name ?? null,
    stage: challengeStage(row),
    outcome: row.outcome,
    raisedAt: row.createdAt.toISOString(),
  }));
}
