import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecommendationForm } from "@/components/case-reviews/recommendation-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getRecommendationForm } from "@/lib/data/case-reviews";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Add a recommendation" };

export default async function NewRecommendationPage({
  params,
}: {
  params: Promise<{ partnershipId: string; reviewId: string }>;
}) {
  const { partnershipId, reviewId } = await params;
  if (!isUuid(reviewId)) notFound();
  await requirePageAccess(partnershipId, "caseReview.manage");
  const found = await getRecommendationForm(partnershipId, reviewId);
  if (!found) notFound();
  return (
    <>
      <Link
        href={`/partnerships/${partnershipId}/case-reviews/${found.review.id}`}
        className="mb-6 inline-block text-brand underline"
      >
        Back to {found.review.identifier}
      </Link>
      <PageHeading caption={found.review.identifier}>Add a recommendation</PageHeading>
      <RecommendationForm
        partnershipId={partnershipId}
        caseReviewId={found.review.id}
        nextNumber={found.nextNumber}
      />
    </>
  );
}
