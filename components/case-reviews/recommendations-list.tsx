import Link from "next/link";
import { ActionStatusTag } from "@/components/actions/action-status-tag";
import { cell, DataTable } from "@/components/ui/data-table";
import type { RecommendationDto } from "@/lib/data/case-reviews";
import { formatShortDate } from "./format";

/**
 * A review's recommendations in number order: what was recommended, the partnership's response and
 * timescale, and the actions implementing each (those the viewer may see).
 */
export function RecommendationsList({
  partnershipId,
  caseReviewId,
  recommendations,
  canManage,
  canCreateAction,
  ownOrganisationOnly,
}: {
  partnershipId: string;
  caseReviewId: string;
  recommendations: RecommendationDto[];
  canManage: boolean;
  canCreateAction: boolean;
  /** Agency users see only their own organisation's actions: the words say so. */
  ownOrganisationOnly: boolean;
}) {
  const base = `/partnerships/${partnershipId}`;
  const reviewPath = `${base}/case-reviews/${caseReviewId}`;
  return (
    <ol className="space-y-10">
      {recommendations.map((recommendation) => {
        const headingId = `recommendation-${recommendation.number}`;
        // Ids and the path need no escaping; the path reads as the spec's returnTo.
        const newAction = `${base}/actions/new?recommendation=${recommendation.id}&returnTo=${reviewPath}`;
        return (
          <li key={recommendation.id} className="space-y-4">
            <h3 id={headingId} className="text-xl font-bold">
              Recommendation {recommendation.number}
            </h3>
            <p className="max-w-3xl whitespace-pre-line">{recommendation.text}</p>
            <dl className="max-w-3xl border-t border-[#b1b4b6]">
              <div className="grid gap-1 border-b border-[#b1b4b6] py-3 sm:grid-cols-[18rem_1fr]">
                <dt className="font-bold">The partnership’s response</dt>
                <dd className="break-words whitespace-pre-line">
                  {recommendation.partnershipResponse ?? "Not recorded yet"}
                </dd>
              </div>
              <div className="grid gap-1 border-b border-[#b1b4b6] py-3 sm:grid-cols-[18rem_1fr]">
                <dt className="font-bold">Timescale</dt>
                <dd className="break-words">{recommendation.timescale ?? "Not recorded yet"}</dd>
              </div>
            </dl>
            <h4 className="text-lg font-bold">
              {ownOrganisationOnly ? "Your organisation’s actions" : "Actions"} to implement it
            </h4>
            {recommendation.actions.length === 0 ? (
              <p>
                {ownOrganisationOnly
                  ? "Your organisation has no actions for this recommendation yet."
                  : "No actions to implement this recommendation yet."}
              </p>
            ) : (
              <DataTable
                caption={`Actions for recommendation ${recommendation.number}`}
                captionHidden
                headings={["Action", "Owner", "Due", "Status"]}
              >
                {recommendation.actions.map((action) => (
                  <tr key={action.id}>
                    <th scope="row" className={`${cell} font-normal`}>
                      <Link href={`${base}/actions/${action.id}`} className="text-brand underline">
                        {action.description}
                      </Link>
                    </th>
                    <td className={cell}>{action.ownerOrganisation}</td>
                    <td className={`${cell} whitespace-nowrap`}>{formatShortDate(action.dueOn)}</td>
                    <td className={cell}>
                      <ActionStatusTag status={action.status} />
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
            <div className="flex flex-wrap gap-6">
              {canCreateAction ? (
                <Link href={newAction} className="font-bold text-brand underline">
                  Add an action for recommendation {recommendation.number}
                </Link>
              ) : null}
              {canManage ? (
                <Link
                  href={`${reviewPath}/recommendations/${recommendation.id}/edit`}
                  className="text-brand underline"
                >
                  Edit<span className="sr-only"> recommendation {recommendation.number}</span>
                </Link>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
