import Link from "next/link";
import type { ActionDetail } from "@/lib/data/actions";
import { formatUkDateTime } from "@/lib/domain/london-time";
import { ActionStatusTag } from "./action-status-tag";

/** The questions an action answers, grouped by assessment, each linking to its step page. */
export function LinkedQuestions({ links }: { links: ActionDetail["links"] }) {
  if (links.length === 0) return <p>This action is not linked to any Six Steps question.</p>;
  const groups = new Map<string, { title: string; cycle: string; links: typeof links }>();
  for (const link of links) {
    const group = groups.get(link.assessmentId) ?? {
      title: link.assessmentTitle,
      cycle: link.cycleName,
      links: [],
    };
    group.links.push(link);
    groups.set(link.assessmentId, group);
  }
  return (
    <div className="space-y-6">
      {[...groups.entries()].map(([assessmentId, group]) => (
        <div key={assessmentId} className="space-y-2">
          <h3 className="text-lg font-bold">
            {group.title} <span className="font-normal text-muted">({group.cycle})</span>
          </h3>
          <ul className="space-y-2">
            {group.links.map((link) => (
              <li key={link.questionId}>
                <Link href={link.href} className="text-brand underline">
                  <span className="mr-2 font-bold tabular-nums">{link.code}</span>
                  {link.text}
                  {/* The same question can be linked in several assessments: say which. */}
                  <span className="sr-only">
                    {" "}
                    in {group.title} ({group.cycle})
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** Progress updates, newest first: when (UK time), who, the status after and the note. */
export function ProgressUpdates({ updates }: { updates: ActionDetail["updates"] }) {
  if (updates.length === 0) return <p>No progress updates yet.</p>;
  return (
    <ol className="max-w-3xl divide-y divide-[#b1b4b6] border-y border-[#b1b4b6]">
      {updates.map((update) => (
        <li key={update.id} className="space-y-2 py-4">
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <time dateTime={update.at} className="font-bold">
              {formatUkDateTime(new Date(update.at))}
            </time>
            <span>by {update.author}</span>
            {update.statusAfter ? (
              <span className="flex items-center gap-2">
                <span className="sr-only">Status after this update:</span>
                <ActionStatusTag status={update.statusAfter} />
              </span>
            ) : null}
          </p>
          <p className="whitespace-pre-line">{update.note}</p>
        </li>
      ))}
    </ol>
  );
}

/** Evidence of completion: links to the library's items or files; removed ones say so. */
export function CompletionEvidence({ evidence }: { evidence: ActionDetail["evidence"] }) {
  if (evidence.length === 0) return <p>No evidence of completion yet.</p>;
  return (
    <ul className="max-w-3xl list-disc space-y-2 pl-6">
      {evidence.map((item) => (
        <li key={item.id}>
          {item.href ? (
            <a
              href={item.href}
              {...(item.isFile ? { download: true } : { rel: "noopener noreferrer" })}
              className="text-brand underline"
            >
              {item.title}
            </a>
          ) : (
            item.title
          )}
          {item.removed ? (
            <span className="text-muted"> (removed from the evidence library)</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
