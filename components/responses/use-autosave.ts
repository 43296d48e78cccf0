"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { saveResponse } from "@/lib/actions/responses/save-response";

export type Draft = {
  rating: string;
  narrative: string;
  remainingWork: string;
  notInScopeReason: string;
  evidenceIds: string[];
};
export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "failed"; message: string }
  | { kind: "conflict"; message: string; theirs: Draft & { version: number } };

const DELAY_MS = 800;
const storageKey = (responseId: string) => `six-steps:draft:${responseId}`;
const time = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/London",
  }).format(new Date(iso));

/**
 * Saves a response shortly after each change. Until the server confirms, the draft is also kept
 * in this browser, so a failed save or a reload loses nothing; a conflict keeps both versions.
 */
export function useAutosave(
  partnershipId: string,
  responseId: string,
  initial: Draft,
  initialVersion: number,
) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const version = useRef(initialVersion);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const save = useCallback(
    async (next: Draft) => {
      setState({ kind: "saving" });
      const result = await saveResponse(null, {
        partnershipId,
        responseId,
        version: version.current,
        ...next,
        rating: next.rating === "" ? null : next.rating,
      } as never).catch(() => null);
      if (!result)
        return setState({
          kind: "failed",
          message:
            "the service could not be reached. Your answer is kept in this browser; it will be saved when you next change it.",
        });
      if (result.ok) {
        version.current = result.data.version;
        window.localStorage.removeItem(storageKey(responseId));
        return setState({ kind: "saved", at: time(result.data.savedAt) });
      }
      const current = result.conflict as
        | {
            version: number;
            rating: string | null;
            narrative: string;
            remainingWork: string;
            notInScopeReason: string | null;
            evidence: Array<{ evidenceId: string }>;
          }
        | undefined;
      if (current) {
        return setState({
          kind: "conflict",
          message: result.message,
          theirs: {
            version: current.version,
            rating: current.rating ?? "",
            narrative: current.narrative,
            remainingWork: current.remainingWork,
            notInScopeReason: current.notInScopeReason ?? "",
            evidenceIds: current.evidence.map((e) => e.evidenceId),
          },
        });
      }
      setState({ kind: "failed", message: result.message });
    },
    [partnershipId, responseId],
  );

  const change = useCallback(
    (patch: Partial<Draft>) => {
      setDraft((previous) => {
        const next = { ...previous, ...patch };
        window.localStorage.setItem(
          storageKey(responseId),
          JSON.stringify({ version: version.current, draft: next }),
        );
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => void save(next), DELAY_MS);
        return next;
      });
    },
    [responseId, save],
  );

  // A draft left in this browser by a failed save or a reload is restored and saved again.
  useEffect(() => {
    const stored = window.localStorage.getItem(storageKey(responseId));
    if (!stored) return;
    const parsed = JSON.parse(stored) as { version: number; draft: Draft };
    version.current = parsed.version;
    // After mount, so the server-rendered form hydrates first.
    void Promise.resolve().then(() => {
      setDraft(parsed.draft);
      return save(parsed.draft);
    });
  }, [responseId, save]);

  const keepMine = useCallback(() => {
    if (state.kind !== "conflict") return;
    version.current = state.theirs.version;
    void save(draft);
  }, [state, draft, save]);

  const takeTheirs = useCallback(() => {
    if (state.kind !== "conflict") return;
    const { version: theirVersion, ...theirs } = state.theirs;
    version.current = theirVersion;
    window.localStorage.removeItem(storageKey(responseId));
    setDraft(theirs);
    setState({ kind: "idle" });
  }, [state, responseId]);

  return { draft, state, change, keepMine, takeTheirs };
}
