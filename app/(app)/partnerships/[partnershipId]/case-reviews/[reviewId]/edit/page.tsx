import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CaseReviewForm } from "@/components/case-reviews/case-review-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getCaseReviewForEdit } from "@/lib/data/case-reviews";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Edit a case review" };

export default async function EditCaseReviewPage({
  params,
}: {
  params: Promise<{ partnershipId: string; reviewId: string }>;
}) {
  const { partnershipId, reviewId } = await params;
  if (!isUuid(reviewId)) notFound();
  await requirePageAccess(partnershipId, "caseReview.manage");
  const review = await getCaseReviewForEdit(partnershipId, reviewId);
  if (!review) notFound();
  return (
    <>
      <Link
        href={`/partnerships/${partnershipId}/case-reviews/${review.id}`}
        className="mb-6 inline-block text-brand underline"
      >
        Back to {review.identifier}
      </Link>
      <PageHeading caption="Case reviews">Edit {review.identifier}</PageHeading>
      <CaseReviewForm partnershipId={partnershipId} review={review} />
    </>
  );
}
