import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdaptFrameworkForm } from "@/components/frameworks/adapt-framework-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getAdaptSource } from "@/lib/data/frameworks";
import { ADAPTATION_ATTRIBUTION } from "@/lib/framework/six-steps";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Adapt a framework" };

export default async function AdaptFrameworkPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { partnershipId } = await params;
  const { from } = await searchParams;
  if (typeof from !== "string" || !isUuid(from)) notFound();
  const { membership } = await requirePageAccess(partnershipId, "framework.manage");
  const source = await getAdaptSource(partnershipId, from);
  return (
    <>
      <Link
        href={`/partnerships/${partnershipId}/frameworks`}
        className="mb-6 inline-block text-brand underline"
      >
        Back to frameworks
      </Link>
      <PageHeading caption={source.name}>Adapt this framework</PageHeading>
      <div className="mb-8 max-w-3xl space-y-4">
        <p>
          This copies its {source.steps} steps and {source.questions} questions into a new draft
          framework for your partnership. You can then add, remove, reorder and reword steps and
          questions before publishing it. The original is not changed.
        </p>
        <p>Every page and file of the adapted framework carries this reference:</p>
        <p className="border-l-4 border-[#b1b4b6] pl-4 text-muted">{ADAPTATION_ATTRIBUTION}</p>
      </div>
      <AdaptFrameworkForm
        partnershipId={partnershipId}
        versionId={source.id}
        suggestedTitle={`Six Steps for Independent Scrutiny (${membership.partnershipName})`}
      />
    </>
  );
}
