import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CaseReviewSummary } from "@/components/case-reviews/case-review-summary";
import { RecommendationsList } from "@/components/case-reviews/recommendations-list";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getCaseReview } from "@/lib/data/case-reviews";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Case review" };

function savedNotice(saved: unknown, number: unknown): { title: string; text: string } | null {
  const n = typeof number === "string" && /^\d{1,3}$/.test(number) ? number : null;
  switch (saved) {
    case "created":
      return { title: "Case review added", text: "The review is in the register." };
    case "updated":
      return { title: "Case review changed", text: "Your changes were saved." };
    case "recommendation-created":
      return n ? { title: "Recommendation added", text: `Recommendation ${n} was added.` } : null;
    case "recommendation-updated":
      return n ? { title: "Recommendation changed", text: `Recommendation ${n} was saved.` } : null;
    default:
      return null;
  }
}

export default async function CaseReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string; reviewId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { partnershipId, reviewId } = await params;
  if (!isUuid(reviewId)) notFound();
  await requirePageAccess(partnershipId, "caseReview.view");
  const found = await getCaseReview(partnershipId, reviewId);
  if (!found) notFound();
  const { review, recommendations, canManage, canCreateAction, ownOrganisationOnly } = found;
  const { saved, number } = await searchParams;
  const notice = savedNotice(saved, number);
  const base = `/partnerships/${partnershipId}/case-reviews`;

  return (
    <div className="space-y-10">
      <div>
        <Link href={base} className="mb-6 inline-block text-brand underline">
          Back to case reviews
        </Link>
        {notice ? (
          <Notice title={notice.title} tone="success">
            <p>{notice.text}</p>
          </Notice>
        ) : null}
        <PageHeading caption="Case reviews">{review.identifier}</PageHeading>
        <CaseReviewSummary review={review} />
        {canManage ? (
          <Link
            href={`${base}/${review.id}/edit`}
            className="mt-4 inline-block text-brand underline"
          >
            Edit<span className="sr-only"> {review.identifier}</span>
          </Link>
        ) : null}
      </div>
      <section aria-labelledby="recommendations-heading" className="space-y-6">
        <h2 id="recommendations-heading" className="text-2xl font-bold">
          Recommendations
        </h2>
        {recommendations.length === 0 ? (
          <p>No recommendations have been recorded for this review yet.</p>
        ) : (
          <RecommendationsList
            partnershipId={partnershipId}
            caseReviewId={review.id}
            recommendations={recommendations}
            canManage={canManage}
            canCreateAction={canCreateAction}
            ownOrganisationOnly={ownOrganisationOnly}
          />
        )}
        {canManage ? (
          <Link
            href={`${base}/${review.id}/recommendations/new`}
            className="inline-block bg-[#f3f2f1] px-4 py-2 text-lg font-bold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]"
          >
            Add a recommendation
          </Link>
        ) : null}
      </section>
    </div>
  );
}
