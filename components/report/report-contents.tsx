import Link from "next/link";
import type { ScrutinyReport } from "@/lib/data/report";

/** The report's sections in order, as in-page links (and the ids the sections carry). */
export function reportSections(report: ScrutinyReport): Array<{ id: string; label: string }> {
  return [
    { id: "ratings", label: "Agreed ratings" },
    { id: "at-a-glance", label: "At a glance" },
    { id: "summary", label: "Overall summary" },
    ...report.steps.map((s) => ({ id: `step-${s.number}`, label: `Step ${s.number}: ${s.title}` })),
    ...(report.scrutineers.length > 1
      ? [{ id: "differences", label: "Where the scrutineers differed" }]
      : []),
    { id: "self-assessment", label: "Self-assessment beside independent scrutiny" },
    { id: "trends", label: "Trends" },
    { id: "accuracy", label: "Factual accuracy" },
    { id: "challenges", label: "Challenges" },
    { id: "framework", label: "The framework" },
  ];
}

export function ReportContents({ report }: { report: ScrutinyReport }) {
  return (
    <nav aria-labelledby="contents-heading" className="mb-10 max-w-3xl">
      <h2 id="contents-heading" className="mb-2 text-2xl font-bold">
        Contents
      </h2>
      <ol className="list-decimal space-y-1 pl-6">
        {reportSections(report).map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} className="text-brand underline">
              {section.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * What this person can do with the report, each on its own page: the scrutineers write it and
 * decide on comments; the statutory partners comment and respond. Never printed.
 */
export function ReportTasks({ report, base }: { report: ScrutinyReport; base: string }) {
  const { viewer } = report;
  const tasks = [
    viewer.isScrutineer && {
      href: `${base}/summary`,
      label: "Write the overall summary and areas for development",
    },
    viewer.isScrutineer && {
      href: `${base}/accuracy`,
      label: viewer.isLead
        ? "Run the factual-accuracy check and decide on comments"
        : "Decide on factual-accuracy comments",
    },
    !viewer.isScrutineer &&
      viewer.canComment && {
        href: `${base}/accuracy`,
        label: "Comment on the draft report's factual accuracy",
      },
    viewer.canRespond && {
      href: `${base}/management-response`,
      label: "Record the management response to the areas for development",
    },
  ].filter((task): task is { href: string; label: string } => Boolean(task));
  if (tasks.length === 0) return null;
  return (
    <div className="mb-8 max-w-3xl border-l-4 border-brand bg-[#f3f2f1] p-4 print:hidden">
      <h2 className="mb-2 text-xl font-bold">Your part in this report</h2>
      <ul className="list-disc space-y-1 pl-6">
        {tasks.map((task) => (
          <li key={task.href}>
            <Link href={task.href} className="text-brand underline">
              {task.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
