import type { ArrangementAnswerDto } from "@/lib/data/arrangements";

/** "By Priya Shah on 22 Nov 2026, 14:02:05", or "Not answered yet". */
export function LastChanged({
  answer,
}: {
  answer: Pick<ArrangementAnswerDto, "updatedAt" | "updatedAtLabel" | "updatedByName">;
}) {
  if (!answer.updatedAt || !answer.updatedAtLabel)
    return <span className="text-muted">Not answered yet</span>;
  return (
    <>
      {answer.updatedByName ? `By ${answer.updatedByName} on ` : "On "}
      <time dateTime={answer.updatedAt}>{answer.updatedAtLabel}</time>
    </>
  );
}
