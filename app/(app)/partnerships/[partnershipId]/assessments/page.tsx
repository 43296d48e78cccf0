import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentsTable } from "@/components/assessments/assessments-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { listAssessments } from "@/lib/data/assessments";

export const metadata: Metadata = { title: "Assessments" };

export default async function AssessmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { partnershipId } = await params;
  const { membership } = await requirePageAccess(partnershipId, "assessment.view");
  const assessments = await listAssessments(partnershipId);
  const { created } = await searchParams;
  // Only ever echoes an assessment that is really there.
  const createdTitle = assessments.find((assessment) => assessment.id === created)?.title;
  return (
    <div className="space-y-8">
      <div>
        {createdTitle ? (
          <Notice title="Assessment created" tone="success">
            <p>{createdTitle} is ready. Each participant can now answer its questions.</p>
          </Notice>
        ) : null}
        <PageHeading>Assessments</PageHeading>
        <p className="mb-4 max-w-2xl">
          Independent scrutiny and self-assessments against the Six Steps framework, each question
          rated Red, Amber or Green.
        </p>
        {can(membership.role, "assessment.manage") ? (
          <Link
            href={`/partnerships/${partnershipId}/assessments/new`}
            className="text-lg font-bold text-brand underline"
          >
            Create an assessment
          </Link>
        ) : null}
      </div>
      <AssessmentsTable partnershipId={partnershipId} assessments={assessments} />
    </div>
  );
}
