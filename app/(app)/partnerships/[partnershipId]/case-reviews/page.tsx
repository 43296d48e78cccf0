import type { Metadata } from "next";
import Link from "next/link";
import { CaseReviewsTable } from "@/components/case-reviews/case-reviews-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { listCaseReviews } from "@/lib/data/case-reviews";

export const metadata: Metadata = { title: "Case reviews" };

export default async function CaseReviewsPage({
  params,
}: {
  params: Promise<{ partnershipId: string }>;
}) {
  const { partnershipId } = await params;
  const { membership } = await requirePageAccess(partnershipId, "caseReview.view");
  const { reviews, canManage, ownOrganisationOnly } = await listCaseReviews(partnershipId);
  return (
    <div className="space-y-8">
      <div>
        <PageHeading caption={membership.partnershipName}>Case reviews</PageHeading>
        <p className="mb-4 max-w-3xl">
          Rapid reviews, local child safeguarding practice reviews and national reviews by the Child
          Safeguarding Practice Review Panel, with the partnership’s response to each recommendation
          and the actions taking it forward. Reviews are listed by an anonymised identifier only.
        </p>
        {canManage ? (
          <Link
            href={`/partnerships/${partnershipId}/case-reviews/new`}
            className="inline-block bg-[#00703c] px-4 py-2 text-lg font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]"
          >
            Add a case review
          </Link>
        ) : null}
      </div>
      {reviews.length === 0 ? (
        <p>There are no case reviews in the register yet.</p>
      ) : (
        <>
          {ownOrganisationOnly ? (
            <p className="max-w-3xl text-muted">
              The numbers of open and overdue actions count your organisation’s actions only.
            </p>
          ) : null}
          <CaseReviewsTable partnershipId={partnershipId} reviews={reviews} />
        </>
      )}
    </div>
  );
}
