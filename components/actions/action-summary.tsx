import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import { formatMomentDate } from "@/components/evidence/format";
import type { ActionDetail } from "@/lib/data/actions";
import { ACTION_FIELD_LABELS as LABELS } from "@/lib/domain/action-input";
import { ACTION_PRIORITY_LABELS, ACTION_SOURCE_LABELS } from "@/lib/domain/actions";
import { ActionStatusTag } from "./action-status-tag";
import { formatDueDate } from "./format";

/** Sources whose description names the record; the kind of source is added beneath it. */
const PREFILLED_SOURCES: readonly string[] = [
  "RESPONSE",
  "CASE_REVIEW_RECOMMENDATION",
  "CHALLENGE",
  "MANAGEMENT_RESPONSE",
];

/** GOV.UK summary list of one action: what, who, when, how urgent and where it comes from. */
export function ActionSummary({ action }: { action: ActionDetail }) {
  const { source } = action;
  const rows: Array<[string, ReactNode]> = [
    [
      LABELS.description,
      <span key="description" className="whitespace-pre-line">
        {action.description}
      </span>,
    ],
    [LABELS.ownerOrganisationId, action.ownerOrganisationName],
    [
      "Named owner",
      <Fragment key="owner">
        {action.ownerPersonName}
        {action.ownerEmail ? <span className="block text-muted">{action.ownerEmail}</span> : null}
        {action.ownerKind === "OTHER" ? (
          <span className="block text-muted">Does not have an account</span>
        ) : null}
      </Fragment>,
    ],
    [
      LABELS.dueOn,
      <span key="due" className="flex flex-wrap items-center gap-3">
        <span>{formatDueDate(action.dueOn)}</span>
        <ActionStatusTag status={action.displayStatus} />
        {action.completedAt ? (
          <span className="text-muted">Completed on {formatMomentDate(action.completedAt)}</span>
        ) : null}
      </span>,
    ],
    [LABELS.priority, ACTION_PRIORITY_LABELS[action.priority]],
    [
      "Comes from",
      <Fragment key="source">
        <span className="block">
          {source.href ? (
            <Link href={source.href} className="text-brand underline">
              {source.description}
            </Link>
          ) : (
            source.description
          )}
        </span>
        {PREFILLED_SOURCES.includes(source.type) ? (
          <span className="block text-muted">{ACTION_SOURCE_LABELS[source.type]}</span>
        ) : null}
        {source.note ? <span className="block whitespace-pre-line">{source.note}</span> : null}
      </Fragment>,
    ],
    ["Cycle raised in", action.cycleName ?? "Not recorded"],
    [
      "Raised",
      `${formatMomentDate(action.createdAt)}${action.createdBy ? ` by ${action.createdBy}` : ""}`,
    ],
  ];
  return (
    <dl className="max-w-3xl border-t border-[#b1b4b6]">
      {rows.map(([key, value]) => (
        <div
          key={key}
          className="grid gap-1 border-b border-[#b1b4b6] py-3 sm:grid-cols-[14rem_1fr]"
        >
          <dt className="font-bold">{key}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
