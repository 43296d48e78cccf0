/**
 * The kinds and natures of evidence and their words. No zod here: client components (the evidence
 * form on every response page) import these, and zod would add about 32 KB gzip to those pages.
 */
export const EVIDENCE_NATURES = ["OUTCOME", "PROCESS"] as const;
export const EVIDENCE_KINDS = ["LINK", "DOCUMENT"] as const;
export type EvidenceNatureValue = (typeof EVIDENCE_NATURES)[number];
export type EvidenceKindValue = (typeof EVIDENCE_KINDS)[number];

export const NATURE_LABELS: Record<EvidenceNatureValue, string> = {
  OUTCOME: "Outcome for children",
  PROCESS: "Process",
};
