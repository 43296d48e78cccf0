"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

/** One library item a response can cite (the shape of StepForResponding["evidence"][number]). */
export type EvidenceOption = {
  id: string;
  title: string;
  nature: "OUTCOME" | "PROCESS";
  /** "YYYY-MM-DD" */
  evidenceDate: string;
};

/** A removed file still cited by a response on the page: shown with its tombstone. */
export type RemovedCitation = EvidenceOption & {
  removed: { at: string; by: string | null; reason: string };
};

type StepEvidence = {
  evidence: EvidenceOption[];
  removed: RemovedCitation[];
  add: (item: EvidenceOption) => void;
};

const StepEvidenceContext = createContext<StepEvidence | null>(null);

/** Newest evidence first, as the library is listed; ties keep their order. */
function merge(server: EvidenceOption[], added: EvidenceOption[]): EvidenceOption[] {
  const known = new Set(server.map((item) => item.id));
  const extra = added.filter((item) => !known.has(item.id));
  if (extra.length === 0) return server;
  return [...server, ...extra].sort((a, b) =>
    a.evidenceDate === b.evidenceDate ? 0 : a.evidenceDate < b.evidenceDate ? 1 : -1,
  );
}

/**
 * The step page's evidence library, shared by all its questions: evidence added on the spot under
 * one question appears at once in every question's list (and stays when the page's server data
 * is refreshed, which then includes it anyway).
 */
export function StepEvidenceProvider({
  evidence,
  removed = [],
  children,
}: {
  evidence: EvidenceOption[];
  removed?: RemovedCitation[];
  children: ReactNode;
}) {
  const [added, setAdded] = useState<EvidenceOption[]>([]);
  const add = useCallback(
    (item: EvidenceOption) =>
      setAdded((previous) =>
        previous.some((known) => known.id === item.id) ? previous : [...previous, item],
      ),
    [],
  );
  const value = useMemo(
    () => ({ evidence: merge(evidence, added), removed, add }),
    [evidence, added, removed, add],
  );
  return <StepEvidenceContext.Provider value={value}>{children}</StepEvidenceContext.Provider>;
}

/**
 * The shared list when inside a StepEvidenceProvider; otherwise the given list, with additions kept
 * for this question only.
 */
export function useStepEvidence(fallback: EvidenceOption[]): StepEvidence {
  const shared = useContext(StepEvidenceContext);
  const [added, setAdded] = useState<EvidenceOption[]>([]);
  const add = useCallback(
    (item: EvidenceOption) => setAdded((previous) => [...previous, item]),
    [],
  );
  const local = useMemo(
    () => ({ evidence: merge(fallback, added), removed: [], add }),
    [fallback, added, add],
  );
  return shared ?? local;
}
