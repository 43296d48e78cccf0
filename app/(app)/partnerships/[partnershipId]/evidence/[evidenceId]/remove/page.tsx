import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { describeRemoval } from "@/components/evidence/format";
import { RemoveEvidenceForm } from "@/components/evidence/remove-evidence-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getEvidenceItem } from "@/lib/data/evidence";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Remove a file" };

export default async function RemoveEvidencePage({
  params,
}: {
  params: Promise<{ partnershipId: string; evidenceId: string }>;
}) {
  const { partnershipId, evidenceId } = await params;
  if (!isUuid(evidenceId)) notFound();
  await requirePageAccess(partnershipId, "evidence.remove");
  const item = await getEvidenceItem(partnershipId, evidenceId);
  if (item.kind !== "DOCUMENT" || !item.file) notFound();
  const libraryUrl = `/partnerships/${partnershipId}/evidence`;

  return (
    <>
      <p className="mb-4">
        <Link href={libraryUrl} className="text-brand underline">
          Back to the evidence library
        </Link>
      </p>
      <PageHeading caption="Evidence library">Remove the file for ‘{item.title}’</PageHeading>
      {item.removed ? (
        <Notice title="Already removed">
          <p>{describeRemoval(item.removed)}</p>
        </Notice>
      ) : (
        <RemoveEvidenceForm
          partnershipId={partnershipId}
          evidence={{ id: item.id, title: item.title, fileName: item.file.fileName }}
        />
      )}
    </>
  );
}
