import type { ReactNode } from "react";

/** GOV.UK warning text: an exclamation mark icon and bold words, read as "Warning: …". */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="flex items-start gap-4">
      <span
        aria-hidden="true"
        className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-ink text-2xl font-bold text-white"
      >
        !
      </span>
      <p className="text-lg font-bold">
        <span className="sr-only">Warning: </span>
        {children}
      </p>
    </div>
  );
}
