"use client";

import { Button } from "@/components/ui/button";

/**
 * The app's suggested text for a part, in a GOV.UK inset. "Use this suggested text" copies it into
 * the text box (replacing what is there) and moves focus there; it is saved only when the person
 * saves, after reading and editing it.
 */
export function SuggestionInset({
  suggestion,
  targetId,
}: {
  suggestion: string;
  targetId: string;
}) {
  const use = () => {
    const box = document.getElementById(targetId);
    if (!(box instanceof HTMLTextAreaElement)) return;
    box.value = suggestion;
    box.focus();
  };
  return (
    <section
      aria-labelledby="suggestion-heading"
      className="space-y-3 border-l-8 border-[#b1b4b6] bg-[#f3f2f1] p-4"
    >
      <h2 id="suggestion-heading" className="text-xl font-bold">
        Suggested text from this cycle&apos;s data
      </h2>
      <p className="text-muted">
        Read it, then use it as a starting point if it helps. It replaces what is in the box below;
        nothing is saved until you save.
      </p>
      <p className="whitespace-pre-line">{suggestion}</p>
      <Button variant="secondary" onClick={use}>
        Use this suggested text
      </Button>
    </section>
  );
}
