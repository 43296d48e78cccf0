import type { StepForResponding } from "@/lib/data/assessment-work";

type Question = Pick<StepForResponding["questions"][number], "code" | "text" | "widerPartner">;

/**
 * A question's heading on the response pages. In a wider-partner self-assessment with wording for
 * relevant agencies, that wording is the heading and the original is one click away in a
 * disclosure ("Original wording (Pearce 2019)"); otherwise the original alone.
 */
export function WordingQuestionHeading({ id, question }: { id: string; question: Question }) {
  const audience = question.widerPartner;
  return (
    <>
      <h2 id={id} className="text-xl font-bold">
        <span className="mr-2 tabular-nums">{question.code}</span>
        {audience ? audience.text : question.text}
      </h2>
      {audience ? (
        <details className="border-l-4 border-[#b1b4b6] pl-4">
          <summary className="cursor-pointer text-brand underline">
            {audience.originalLabel}
          </summary>
          <p className="mt-2 whitespace-pre-line">{question.text}</p>
        </details>
      ) : null}
    </>
  );
}
