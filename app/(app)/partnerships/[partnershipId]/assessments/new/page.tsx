import type { Metadata } from "next";
import Link from "next/link";
import { CreateAssessmentForm } from "@/components/assessments/create-assessment-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { assessmentFormOptions } from "@/lib/data/assessments";

export const metadata: Metadata = { title: "Create an assessment" };

export default async function NewAssessmentPage({
  params,
}: {
  params: Promise<{ partnershipId: string }>;
}) {
  const { partnershipId } = await params;
  await requirePageAccess(partnershipId, "assessment.manage");
  const options = await assessmentFormOptions(partnershipId);
  const listUrl = `/partnerships/${partnershipId}/assessments`;
  return (
    <>
      <Link href={listUrl} className="mb-6 inline-block text-brand underline">
        Back to assessments
      </Link>
      <PageHeading caption="Assessments">Create an assessment</PageHeading>
      <p className="mb-8 max-w-2xl">
        Every participant is given all the questions of the framework you choose. Fill in the
        independent scrutineers for independent scrutiny, or the organisations for a
        self-assessment.
      </p>
      {options.cycles.length === 0 ? (
        <p className="max-w-2xl">
          There are no cycles yet. A cycle (for example 2026 to 2027) is needed before you can
          create an assessment.
        </p>
      ) : (
        <CreateAssessmentForm partnershipId={partnershipId} options={options} />
      )}
    </>
  );
}
