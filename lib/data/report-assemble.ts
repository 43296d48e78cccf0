import "server-only";
import { questionAnchor, questionLabel, type Spread } from "@/lib/domain/agreement";
import type { RatingValue } from "@/lib/domain/rating";
import { disagreements, ragCounts, type RagCounts } from "@/lib/domain/report";
import {
  isLeadScrutineerOf,
  isScrutineerOf,
  partnersActorSpeaksFor,
  type AccuracyCheckState,
  type ReportActor,
  type ReportOrganisation,
} from "@/lib/domain/report-authoring";
import type { AgreementQuestion, AgreementView } from "./agreement";
import { forStep, type ReportAction, type ReportEvidence } from "./report-steps";

/**
 * Puts the scrutiny report's steps together from what was loaded: the agreed ratings as the
 * agreement page works them out (with one scrutineer, theirs), each scrutineer's rating beside
 * them, the narrative, the evidence cited and the actions of each step; and the questions the
 * scrutineers differ on.
 */

export type ReportQuestion = {
  id: string;
  code: string;
  position: number;
  text: string;
  label: string;
  lineageKey: string;
  /** The agreed rating the report uses; null while none is agreed. */
  rating: RatingValue | null;
  /** The scrutineers' responses to this question, side by side. */
  href: string;
  scrutineers: Array<{
    name: string;
    isLead: boolean;
    rating: RatingValue | null;
    narrative: string;
    notInScopeReason: string | null;
  }>;
  spread: Spread;
  agreed: AgreementQuestion["agreed"];
};

export type ReportStep = {
  id: string;
  number: number;
  title: string;
  counts: RagCounts;
  questions: ReportQuestion[];
  narrative: { text: string; updatedByName: string | null; updatedAt: string } | null;
  evidence: ReportEvidence[];
  actions: ReportAction[];
};

export type ReportDifference = ReportQuestion & {
  stepNumber: number;
  spread: Exclude<Spread, "agreed">;
};

type FrameworkStep = {
  id: string;
  number: number;
  title: string;
  questions: ReadonlyArray<{
    id: string;
    code: string;
    text: string;
    position: number;
    lineageKey: string;
  }>;
};

/** Per question id, what the agreement page works out (absent: no scrutineer has the question). */
export function agreementByQuestion(agreement: AgreementView): Map<string, AgreementQuestion> {
  return new Map(agreement.steps.flatMap((s) => s.questions).map((q) => [q.id, q]));
}

export function assembleSteps(input: {
  partnershipId: string;
  assessmentId: string;
  steps: ReadonlyArray<FrameworkStep>;
  agreed: Map<string, AgreementQuestion>;
  narratives: ReadonlyArray<{
    stepId: string;
    text: string;
    updatedById: string | null;
    updatedAt: Date;
  }>;
  names: Map<string, string>;
  evidence: Map<string, ReportEvidence[]>;
  actions: Map<string, Omit<ReportAction, "questionCodes">[]>;
}): { steps: ReportStep[]; differences: ReportDifference[] } {
  const base = `/partnerships/${input.partnershipId}/assessments/${input.assessmentId}`;
  const narrativeOf = new Map(input.narratives.map((n) => [n.stepId, n]));
  const differences: ReportDifference[] = [];
  const steps = input.steps.map((step) => {
    const questions: ReportQuestion[] = step.questions.map((question) => {
      const view = input.agreed.get(question.id);
      return {
        id: question.id,
        code: question.code,
        position: question.position,
        text: question.text,
        label: questionLabel(question.code),
        lineageKey: question.lineageKey,
        rating: view?.effective ?? null,
        href: `${base}/agree#${questionAnchor(question.code)}`,
        scrutineers: (view?.entries ?? []).map((e) => ({
          name: e.name,
          isLead: e.isLead,
          rating: e.rating,
          narrative: e.narrative,
          notInScopeReason: e.notInScopeReason,
        })),
        spread: view?.spread ?? "agreed",
        agreed: view?.agreed ?? null,
      };
    });
    // Any spread between two or more scrutineers' ratings; Red against Green is strong.
    for (const found of disagreements(
      questions.map((q) => ({ ...q, ratings: q.scrutineers.map((s) => s.rating) })),
    )) {
      const { ratings: _ratings, ...question } = found;
      differences.push({ ...question, stepNumber: step.number });
    }
    const narrative = narrativeOf.get(step.id);
    return {
      id: step.id,
      number: step.number,
      title: step.title,
      counts: ragCounts(questions.map((q) => q.rating)),
      questions,
      narrative: narrative?.text.trim()
        ? {
            text: narrative.text,
            updatedByName: narrative.updatedById
              ? (input.names.get(narrative.updatedById) ?? null)
              : null,
            updatedAt: narrative.updatedAt.toISOString(),
          }
        : null,
      ...forStep(step.questions, input.evidence, input.actions),
    };
  });
  return { steps, differences };
}

export type ReportViewer = {
  /** A scrutineer of this assessment: writes the summary and step narratives, decides comments. */
  isScrutineer: boolean;
  isLead: boolean;
  /** The statutory partners this person speaks for in the accuracy check and management response. */
  speaksFor: string[];
  canComment: boolean;
  canRespond: boolean;
};

export function reportViewer(
  actor: ReportActor,
  participants: ReadonlyArray<{ userId: string | null; isLead: boolean }>,
  organisations: ReadonlyArray<ReportOrganisation>,
  check: AccuracyCheckState,
): ReportViewer {
  const speaksFor = partnersActorSpeaksFor(actor, organisations).map((o) => o.name);
  return {
    isScrutineer: isScrutineerOf(actor, participants),
    isLead: isLeadScrutineerOf(actor, participants),
    speaksFor,
    canComment: speaksFor.length > 0 && check === "OPEN",
    canRespond: speaksFor.length > 0,
  };
}
