import Link from "next/link";
import { ActionStatusTag } from "@/components/actions/action-status-tag";
import { formatDueDate } from "@/components/actions/format";
import { cell, DataTable } from "@/components/ui/data-table";
import type { ChallengeDto } from "@/lib/data/challenges";

/**
 * The actions raised from a challenge (agency users see their own organisation's), and the way to
 * raise one once the challenge is accepted or partly accepted.
 */
export function ChallengeActions({ challenge }: { challenge: ChallengeDto }) {
  const { actions, raiseActionHref, outcome } = challenge;
  return (
    <section aria-labelledby="challenge-actions-heading" className="max-w-4xl space-y-4">
      <h2 id="challenge-actions-heading" className="text-2xl font-bold">
        Actions raised from this challenge
      </h2>
      {actions.length === 0 ? (
        <p>No actions have been raised from this challenge.</p>
      ) : (
        <DataTable
          caption="Actions raised from this challenge"
          captionHidden
          headings={["Action", "Owner", "Due", "Status"]}
        >
          {actions.map((action) => (
            <tr key={action.id}>
              <td className={cell}>
                <Link href={action.href} className="text-brand underline">
                  {action.description}
                </Link>
              </td>
              <td className={cell}>{action.ownerOrganisation}</td>
              <td className={`${cell} whitespace-nowrap`}>{formatDueDate(action.dueOn)}</td>
              <td className={cell}>
                <ActionStatusTag status={action.status} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {raiseActionHref ? (
        <Link
          href={raiseActionHref}
          className="inline-block bg-[#f3f2f1] px-4 py-2 text-lg font-bold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]"
        >
          Raise an action from this challenge
        </Link>
      ) : !outcome ? (
        <p className="text-muted">
          An action can be raised from this challenge once its outcome is recorded as accepted or
          partly accepted.
        </p>
      ) : null}
    </section>
  );
}
