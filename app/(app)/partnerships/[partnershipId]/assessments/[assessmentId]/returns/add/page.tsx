import type { Metadata } from "next";
import Link from "next/link";
import { AddReturnForm } from "@/components/returns/add-return-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getAddableOrganisations, getReturnsGrid } from "@/lib/data/returns";
import { orNotFound } from "@/lib/data/returns-page";

export const metadata: Metadata = { title: "Add an organisation to the returns" };

export default async function AddReturnPage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
}) {
  const { partnershipId, assessmentId } = await params;
  const { membership } = await requirePageAccess(partnershipId, "returns.manage");
  const grid = await orNotFound([assessmentId], () => getReturnsGrid(partnershipId, assessmentId));
  const organisations = await getAddableOrganisations(partnershipId, assessmentId);
  const gridUrl = `/partnerships/${partnershipId}/assessments/${assessmentId}/returns`;
  return (
    <>
      <p className="mb-4">
        <Link href={gridUrl} className="text-brand underline">
          Back to the returns
        </Link>
      </p>
      <PageHeading caption={`${membership.partnershipName} · ${grid.assessment.title}`}>
        Add an organisation
      </PageHeading>
      <p className="mb-6 max-w-2xl text-lg">
        The organisation answers every question of the self-assessment. Its respondent is invited to
        join as its agency respondent and gets reminders before and after the deadline until a
        senior person of the organisation has signed off the return.
      </p>
      {grid.assessment.status === "FINALISED" ? (
        <p className="text-lg">This self-assessment is finalised: no organisation can be added.</p>
      ) : (
        <AddReturnForm
          partnershipId={partnershipId}
          assessmentId={assessmentId}
          organisations={organisations}
          gridUrl={gridUrl}
        />
      )}
    </>
  );
}
