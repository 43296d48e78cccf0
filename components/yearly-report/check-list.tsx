import Link from "next/link";
import { YEARLY_REPORT_PARTS, type YearlyReportPartKey } from "@/lib/domain/yearly-report";

/**
 * GOV.UK check answers: every part's heading and text, each with a "Change" link (its id is what
 * the share form's error summary links to) when the text may still change.
 */
export function CheckList({
  texts,
  base,
  canChange,
}: {
  texts: Record<YearlyReportPartKey, string | null>;
  base: string;
  canChange: boolean;
}) {
  return (
    <dl className="border-t border-[#b1b4b6]">
      {YEARLY_REPORT_PARTS.map((part) => {
        const text = texts[part.key]?.trim() ? texts[part.key] : null;
        return (
          <div
            key={part.key}
            className="grid gap-2 border-b border-[#b1b4b6] py-4 sm:grid-cols-[16rem_1fr_auto]"
          >
            <dt className="font-bold">{part.heading}</dt>
            <dd className="break-words">
              {text ? (
                <span className="whitespace-pre-line">{text}</span>
              ) : (
                <span className="text-muted">Not written yet</span>
              )}
            </dd>
            {canChange ? (
              <dd>
                <Link
                  id={`change-${part.key}`}
                  href={`${base}/parts/${part.key}`}
                  className="text-brand underline"
                >
                  Change<span className="sr-only"> {part.heading}</span>
                </Link>
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}
