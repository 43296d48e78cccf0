import Link from "next/link";
import { ActionStatusTag } from "@/components/actions/action-status-tag";
import { formatEvidenceDate } from "@/components/evidence/format";
import type { QuestionActionDto } from "@/lib/data/actions";

/**
 * A question's action plan (seed 001: every answer, Green included, needs one): the actions
 * linked to it, carried-forward ones marked, and a link to raise another.
 */
export function QuestionActions({
  partnershipId,
  code,
  idPrefix,
  actions,
  addHref,
}: {
  partnershipId: string;
  code: string;
  idPrefix: string;
  actions: QuestionActionDto[];
  addHref: string | null;
}) {
  return (
    <section aria-labelledby={`${idPrefix}-actions`} className="space-y-3">
      <h3 id={`${idPrefix}-actions`} className="text-lg font-bold">
        Action plan<span className="sr-only"> for question {code}</span>
      </h3>
      {actions.length === 0 ? (
        <p>No actions yet. Every answer, Green included, needs at least one action.</p>
      ) : (
        <ul className="divide-y divide-[#b1b4b6] border-y border-[#b1b4b6]">
          {actions.map((action) => (
            <li key={action.id} className="space-y-1 py-3">
              <p>
                <Link
                  href={`/partnerships/${partnershipId}/actions/${action.id}`}
                  className="font-bold text-brand underline"
                >
                  {action.description}
                </Link>
              </p>
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
                <span>
                  {action.ownerPersonName}, {action.ownerOrganisationName}
                </span>
                <span>Due {formatEvidenceDate(action.dueOn)}</span>
                <ActionStatusTag status={action.displayStatus} />
                {action.carriedForward ? (
                  <span>Carried forward from {action.cycleName ?? "an earlier cycle"}</span>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      {addHref ? (
        <p>
          <Link href={addHref} className="font-bold text-brand underline">
            Add an action<span className="sr-only"> for question {code}</span>
          </Link>
        </p>
      ) : null}
    </section>
  );
}
