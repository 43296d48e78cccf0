import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecommendationForm } from "@/components/case-reviews/recommendation-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getRecommendationForm } from "@/lib/data/case-reviews";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Edit a recommendation" };

export default async function EditRecommendationPage({
  params,
}: {
  params: Promise<{ partnershipId: string; reviewId: string; recommendationId: string }>;
}) {
  const { partnershipId, reviewId, recommendationId } = await params;
  if (!isUuid(reviewId) || !isUuid(recommendationId)) notFound();
  await requirePageAccess(partnershipId, "caseReview.manage");
  const found = await getRecommendationForm(partnershipId, reviewId, recommendationId);
  if (!found?.recommendation) notFound();
  return (
    <>
      <Link
        href={`/partnerships/${partnershipId}/case-reviews/${found.review.id}`}
        className="mb-6 inline-block text-brand underline"
      >
        Back to {found.review.identifier}
      </Link>
      <PageHeading caption={found.review.identifier}>
        Edit recommendation {found.recommendation.number}
      </PageHeading>
      <RecommendationForm
        partnershipId={partnershipId}
        caseReviewId={found.review.id}
        nextNumber={found.nextNumber}
        recommendation={found.recommendation}
      />
    </>
  );
}
