import type { SaveState } from "./use-autosave";

/** "Saving…", "Saved at 14:02" or "Not saved: reason", announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === "saving"
      ? "Saving…"
      : state.kind === "saved"
        ? `Saved at ${state.at}`
        : state.kind === "failed"
          ? `Not saved: ${state.message}`
          : state.kind === "conflict"
            ? "Not saved: someone else changed this answer"
            : "";
  const failed = state.kind === "failed" || state.kind === "conflict";
  return (
    <p
      role="status"
      aria-live="polite"
      className={`min-h-6 text-sm ${failed ? "font-bold text-rag-red" : "text-muted"}`}
    >
      {text}
    </p>
  );
}
