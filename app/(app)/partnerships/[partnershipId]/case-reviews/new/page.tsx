import type { Metadata } from "next";
import Link from "next/link";
import { CaseReviewForm } from "@/components/case-reviews/case-review-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";

export const metadata: Metadata = { title: "Add a case review" };

export default async function NewCaseReviewPage({
  params,
}: {
  params: Promise<{ partnershipId: string }>;
}) {
  const { partnershipId } = await params;
  await requirePageAccess(partnershipId, "caseReview.manage");
  return (
    <>
      <Link
        href={`/partnerships/${partnershipId}/case-reviews`}
        className="mb-6 inline-block text-brand underline"
      >
        Back to case reviews
      </Link>
      <PageHeading caption="Case reviews">Add a case review</PageHeading>
      <CaseReviewForm partnershipId={partnershipId} />
    </>
  );
}
