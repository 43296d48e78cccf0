import type { Metadata } from "next";
import Link from "next/link";
import { ImportFrameworkForm } from "@/components/frameworks/import-framework-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { ADAPTATION_ATTRIBUTION } from "@/lib/framework/six-steps";

export const metadata: Metadata = { title: "Import a framework file" };

export default async function ImportFrameworkPage({
  params,
}: {
  params: Promise<{ partnershipId: string }>;
}) {
  const { partnershipId } = await params;
  await requirePageAccess(partnershipId, "framework.manage");
  return (
    <>
      <Link
        href={`/partnerships/${partnershipId}/frameworks`}
        className="mb-6 inline-block text-brand underline"
      >
        Back to frameworks
      </Link>
      <PageHeading>Import a framework file</PageHeading>
      <div className="mb-8 max-w-3xl space-y-4">
        <p>
          Partnerships share adapted frameworks as files: download one from another partnership’s
          framework library and import it here. It becomes a new adapted framework of your
          partnership, as a draft you can check and change before publishing.
        </p>
        <p>
          Questions keep their identity from the file, so trends for questions that came from the
          original Six Steps continue. If anything in the file is wrong, nothing is imported and
          every problem is listed.
        </p>
        <p className="border-l-4 border-[#b1b4b6] pl-4 text-muted">{ADAPTATION_ATTRIBUTION}</p>
      </div>
      <ImportFrameworkForm partnershipId={partnershipId} />
    </>
  );
}
